"""The reason for a measure on an actor names that actor's act, also where the actor is the
target phrase of the measure's noun ("The US imposed sanctions on Chinese firms over support
for Russia": CHN SUPPORTS RUS, not the US; rule noun.cause_target), over every two-word
English noun cue, in made-up sentences."""

from __future__ import annotations

from made_up import facts


def test_the_reason_is_the_targets_act():
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    nouns = sorted({(p.text, p.relation) for p in lex.relations["en"] if p.frame == "noun"
                    and len(p.tokens) == 2 and p.tokens[1] in ("to", "for", "with", "on",
                                                               "against")
                    and p.relation != "NONE"})
    assert len(nouns) >= 80
    template = "The US imposed sanctions on Chinese firms over {noun} Russia."

    def found() -> tuple[int, int]:
        hits = wrong = 0
        for noun, relation in nouns:
            got = facts(lex, "en", template.format(noun=noun))
            hits += ("CHN", relation, "RUS") in got
            wrong += any(s == "USA" and t == "RUS" for s, _, t in got)
        return hits, wrong

    hits, wrong = found()
    assert hits >= 0.8 * len(nouns) and wrong <= 0.1 * len(nouns)
    with rules.disabled("noun.cause_target"):
        assert found()[0] <= 0.05 * len(nouns)
