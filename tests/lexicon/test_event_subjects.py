"""A passive cue aimed at a doer whose subject names an act back is aimed at whoever did that
act, as the active is ("Serangan tersebut dikecam oleh AS" as "AS mengecam serangan tersebut";
rule passive.event_subject), over every one-word cue of such a relation in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import facts


@pytest.mark.parametrize(("lang", "text", "frame"), [
    ("id", "Rusia menyerang Ukraina. Serangan tersebut {verb} oleh Amerika Serikat.", "passive"),
    ("en", "Russia attacked Ukraine. The attack was {verb} by the United States.", "active"),
])
def test_a_passive_on_an_act_named_back_is_aimed_at_its_doer(lang, text, frame):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    # the English passive is the active cue's participle ("condemned")
    verbs = {p.text: p.relation for p in lex.relations[lang]
             if p.frame == frame and len(p.tokens) == 1 and lex.props(p.relation).aimed_at_doer
             and (lang == "id" or p.text.endswith("ed"))}
    assert len(verbs) >= 15

    def share() -> float:
        return sum(("USA", relation, "RUS") in facts(lex, lang, text.format(verb=verb))
                   for verb, relation in verbs.items()) / len(verbs)

    assert share() >= 0.95
    with rules.disabled("passive.event_subject"):
        assert share() == 0


def test_the_doers_own_act_is_not_aimed_at_it():
    from geopolgraph.loaders.lexicons import load_lexicon

    found = facts(load_lexicon(), "en",
                  "Russia attacked Ukraine. The attack was condemned by Russia.")
    assert not any(rel == "CRITICIZES" for _, rel, _ in found)
