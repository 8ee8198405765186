"""A reciprocal cue with no sides of its own, inside a clause whose subject is somebody else,
is no act of the sentence's coordinated subject on each other ("South Korea and Japan began
joint exercises, which North Korea denounced as an invasion rehearsal": no KOR ATTACKS JPN;
rule frame.others_clause), while "the leaders of X and Y … after a meeting" stays a meeting,
over every one-word state name, in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import facts, one_word_states


@pytest.mark.parametrize(("lang", "template", "relation", "kept"), [
    ("en", "South Korea and {state} began joint exercises, which North Korea denounced as an "
           "invasion rehearsal.", "ATTACKS", False),
    ("id", "Korea Selatan dan {state} memulai latihan gabungan, yang disebut Korea Utara "
           "sebagai persiapan invasi.", "ATTACKS", False),
    ("en", "The leaders of South Korea and {state} spoke to reporters after a meeting in Seoul.",
     "MEETS", True),
])
def test_an_act_in_somebody_elses_clause_is_not_the_pairs(lang, template, relation, kept):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    states = one_word_states(lex, "KOR", "PRK")

    def paired() -> int:
        return sum(("KOR", relation, code) in facts(lex, lang, template.format(state=name))
                   for code, name in states)

    on = paired()
    assert on >= 0.95 * len(states) if kept else on == 0
    with rules.disabled("frame.others_clause"):
        assert paired() >= 0.95 * len(states)
