"""The chain from a measure to the origin of the goods it falls on goes through the phrase
naming the kind of goods ("banned imports of rice from Malaysia": rule syntax.goods_kind,
grammar goods_kind_preps) and starts at a goods word the cue's own preposition opens ("imposed
tariffs on imports of steel from …": rule syntax.goods_own_prep), over every one-word state
name of the lexicon, in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import facts, one_word_states


@pytest.mark.parametrize(("template", "rule"), [
    ("India banned imports of rice from {state}.", "syntax.goods_kind"),
    ("India halted imports of oil from {state}.", "syntax.goods_kind"),
    ("India imposed tariffs on imports of steel from {state}.", "syntax.goods_own_prep"),
    ("India imposed tariffs on imports of steel from {state}.", "syntax.goods_kind"),
])
def test_a_measure_on_a_kind_of_goods_is_aimed_at_their_origin(template, rule):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    states = one_word_states(lex, "IND")
    assert len(states) > 100

    def aimed() -> int:
        return sum(("IND", "SANCTIONS", code) in facts(lex, "en", template.format(state=name))
                   for code, name in states)

    assert aimed() >= 0.95 * len(states)
    with rules.disabled(rule):
        assert aimed() <= 0.15 * len(states)
