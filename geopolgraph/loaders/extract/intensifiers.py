"""Intensifiers of a noun cue that the parser reads as a clause taking the noun's phrase.

"ASEAN menyatakan keprihatinan mendalam atas serangan militer Myanmar": "mendalam" ('deep')
looks like a meN- verb, and the parser hangs "atas serangan …" on it as its oblique, so the
noun "keprihatinan" loses the phrase naming what it is about. An intensifier (grammar
``intensifiers``) right after the noun it qualifies gives its obliques back to that noun.

>>> from geopolgraph.loaders.extract.parse import Parse
>>> p = Parse.of((1, 1, 1, 2, 5, 3), ("nsubj", "ROOT", "obj", "acl", "case", "obl"))
>>> words = ["asean", "menyatakan", "keprihatinan", "mendalam", "atas", "serangan"]
>>> fixed = intensified(p, words, frozenset({"mendalam"}))
>>> fixed.heads[5], fixed.deps[5]
(2, 'nmod')
"""

from __future__ import annotations

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.parse import Parse

__all__ = ["INTENSIFIER", "intensified"]

INTENSIFIER = rules.register(
    "parse.intensifier", "'menyatakan keprihatinan mendalam/acl atas serangan/obl-of-mendalam "
    "Myanmar': the obliques the parse hangs on an intensifier (grammar intensifiers) right "
    "after a noun are that noun's")


def intensified(p: Parse | None, words: list[str], intensifiers: frozenset[str]) -> Parse | None:
    """The parse with the obliques of each intensifier right after its noun hung on the noun."""
    if p is None or not intensifiers or not rules.on(INTENSIFIER):
        return p
    heads, deps = list(p.heads), list(p.deps)
    for a, word in enumerate(words):
        if word not in intensifiers or a == 0 or heads[a] != a - 1 or deps[a].split(":")[0] not in (
                "amod", "acl"):
            continue
        for c in p.children[a]:
            if c > a and deps[c].split(":")[0] in ("obl", "nmod") and p.kids(c, "case"):
                heads[c], deps[c] = a - 1, "nmod"
    if heads == list(p.heads):
        return p
    return Parse.of(tuple(heads), tuple(deps), p.clitics)
