"""Answers to an act, over every one-word state name, in made-up sentences: rejecting an act
named back is aimed at whoever did it ("The US imposed sanctions on X. X rejected the
sanctions", "… dismissed the measures as illegal"; rule active.rejected_act, grammar
event_nouns), a said act keeping its own recency limit (ref.said_event); and a relative clause
with a subject of its own and no pronoun is active and on its object ("sanctions on three X
companies it accused of helping Iran"; rules syntax.object_gap, syntax.relative_it)."""

from __future__ import annotations

import pytest
from made_up import STATE, count_states, one_word_states


@pytest.mark.parametrize(("template", "fact", "rule"), [
    ("The US imposed sanctions on {state}. {state} rejected the sanctions.",
     (STATE, "REJECTS", "USA"), "active.rejected_act"),
    ("The US imposed sanctions on {state}. Iran dismissed the measures as illegal.",
     ("IRN", "REJECTS", "USA"), "active.rejected_act"),
    ("The US imposed sanctions on three {state} companies it accused of helping Iran.",
     ("USA", "ACCUSES", STATE), "syntax.object_gap"),
    ("The US imposed sanctions on three {state} companies it accused of helping Iran.",
     ("USA", "ACCUSES", STATE), "syntax.relative_it"),
])
def test_an_answer_is_aimed_at_the_doer(template, fact, rule):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "USA", "IRN"))
    assert count_states(lex, "en", template, fact) >= 0.9 * n
    with rules.disabled(rule):
        assert count_states(lex, "en", template, fact) <= 0.05 * n

