"""Returning fire is a counter-attack on whoever fired (curated "membalas tembakan", as
"membalas serangan"; CAMEO 2.0 190 RETALIATE), aimed at the doer of the shots named back
("tembakan tersebut"), over every one-word state name, in made-up stories and headlines."""

from __future__ import annotations

import pytest
from made_up import facts, one_word_states


@pytest.mark.parametrize("template", [
    "Pasukan {state} melepaskan tembakan ke arah pasukan Thailand. Thailand membalas tembakan "
    "tersebut.",
    "Thailand Balas Tembakan {state}",
])
def test_returning_fire_attacks_whoever_fired(template):
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    states = one_word_states(lex, "THA")
    returned = sum(("THA", "ATTACKS", code) in facts(lex, "id", template.format(state=name),
                                                    "2025-06-01") for code, name in states)
    assert returned >= 0.9 * len(states)
