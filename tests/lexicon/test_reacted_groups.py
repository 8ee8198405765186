"""A reaction to the clause before the comma is aimed at all the coordinated actors opening it
("AS dan Korea Selatan menggelar latihan militer, Korea Utara mengecam": PRK CRITICIZES USA and
KOR; rule frame.reacted_group), over pairs of one-word state names, in made-up sentences and
headlines."""

from __future__ import annotations

import pytest
from made_up import facts, one_word_states


@pytest.mark.parametrize(("lang", "template", "relation"), [
    ("id", "{a} dan {b} menggelar latihan militer, Korea Utara mengecam.", "CRITICIZES"),
    ("id", "{a} dan {b} Serang Suriah, Korea Utara Kecam", "CRITICIZES"),
    ("en", "{a} and {b} held military drills, and North Korea protested.", "PROTESTS"),
])
def test_a_reaction_is_aimed_at_every_opening_actor(lang, template, relation):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    states = one_word_states(lex, "PRK", "SYR")
    pairs = list(zip(states[::2], states[1::2], strict=False))
    assert len(pairs) > 70

    def both() -> int:
        return sum({("PRK", relation, ia), ("PRK", relation, ib)} <= facts(
            lex, lang, template.format(a=a, b=b)) for (ia, a), (ib, b) in pairs)

    assert both() >= 0.95 * len(pairs)
    with rules.disabled("frame.reacted_group"):
        assert both() <= 0.1 * len(pairs)
