"""A passive cue verb whose agent is a noun cue of another relation reports the noun's act
("Iran was hit by new US sanctions": USA SANCTIONS IRN, not an attack; rule noun.agent_act),
over every one-word English noun cue of a directed relation; and the Indonesian passives of
imposing sanctions ("Iran dijatuhi sanksi oleh AS"), whose agent the parse hangs on the noun."""

from __future__ import annotations

import pytest
from made_up import act_noun, facts

UNDIRECTED = ("NONE", "RECEIVES", "CONSULTS", "MEETS", "COOPERATES", "AGREES", "VISITS",
              "MEDIATES")


@pytest.mark.parametrize("template", [
    "Iran was hit by new US {noun}.",
    "Iran was targeted by US {noun}.",
])
def test_the_agents_act_is_the_nouns(template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    nouns = sorted({(p.text, p.relation) for p in lex.relations["en"] if act_noun(lex, p)
                    and len(p.tokens) == 1 and p.relation not in UNDIRECTED})
    assert len(nouns) >= 40

    def found() -> int:
        hits = 0
        for noun, relation in nouns:
            got = facts(lex, "en", template.format(noun=noun))
            hits += ("USA", relation, "IRN") in got and all(r == relation for _, r, _ in got)
        return hits

    assert found() >= 0.95 * len(nouns)
    with rules.disabled("noun.agent_act"):
        assert found() <= 0.2 * len(nouns)


def test_a_verb_that_is_no_cue_aims_no_act():
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    assert facts(lex, "en", "Japan was angered by China's drills.") == set()
    # a name is no act ("Guards" is a cue word)
    assert facts(lex, "en", "The detained American vessels were released by Iranian "
                 "Revolutionary Guards.") == {("IRN", "YIELDS", "USA")}


@pytest.mark.parametrize("verb", ["dijatuhi", "dikenai", "dikenakan"])
@pytest.mark.parametrize("template", [
    "Iran {verb} sanksi oleh AS.",
    "Iran {verb} sanksi baru oleh AS.",
    "Iran {Verb} Sanksi Baru oleh AS",
])
def test_the_sanctioned_side_of_imposing_sanctions(verb, template):
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    text = template.format(verb=verb, Verb=verb.capitalize())
    assert ("USA", "SANCTIONS", "IRN") in facts(lex, "id", text)
