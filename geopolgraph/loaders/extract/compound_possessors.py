"""A possessor the parser hung on a noun modifier, not on the noun it modifies.

"China rejected Japan's/nmod:poss→Council UN Security Council bid": a possessive comes first
in its noun phrase, before the nouns that modify its head, so it owns the head ("bid"), never a
modifier inside it; the parser sometimes hangs it on the nearest noun, here the last word of a
name, and the phrase then reads as the UN's. Where the word it hangs on is part of a named
actor (not of a guessed open actor, as "New People's Army"), the possessor is moved up the
chain of compound modifiers to the noun they end in.
"""

from __future__ import annotations

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.parse import Parse
from geopolgraph.loaders.mentions import Mention

__all__ = ["COMPOUND_POSSESSOR", "compound_possessors"]

COMPOUND_POSSESSOR = rules.register(
    "parse.compound_possessor", "'China rejected Japan's/nmod:poss UN Security Council/compound "
    "bid': a possessor the parse hung on a named actor that modifies a noun after it owns the "
    "noun the chain of modifiers ends in")


def compound_possessors(p: Parse | None, mentions: list[Mention]) -> Parse | None:
    """The parse with each possessor (``nmod:poss``) hung on a named actor in ``mentions`` that
    is a compound modifier before its head hung on the noun the chain of such modifiers ends
    in.

    >>> p = Parse.of((1, 1, 5, 2, 5, 6, 1), ("nsubj", "ROOT", "nmod:poss", "case", "compound",
    ...                                      "compound", "obj"))
    >>> named = [Mention(0, 1, "CHN"), Mention(2, 3, "JPN"), Mention(4, 6, "UN")]
    >>> compound_possessors(p, named).heads  # China rejected Japan 's UN Council bid
    (1, 1, 6, 2, 5, 6, 1)
    """
    if p is None or not rules.on(COMPOUND_POSSESSOR):
        return p
    heads = list(p.heads)
    for c, dep in enumerate(p.deps):
        h = heads[c]
        if dep != "nmod:poss" or h <= c or not any(
                m.start <= h < m.end and not m.start <= c < m.end and m.kind != "org"
                for m in mentions):
            continue
        while p.deps[h] == "compound" and heads[h] > h:
            h = heads[h]
        heads[c] = h
    if heads == list(p.heads):
        return p
    return Parse.of(tuple(heads), p.deps, p.clitics)
