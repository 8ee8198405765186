"""A person's title before a dual reference in a target phrase names the persons of the two
sides ("… berbicara dengan pemimpin kedua negara"; rule ref.titled_dual), and doing battle is
fighting ("bertempur", "pertempuran": root 'tempur' in tools/cue_roots_id.tsv, CAMEO 190, as
"berperang"; the bare root of "jet tempur" is no cue), over every one-word state name, in
made-up sentences."""

from __future__ import annotations

import pytest
from made_up import STATE, count_states, one_word_states


def test_the_leaders_of_both_countries():
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "THA", "MYS"))
    template = ("Thailand dan {state} bertempur. PM Malaysia mengatakan dirinya telah berbicara "
                "dengan pemimpin kedua negara.")
    fact = ("MYS", "CONSULTS", STATE)
    assert count_states(lex, "id", template, fact) >= 0.95 * n
    with rules.disabled("ref.titled_dual"):
        assert count_states(lex, "id", template, fact) == 0


@pytest.mark.parametrize("template", [
    "Thailand bertempur melawan {state}.",
    "Pertempuran antara Thailand dan {state} berlanjut.",
])
def test_doing_battle_is_fighting(template):
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "THA"))
    assert count_states(lex, "id", template, ("THA", "ATTACKS", STATE)) >= 0.95 * n
    assert count_states(lex, "id", "Jet tempur {state} terbang di atas Bangkok.",
                        (STATE, "ATTACKS", "THA")) == 0
