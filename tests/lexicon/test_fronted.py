"""A fronted phrase's noun cue keeps the target phrase right after it ("Dalam kunjungannya ke
Pyongyang, Putin …"; rule noun.fronted_pp) whatever the main verb, over every Indonesian meN-
verb cue in made-up sentences."""

from __future__ import annotations

from made_up import facts


def test_a_fronted_visit_keeps_its_destination():
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    verbs = [p.text for p in lex.relations["id"]
             if p.frame == "active" and len(p.tokens) == 1 and p.text.startswith("me")
             and p.relation not in ("NONE", "MOBILIZES", "MEDIATES")]
    assert len(verbs) > 100

    def share() -> float:
        return sum(("RUS", "VISITS", "PRK") in facts(
            lex, "id", f"Dalam kunjungannya ke Pyongyang, Putin {v} Ukraina.", "2024-06-20")
            for v in verbs) / len(verbs)

    assert share() >= 0.95
    with rules.disabled("noun.fronted_pp"):
        assert share() <= 0.3
