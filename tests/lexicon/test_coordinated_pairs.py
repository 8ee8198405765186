"""Two actors who did one act to a third are the pair "both countries" and "kedua negara" stand
for: "X and Australia sent rescue teams to Turkey. Erdogan thanked both countries" gives TUR
PRAISES X as well as AUS (rule ref.coordinated_pair), over every one-word state name, in
made-up articles of two sentences."""

from __future__ import annotations

import pytest
from made_up import STATE, count_states, one_word_states


@pytest.mark.parametrize(("lang", "template"), [
    ("en", "{state} and Australia sent rescue teams to Turkey. Turkish President Recep Tayyip "
           "Erdogan thanked both countries for their help."),
    ("id", "{state} dan Australia mengirim tim SAR ke Turki. Presiden Turki Recep Tayyip "
           "Erdogan berterima kasih kepada kedua negara atas bantuan mereka."),
])
def test_both_countries_are_the_two_who_acted(lang, template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "AUS", "TUR"))
    assert count_states(lex, lang, template, (STATE, "SUPPLIES", "TUR")) >= 0.9 * n
    assert count_states(lex, lang, template, ("TUR", "PRAISES", STATE)) >= 0.9 * n
    with rules.disabled("ref.coordinated_pair"):
        assert count_states(lex, lang, template, ("TUR", "PRAISES", STATE)) <= 0.1 * n
