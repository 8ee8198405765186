"""A plan word before the conjunction that joins a verb cue to an earlier verb is that verb's:
"Japan would respect the deal but accused X of violating it" is an accusation made, not
planned (rule mod.conjunct_window), while "Japan will send troops … and conduct drills with X"
shares the plan (mod.shared_plan), over every one-word state name, in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import STATE, count_modes, one_word_states


@pytest.mark.parametrize(("template", "relation", "mode", "off"), [
    ("Japan would respect the deal but accused {state} of violating it.", "ACCUSES",
     "asserted", "planned"),
    ("Japan will send troops to the Philippines and hold talks with {state}.", "CONSULTS",
     "planned", "planned"),
])
def test_a_plan_word_is_its_own_conjuncts(template, relation, mode, off):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "JPN"))
    fact = ("JPN", relation, STATE)
    assert count_modes(lex, "en", template, fact, mode) >= 0.9 * n
    with rules.disabled("mod.conjunct_window"):
        assert count_modes(lex, "en", template, fact, off) >= 0.9 * n
