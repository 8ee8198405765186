"""A gerund clause opened by a mark of object control under a passive verb is done by the
passive's subject ("Russia was accused of attacking Ukraine": RUS ATTACKS UKR; rule
syntax.passive_gerund), over every one-word -ing verb cue of the lexicon, in made-up news
sentences."""

from __future__ import annotations

from made_up import facts


def test_the_accused_does_the_gerunds_act():
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    verbs = {p.text: p.relation for p in lex.relations["en"] if p.frame == "active"
             and len(p.tokens) == 1 and p.text.endswith("ing")
             and p.relation not in ("NONE", "MOBILIZES", "MEDIATES", "REJECTS", "DENIES")}
    assert len(verbs) > 300

    def done() -> int:
        return sum(("RUS", relation, "UKR") in facts(
            lex, "en", f"Russia was accused of {verb} Ukraine.")
            for verb, relation in verbs.items())

    assert done() >= 0.45 * len(verbs)
    with rules.disabled("syntax.passive_gerund"):
        assert done() <= 0.05 * len(verbs)


def test_a_warned_against_act_stays_unasserted():
    from geopolgraph.loaders.lexicons import load_lexicon

    assert facts(load_lexicon(), "en", "Iran was warned against attacking Israel.") == set()
