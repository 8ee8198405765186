"""An act named inside a noun cue aimed at a doer stops its target search at every word of that
act's cue, not only its first (rule noun.act_of_act: "Iran rejected the US accusation of arms
sales to Russia" is USA ACCUSES IRN, not RUS), over every one-word state name, in made-up
sentences."""

from __future__ import annotations

import pytest
from made_up import facts, one_word_states


def _counts(template: str, lang: str) -> tuple[int, int]:
    """Over every state: (the US accuses the state, the US accuses Iran)."""
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    state = iran = 0
    for code, name in one_word_states(lex, "USA", "IRN"):
        found = facts(lex, lang, template.format(state=name))
        state += ("USA", "ACCUSES", code) in found
        iran += ("USA", "ACCUSES", "IRN") in found
    return state, iran


@pytest.mark.parametrize("template", [
    "Iran rejected the US accusation of arms sales to {state}.",
    "Iran denied the US accusation of weapons sales to {state}.",
])
def test_the_accused_act_does_not_name_whom_the_accusation_is_aimed_at(template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    n = len(one_word_states(load_lexicon(), "USA", "IRN"))
    state, iran = _counts(template, "en")
    assert state <= 0.02 * n and iran >= 0.95 * n
    with rules.disabled("noun.act_of_act"):
        assert _counts(template, "en")[0] >= 0.6 * n
