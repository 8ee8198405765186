"""A name the parser gave the label of a function word.

"Manila/mark menuduh Beijing …", "Chad/aux accused Israel …": a name the parser has rarely seen
may be read as a subordinator, an auxiliary or an adverb before the verb. A name the lexicon
knows is never one: where it opens the clause and its verb has no subject, it is the subject.
"""

from __future__ import annotations

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.parse import Parse
from geopolgraph.loaders.mentions import Mention

__all__ = ["NAME_AS_SUBJECT", "names_as_subjects"]

NAME_AS_SUBJECT = rules.register(
    "parse.name_as_subject", "'Manila/mark menuduh Beijing …', 'Chad/aux accused Israel …': an "
    "actor's name the parse labelled a function word, opening the sentence before a verb with "
    "no subject, is that verb's subject")

#: the labels of function words a name may have been given
_FUNCTION_LABELS = frozenset({"mark", "aux", "cc", "case", "det", "cop", "advmod", "discourse"})


def names_as_subjects(p: Parse | None, mentions: list[Mention]) -> Parse | None:
    """The parse with the name opening the sentence made the subject of the verb after it, where
    the parse gave the name's head word a function word's label and the verb no subject.

    >>> from geopolgraph.loaders.mentions import Mention
    >>> p = Parse.of((1, 1, 1, 1), ("mark", "ROOT", "obj", "punct"))  # Manila menuduh Beijing .
    >>> names_as_subjects(p, [Mention(0, 1, "PHL"), Mention(2, 3, "CHN")]).deps
    ('nsubj', 'ROOT', 'obj', 'punct')
    """
    if p is None or not mentions or not rules.on(NAME_AS_SUBJECT):
        return p
    first = min(mentions, key=lambda m: m.start)
    if first.start != 0 or first.locative or first.kind == "org":  # not a guess of open_actors
        return p
    # the name's head: its word hung outside it ("Korea/mark Utara/flat-of-Korea")
    head = next((k for k in range(first.start, first.end)
                 if not first.start <= p.heads[k] < first.end), None)
    if head is None:
        return p
    verb = p.heads[head]
    if (p.deps[head] not in _FUNCTION_LABELS or verb < first.end
            or p.kids(verb, "nsubj", "nsubj:pass", "csubj")):
        return p
    deps = list(p.deps)
    deps[head] = "nsubj"
    return Parse.of(p.heads, tuple(deps), p.clitics)
