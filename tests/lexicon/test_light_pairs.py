"""A coordinated subject that begins, holds or signs a mutual act is each other's partner in a
subordinate clause too: "North Korea fired a missile after X and South Korea began joint
military drills" gives X COOPERATES KOR and back (rule noun.light_pair), over every one-word
state name, in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import STATE, count_states, one_word_states


@pytest.mark.parametrize("template", [
    "North Korea fired a missile after {state} and South Korea began joint military drills.",
    "Korea Utara meluncurkan rudal setelah {state} dan Korea Selatan memulai latihan militer "
    "gabungan.",
])
def test_a_mutual_noun_of_a_coordinated_subject_pairs_it(template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    lang = "en" if template.startswith("North") else "id"
    n = len(one_word_states(lex, "KOR", "PRK"))
    assert count_states(lex, lang, template, (STATE, "COOPERATES", "KOR")) >= 0.8 * n
    assert count_states(lex, lang, template, ("KOR", "COOPERATES", STATE)) >= 0.8 * n
    with rules.disabled("noun.light_pair"):
        assert count_states(lex, lang, template, (STATE, "COOPERATES", "KOR")) <= 0.1 * n
