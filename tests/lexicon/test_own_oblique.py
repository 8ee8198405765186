"""A passive subject with no passive auxiliary on a verb cue whose own preposition opens an
oblique after it is the verb's active subject ("Malaysia's prime minister/nsubj:pass called on
Israel": MYS APPEALS ISR; rule parse.own_oblique_active), over every two-word English past-tense
cue closed by a preposition in made-up sentences; a clause on a noun stays passive."""

from __future__ import annotations

import pytest
from made_up import facts


@pytest.mark.parametrize(("template", "source", "target"), [
    ("Malaysia's prime minister {cue} Israel.", "MYS", "ISR"),
    ("Russia's foreign minister {cue} Ukraine.", "RUS", "UKR"),
])
def test_an_own_oblique_makes_the_verb_active(template, source, target):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    cues = sorted({p.text for p in lex.relations["en"] if p.frame == "active"
                   and len(p.tokens) == 2 and p.tokens[0].endswith("ed")
                   and p.tokens[1] in ("on", "to", "with", "against", "at", "for")})
    assert len(cues) >= 50

    def share() -> float:
        return sum(any(s == source and t == target for s, _, t in facts(
            lex, "en", template.format(cue=c))) for c in cues) / len(cues)

    assert share() >= 0.9
    with rules.disabled("parse.own_oblique_active"):
        assert share() < 0.7


def test_a_clause_on_a_noun_stays_passive():
    from geopolgraph.loaders.lexicons import load_lexicon

    found = facts(load_lexicon(), "en", "India arrested an American national previously "
                  "accused of plotting to attack a Danish newspaper.")
    assert not any(s == "USA" and rel == "ACCUSES" for s, rel, _ in found)
