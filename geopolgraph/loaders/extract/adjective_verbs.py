"""A verb the parser read as an adjective of the noun after it, though it has a subject.

"Indonesia strengthened/amod ties/ROOT with Australia": the English parser sometimes takes a
past form before a noun for that noun's modifier and makes the noun the sentence's root, while
still hanging the sentence's subject on the past form. An adjective takes no subject, so the
word is the verb and the noun its object (the noun keeps its own phrases: "with Australia").
"""

from __future__ import annotations

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.parse import Parse

__all__ = ["SUBJECT_ADJECTIVE", "subject_adjectives"]

SUBJECT_ADJECTIVE = rules.register(
    "parse.subject_adjective", "'Indonesia strengthened/amod ties/ROOT with Australia': a word "
    "the parse made the modifier of the root noun after it, with a subject of its own, is the "
    "sentence's verb and the noun its object")


def subject_adjectives(p: Parse | None) -> Parse | None:
    """The parse with a modifier that has a subject of its own, on the root noun after it, made
    the root, the noun its object and the root's punctuation and clauses before the modifier its
    own.

    >>> p = Parse.of((1, 2, 2, 4, 2, 2), ("nsubj", "amod", "ROOT", "case", "nmod", "punct"))
    >>> fixed = subject_adjectives(p)  # Indonesia strengthened ties with Australia .
    >>> fixed.deps, fixed.heads
    (('nsubj', 'ROOT', 'obj', 'case', 'nmod', 'punct'), (1, 1, 1, 4, 2, 1))
    """
    if p is None or not rules.on(SUBJECT_ADJECTIVE):
        return p
    for v, dep in enumerate(p.deps):
        noun = p.heads[v]
        if dep == "amod" and noun > v and p.deps[noun] == "ROOT" and p.kids(v, "nsubj"):
            heads, deps = list(p.heads), list(p.deps)
            heads[v], deps[v] = v, "ROOT"
            heads[noun], deps[noun] = v, "obj"
            for c in p.children[noun]:
                if c != v and (deps[c] == "punct" or c < v):
                    heads[c] = v  # the full stop, a fronted phrase: the clause's, not the noun's
            return Parse.of(tuple(heads), tuple(deps), p.clitics)
    return p
