"""Which bare "call" is a telephone call.

CAMEO 2.0 codes the verb CALL as 041 (discuss by telephone), but "called" alone is as often a
naming ("Trump called Putin a genius"), a summons of a meeting ("called a snap election") or
part of another cue ("called on", "called for", which the lexicon holds as their own patterns).
The parse tells them apart: a telephone call has an actor as its only object and no second
predicate naming what the object is called (grammar ``call_verbs``: the bare forms this
rule reads).

>>> from geopolgraph.model import Article
>>> from geopolgraph.loaders.extract import extract_triples
>>> def facts(text):
...     return sorted((t.source, t.relation, t.target) for t in extract_triples(
...         Article(id="a", text=text, lang="en")))
>>> facts("Macron called Zelensky on Tuesday.")
[('FRA', 'CONSULTS', 'UKR')]
>>> facts("Trump called Putin a genius.")
[]
"""

from __future__ import annotations

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.cues import Cue
from geopolgraph.loaders.extract.phrases import side_at
from geopolgraph.loaders.extract.reader import SentenceReader

__all__ = ["PHONE_CALL", "not_a_call"]

PHONE_CALL = rules.register(
    "cue.phone_call", "'Macron called Zelensky on Tuesday' (CAMEO 041), not 'Trump called "
    "Putin a genius' nor 'called a snap election': a bare call verb (grammar call_verbs) is a "
    "telephone call only when its one object is an actor and no predicate names what it is "
    "called")


def not_a_call(reader: SentenceReader, cue: Cue) -> bool:
    """Whether the bare call verb ``cue`` ("called") is no telephone call: no parse, a verb
    modifying a noun ("a group called Hamas"), an object that is no actor, a second object
    or a predicate on the verb ("called Putin a genius", "called the move illegal"). False
    for every other cue."""
    if cue.end - cue.start != 1 or reader.words[cue.start] not in reader.lang.call_verbs:
        return False
    p = reader.parse
    if p is None or not rules.on(PHONE_CALL):
        return True
    v = cue.start
    objects, predicates = p.kids(v, "obj", "iobj"), p.kids(v, "xcomp", "ccomp")
    if not objects and len(predicates) == 1:
        # "called Ukrainian President Volodymyr Zelensky/xcomp": a lone predicate is the object
        objects, predicates = predicates, []
    if p.deps[v] in ("acl", "amod") or len(objects) != 1 or predicates:
        return True
    return side_at(reader, p, objects[0], patient=True) is None
