"""Repairs of a subordinate clause the parse read as a prepositional phrase.

"Japan protested after North Korea attacked South Korea": a subordinator that is also a
preposition ("after", "before", "since"; grammar ``subordinators``) may be parsed as the case
marker of the noun after it ("after/case North Korea/obl"), leaving the clause's verb with no
subject ("attacked/xcomp"), so the act is read as the main subject's. :func:`subordinate_subjects`
gives the verb its subject and marker back. :mod:`.reparse` applies it with its other repairs.
"""

from __future__ import annotations

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.lang import Language
from geopolgraph.loaders.extract.parse import Parse

__all__ = ["ACL_SUBORDINATE", "SUBORDINATE_SUBJECT", "subordinate_subjects"]

SUBORDINATE_SUBJECT = rules.register(
    "parse.subordinate_subject", "'Japan protested after/case North Korea/obl attacked/xcomp "
    "South Korea': a subordinator (grammar subordinators) parsed as the case marker of a noun "
    "right before a verb with no subject, which the parse hung as a clause on a word before the "
    "subordinator, marks that verb's clause, and the noun is its subject")
ACL_SUBORDINATE = rules.register(
    "parse.acl_subordinate", "'Beijing memprotes setelah/case anggota parlemen Jepang/obl "
    "mengunjungi/acl Taiwan': for parse.subordinate_subject, a subjectless verb the parse hung "
    "on the noun after the subordinator as a clause on it, with no relative pronoun between, "
    "is the subordinate clause's verb and the noun its subject")
#: the relations a clause's verb may have when the parse hung it on a word before the noun
_CLAUSE = frozenset({"xcomp", "advcl", "ccomp", "conj", "parataxis"})


def subordinate_subjects(p: Parse | None, words: list[str], lang: Language) -> Parse | None:
    """The parse with a subordinator read as the case marker of a noun (``obl``, ``nmod``)
    whose phrase ends right before a subjectless verb hung as a clause on a word before the
    subordinator made that verb's ``mark``, the noun its subject and the verb an ``advcl``
    ("protested after/case North Korea/obl attacked/xcomp South Korea").

    >>> from geopolgraph.loaders.lexicons import load_lexicon
    >>> from geopolgraph.loaders.extract.lang import language
    >>> words = ["japan", "protested", "after", "north", "korea", "attacked", "south", "korea"]
    >>> p = Parse.of((1, 1, 4, 4, 1, 1, 7, 5),
    ...              ("nsubj", "ROOT", "case", "compound", "obl", "xcomp", "compound", "obj"))
    >>> fixed = subordinate_subjects(p, words, language(load_lexicon(), "en"))
    >>> [(fixed.heads[k], fixed.deps[k]) for k in (2, 4, 5)]
    [(5, 'mark'), (5, 'nsubj'), (1, 'advcl')]
    """
    if p is None or not rules.on(SUBORDINATE_SUBJECT):
        return p
    heads, deps = list(p.heads), list(p.deps)
    for a, word in enumerate(words):
        noun = heads[a]
        if (word not in lang.subordinators or deps[a] != "case" or noun <= a
                or deps[noun].split(":")[0] not in ("obl", "nmod")):
            continue
        verb = 1 + max(k for k in range(noun, len(words)) if p.under(k, noun))
        top = heads[noun]
        if (verb >= len(words) or deps[verb] not in _CLAUSE or heads[verb] >= a
                or p.kids(verb, "nsubj")):
            # "memprotes setelah/case anggota parlemen Jepang/obl mengunjungi/acl-of-anggota
            # Taiwan": the clause's verb hung on the noun as a clause on it, with no relative
            verb = next((c for c in p.kids(noun, "acl") if c > noun and not p.kids(c, "nsubj")
                         and not any(words[k] in lang.relative for k in range(noun, c))), -1)
            if verb < 0 or top >= a or not rules.on(ACL_SUBORDINATE):
                continue
            heads[verb] = top
        heads[a], deps[a] = verb, "mark"
        heads[noun] = verb
        deps[noun] = "nsubj:pass" if p.kids(verb, "aux:pass") else "nsubj"
        deps[verb] = "advcl"
    if heads == list(p.heads):
        return p
    return Parse.of(tuple(heads), tuple(deps), p.clitics)
