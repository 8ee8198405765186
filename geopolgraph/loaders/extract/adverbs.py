"""Repairs of an adverb the parse read as the subject of the verb right after it.

"Kamboja membantah tuduhan itu dan balik/nsubj menuding Thailand": an auxiliary or adverb that
may stand between a subject and its verb (grammar ``skip_before_cue``: "juga", "kembali",
"balik", "telah") is no subject; read as one it hides the subject the verb shares with the
verb it is coordinated with. :func:`adverb_subjects` makes it the verb's ``advmod``;
:mod:`.reparse` applies it with its other repairs.
"""

from __future__ import annotations

from collections.abc import Collection

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.parse import Parse

__all__ = ["ADVERB_SUBJECT", "adverb_subjects"]

ADVERB_SUBJECT = rules.register(
    "parse.adverb_subject", "'Kamboja membantah tuduhan itu dan balik/nsubj menuding Thailand': "
    "an auxiliary or adverb (grammar skip_before_cue) the parse made the subject of the verb "
    "right after it is that verb's adverb")


def adverb_subjects(p: Parse | None, words: list[str], adverbs: Collection[str]) -> Parse | None:
    """The parse with every word of ``adverbs`` that is the ``nsubj`` of the word right after
    it made that word's ``advmod``.

    >>> p = Parse.of((1, 1, 1, 5, 5, 1, 5), ("nsubj", "ROOT", "obj", "cc", "nsubj", "conj",
    ...                                      "obj"))
    >>> words = ["kamboja", "membantah", "tuduhan", "dan", "balik", "menuding", "thailand"]
    >>> adverb_subjects(p, words, {"balik", "juga"}).deps[4]
    'advmod'
    """
    if p is None or not rules.on(ADVERB_SUBJECT):
        return p
    deps = list(p.deps)
    for i, word in enumerate(words[:-1]):
        if deps[i] == "nsubj" and p.heads[i] == i + 1 and word in adverbs:
            deps[i] = "advmod"
    if deps == list(p.deps):
        return p
    return Parse.of(p.heads, tuple(deps), p.clitics)
