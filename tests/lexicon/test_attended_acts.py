"""An act one attends is one's own: "Japan attended talks with X in Geneva" gives JPN CONSULTS X,
"… attended a meeting with X's foreign minister" JPN MEETS X (grammar_en.json
``approving_verbs``, rule syntax.approved_act: "attend", a cue of its own, CAMEO 042, no longer
keeps the noun from its subject), over every one-word state name, in made-up sentences."""

from __future__ import annotations

from dataclasses import replace

import pytest
from made_up import STATE, count_states, one_word_states


@pytest.mark.parametrize(("template", "relation"), [
    ("Japan attended talks with {state} in Geneva.", "CONSULTS"),
    ("Japan's envoy attended a meeting with {state}'s foreign minister.", "MEETS"),
])
def test_an_attended_act_is_the_attenders(template, relation):
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "JPN"))
    assert count_states(lex, "en", template, ("JPN", relation, STATE)) >= 0.9 * n
    table = lex.grammar["en"]
    fewer = [w for w in table["approving_verbs"] if not w.startswith("attend")]
    less = replace(lex, grammar={**lex.grammar, "en": {**table, "approving_verbs": fewer}},
                   derived={})
    assert count_states(less, "en", template, ("JPN", relation, STATE)) <= 0.1 * n
