"""An act a verb of doing takes as its object in a conditional clause is hypothetical ("The US
warned China of consequences if it provided lethal aid to Russia"; rule cue.conditional_deed),
while a noun's act there stays presupposed ("Jika AS bergabung dalam perang antara Israel
dan Iran"), over every one-word state name, in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import STATE, count_states, one_word_states


@pytest.mark.parametrize(("template", "fact"), [
    ("The US warned {state} of consequences if {state} provided lethal aid to Russia.",
     (STATE, "SUPPLIES", "RUS")),
    ("The US warned {state} of consequences if it provided lethal aid to Russia.",
     ("USA", "SUPPLIES", "RUS")),
])
def test_a_conditional_deed_is_not_asserted(template, fact):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "USA", "RUS"))
    assert count_states(lex, "en", template, fact) == 0
    with rules.disabled("cue.conditional_deed"):
        assert count_states(lex, "en", template, fact) >= 0.5 * n


@pytest.mark.parametrize(("lang", "template"), [
    ("id", "Jika AS bergabung dalam perang antara Israel dan {state}, harga minyak akan naik."),
])
def test_a_war_joined_in_a_condition_is_presupposed(lang, template):
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "ISR", "USA"))
    assert count_states(lex, lang, template, ("ISR", "ATTACKS", STATE)) >= 0.85 * n
