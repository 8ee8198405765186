"""Calling another actor a friend, ally, partner or brother is praise (CAMEO.2.0 PRAISE 051; as
Indonesian "menyebut … sahabat"): every such English cue, in made-up sentences."""

from __future__ import annotations

from made_up import facts


def test_calling_an_actor_a_friend_is_praise():
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    calls = [p for p in lex.relations["en"] if p.relation == "PRAISES"
             and p.tokens[-1] in ("friend", "ally", "partner", "brother") and "…" in p.tokens]
    assert len(calls) >= 40
    texts = []
    for p in calls:
        # "called … friend" -> "Russia called North Korea a close friend."
        words = [w if w != "…" else "" for w in p.tokens]
        gap = words.index("")
        filled = [*words[:gap], "North Korea", *words[gap + 1:]]
        if "" in filled:  # "described … as … partner": a second gap before the noun
            filled[filled.index("")] = "a close"
        else:
            filled.insert(len(filled) - 1, "a close")
        texts.append("Russia " + " ".join(filled) + ".")
    found = [t for t in texts if ("RUS", "PRAISES", "PRK") in facts(lex, "en", t)]
    assert len(found) >= 0.9 * len(texts), sorted(set(texts) - set(found))[:10]
