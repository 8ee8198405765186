"""A word of nearness the parse made part of a two-word preposition ("ke dekat/fixed Taiwan")
opens a phrase of nearness, whose state a show of force is aimed at (rule syntax.near_fixed),
over every one-word state name, in made-up headlines and sentences."""

from __future__ import annotations

import pytest
from made_up import facts, one_word_states


@pytest.mark.parametrize(("template", "least", "most_off"), [
    ("China Kerahkan Kapal Perang ke Dekat {state}", 0.9, 0.4),
    ("China mengirim pasukan ke dekat {state}.", 0.95, 0.85),
])
def test_a_show_of_force_sent_near_a_state_is_aimed_at_it(template, least, most_off):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    states = one_word_states(lex, "CHN")
    assert len(states) > 100

    def aimed() -> int:
        return sum(("CHN", "MOBILIZES", code) in facts(lex, "id", template.format(state=name))
                   for code, name in states)

    assert aimed() >= least * len(states)
    with rules.disabled("syntax.near_fixed"):
        assert aimed() <= most_off * len(states)
