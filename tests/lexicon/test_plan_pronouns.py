"""The owner pronoun of a noun whose infinitive complement a cue is stands for the actor named
last before it: "Japan backed X's efforts to revive its bid to join the European Union" is X
COOPERATES EU, not Japan's (rule active.plan_pronoun), over every one-word state name, in
made-up sentences."""

from __future__ import annotations

import pytest
from made_up import STATE, count_states, one_word_states


@pytest.mark.parametrize(("template", "body"), [
    ("Japan backed {state}'s efforts to revive its bid to join the European Union.", "EU"),
    ("Japan backed {state}'s efforts to revive its plan to join NATO.", "NATO"),
])
def test_its_plan_is_the_last_named_actors(template, body):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex))
    fact = (STATE, "COOPERATES", body)
    assert count_states(lex, "en", template, fact) >= 0.95 * n
    assert count_states(lex, "en", template, ("JPN", "COOPERATES", body)) <= 0.02 * n
    with rules.disabled("active.plan_pronoun"):
        assert count_states(lex, "en", template, fact) <= 0.1 * n
