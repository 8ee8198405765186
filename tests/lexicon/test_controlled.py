"""A verb under a reporting passive ("Rusia dilaporkan menahan Ukraina") takes the name right
after it as its object even where the parse labels it a noun's modifier (rule
syntax.controlled_nmod), over every Indonesian meN- verb cue in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import facts


@pytest.mark.parametrize("template", ["Rusia dilaporkan {verb} Ukraina.",
                                      "Rusia disebut {verb} Ukraina."])
def test_a_controlled_verb_takes_the_name_after_it_as_object(template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    verbs = {p.text: p.relation for p in lex.relations["id"]
             if p.frame == "active" and len(p.tokens) == 1 and p.text.startswith("me")
             and p.relation not in ("NONE", "MOBILIZES", "MEDIATES")
             and p.text not in lex.grammar["id"]["topic_verbs"]}
    assert len(verbs) > 100

    def missed() -> int:
        return sum(("RUS", r, "UKR") not in facts(lex, "id", template.format(verb=v))
                   for v, r in verbs.items())

    assert missed() <= 2
    with rules.disabled("syntax.controlled_nmod"):
        assert missed() >= 8


def test_a_passive_under_a_reporting_passive_is_done_to_its_subject():
    """'Ukraina dilaporkan <di-verb> Rusia' over every Indonesian passive cue (rule
    passive.raised_patient): at least 93 % give Russia's act on Ukraine; half do not with the
    rule off."""
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    verbs = {p.text: p.relation for p in lex.relations["id"]
             if p.frame == "passive" and len(p.tokens) == 1
             and p.relation not in ("NONE", "MOBILIZES", "MEDIATES")
             and p.cameo != "043"  # a hosted guest visits the agent: passive.hosted_guest
             and p.text not in lex.grammar["id"]["topic_verbs"]}
    assert len(verbs) > 100

    def share() -> float:
        return sum(("RUS", r, "UKR") in facts(lex, "id", f"Ukraina dilaporkan {v} Rusia.")
                   for v, r in verbs.items()) / len(verbs)

    assert share() >= 0.93
    with rules.disabled("passive.raised_patient"):
        assert share() <= 0.6
