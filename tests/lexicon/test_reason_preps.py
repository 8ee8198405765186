"""Indonesian "soal" and "terkait" open the reason for a verb's act on an actor, as "atas" and
"over" do (grammar cause_preps): "Jepang memprotes China soal serangan terhadap Filipina" says
China attacked, not Japan (rule noun.cause_object); and "terkait", which the parse often reads
as a verb, is made the noun's case marker first (rule parse.verbal_preposition, grammar
verbal_preps). Over every Indonesian noun cue, in made-up sentences."""

from __future__ import annotations

from dataclasses import replace

import pytest
from made_up import facts

from geopolgraph.loaders.lexicons import load_lexicon

_PREPOSITIONS = {"ke", "dengan", "terhadap", "atas", "kepada", "untuk", "dari", "antara", "di",
                 "oleh", "bagi", "pada", "melawan"}


def _nouns(lex) -> list[str]:
    return sorted({p.text for p in lex.relations["id"] if p.frame == "noun"
                   and "…" not in p.tokens and p.tokens[-1] not in _PREPOSITIONS
                   and p.relation not in ("NONE", "PROTESTS", "CRITICIZES")})


def _doers(lex, template: str, nouns: list[str]) -> tuple[int, int]:
    """(how many name China as the reason's doer, how many name the verb's subject)."""
    right = wrong = 0
    for noun in nouns:
        found = facts(lex, "id", template.format(noun=noun))
        right += any(s == "CHN" and t == "PHL" for s, _, t in found)
        wrong += any(s in ("JPN", "EU") and t == "PHL" for s, _, t in found)
    return right, wrong


@pytest.mark.parametrize("template", [
    "Jepang memprotes China soal {noun} terhadap Filipina.",
    "Jepang mengecam China terkait {noun} terhadap Filipina.",
])
def test_the_reason_is_the_objects_act(template):
    lex = load_lexicon()
    nouns = _nouns(lex)
    assert len(nouns) >= 300
    right, wrong = _doers(lex, template, nouns)
    assert right >= 0.85 * len(nouns) and wrong <= 0.1 * len(nouns)
    table = lex.grammar["id"]
    fewer = [w for w in table["cause_preps"] if w not in ("soal", "terkait")]
    less = replace(lex, grammar={**lex.grammar, "id": {**table, "cause_preps": fewer}},
                   derived={})
    right, wrong = _doers(less, template, nouns)
    assert right <= 0.1 * len(nouns) and wrong >= 0.85 * len(nouns)


def test_a_verbal_preposition_marks_the_reason():
    from geopolgraph.loaders.extract import rules

    lex = load_lexicon()
    nouns = _nouns(lex)
    template = "Uni Eropa menjatuhkan sanksi terkait {noun} terhadap Filipina."
    assert _doers(lex, template, nouns)[1] <= 0.15 * len(nouns)
    with rules.disabled("parse.verbal_preposition"):
        assert _doers(lex, template, nouns)[1] >= 0.8 * len(nouns)
