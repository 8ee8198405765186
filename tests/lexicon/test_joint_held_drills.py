"""Drills that coordinated actors hold, aimed at nobody, are their joint drills ("AS dan
Filipina menggelar latihan militer": USA COOPERATES PHL both ways, CAMEO 062; rule
noun.joint_drill, grammar drill_words), over pairs of one-word state names, in made-up news
sentences and headlines; drills aimed at somebody stay a show of force."""

from __future__ import annotations

import pytest
from made_up import facts, one_word_states


def _pairs(lex) -> list[tuple[tuple[str, str], tuple[str, str]]]:
    states = one_word_states(lex, "TWN")
    return list(zip(states[::2], states[1::2], strict=False))


@pytest.mark.parametrize(("lang", "template"), [
    ("id", "{a} dan {b} menggelar latihan militer."),
    ("id", "{a} dan {b} Gelar Latihan Militer"),
    ("en", "{a} and {b} held military drills."),
    ("en", "{a} and {b} began military exercises on Monday."),
])
def test_drills_held_together_are_military_cooperation(lang, template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    pairs = _pairs(lex)
    assert len(pairs) > 70

    def joint() -> int:
        return sum({(ia, "COOPERATES", ib), (ib, "COOPERATES", ia)} <= facts(
            lex, lang, template.format(a=a, b=b)) for (ia, a), (ib, b) in pairs)

    assert joint() >= 0.95 * len(pairs)
    with rules.disabled("noun.joint_drill"):
        assert joint() == 0


def test_drills_aimed_at_a_state_stay_a_show_of_force():
    from geopolgraph.loaders.lexicons import load_lexicon

    got = facts(load_lexicon(), "id", "Rusia dan China menggelar latihan militer di dekat "
                "Taiwan.")
    assert got == {("RUS", "MOBILIZES", "TWN"), ("CHN", "MOBILIZES", "TWN")}
