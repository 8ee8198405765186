""""The two sides"/"kedua pihak" after a cue that gave two parties who talked, met, agreed,
fought or traded in the same sentence are those two ("Kim met Putin in Pyongyang, where the two
leaders signed a pact"; rule ref.dual_in_sentence), over every one-word past-tense English cue and
every Indonesian meN- cue of such a relation (relations.tsv dialogue) in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import facts

from geopolgraph.loaders.lexicons import load_lexicon


@pytest.mark.parametrize(("lang", "template"), [
    ("en", "Japan {cue} Vietnam in Hanoi, where the two sides signed a trade deal."),
    ("id", "Jepang {cue} Vietnam di Hanoi, di mana kedua pihak menandatangani perjanjian dagang."),
])
def test_the_two_sides_are_the_pair_named_before_in_the_sentence(lang, template):
    from geopolgraph.loaders.extract import rules

    lex = load_lexicon()
    cues = sorted({p.text for p in lex.relations[lang] if p.frame == "active"
                   and len(p.tokens) == 1 and lex.props(p.relation).dialogue
                   and p.text.startswith("me" if lang == "id" else "") and (
                       lang == "id" or p.text.endswith("ed"))})
    assert len(cues) >= 30

    def found() -> list[bool]:
        return [("JPN", "COOPERATES", "VNM") in facts(lex, lang, template.format(cue=c))
                for c in cues]

    on = found()
    with rules.disabled("ref.dual_in_sentence"):
        off = found()
    assert sum(on) / len(cues) >= 0.6
    assert sum(off) < sum(on) / 2
