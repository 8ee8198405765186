"""The parties of a mutual act ("latihan militer gabungan antara AS dan Korea Selatan",
"latihan militer bersama AS dan Korea Selatan") that a cue aimed at a doer takes as its object
did that act together: the critic criticises both (rule syntax.mutual_doers, grammar
mutual_patterns), over every one-word state name of the lexicon as the critic, in made-up
sentences."""

from __future__ import annotations

import pytest
from made_up import facts, one_word_states


@pytest.mark.parametrize("template", [
    "{name} mengecam latihan militer gabungan antara AS dan Korea Selatan.",
    "{name} mengecam latihan militer bersama AS dan Korea Selatan.",
    "{name} mengecam latihan angkatan laut bersama AS dan Korea Selatan.",
    "{name} mengecam patroli bersama AS dan Korea Selatan.",
])
def test_both_parties_of_the_criticised_act(template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    states = one_word_states(lex, "USA", "KOR")
    assert len(states) > 150

    def criticised() -> int:
        return sum({(ident, "CRITICIZES", "USA"), (ident, "CRITICIZES", "KOR")}
                   <= facts(lex, "id", template.format(name=name)) for ident, name in states)

    assert criticised() >= 0.95 * len(states)
    with rules.disabled("syntax.mutual_doers"):
        assert criticised() == 0
