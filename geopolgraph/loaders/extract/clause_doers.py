"""Who did the act a noun cue names, when a clause on the noun says so.

"Sanksi yang dijatuhkan Uni Eropa terhadap Rusia diperpanjang", "the aid Japan sent to Gaza",
"the strikes Israel launched on Lebanon", "the sanctions imposed on Russia by the EU": a
relative or participle clause on a noun cue without an owner, whose verb is one of doing
(grammar ``doing_verbs``: imposed, launched, carried out; dijatuhkan, dilancarkan) or a cue of
the noun's own relation ("bantuan yang dikirim Jepang"), names the noun's doer, as its subject
or passive agent, and its target, with a target phrase on the noun, on the doer or on the
clause's verb. A clause verb of another relation reacts to the act ("the attack Russia
denied"), so names no doer of it.

>>> from geopolgraph.model import Article
>>> from geopolgraph.loaders.extract import extract_triples
>>> text = "Sanksi yang dijatuhkan Uni Eropa terhadap Rusia diperpanjang."
>>> [(t.source, t.relation, t.target) for t in extract_triples(Article(id="a", text=text,
...  lang="id"))]
[('EU', 'SANCTIONS', 'RUS')]
"""

from __future__ import annotations

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.frames import Frame, Sides, cue_head
from geopolgraph.loaders.extract.noun_targets import noun_target
from geopolgraph.loaders.extract.objects import prep_object
from geopolgraph.loaders.extract.syntax import doing_clause

__all__ = ["CLAUSE_DOER", "clause_doer"]

CLAUSE_DOER = rules.register(
    "noun.clause_doer", "'Sanksi yang dijatuhkan Uni Eropa terhadap Rusia', 'the aid Japan sent "
    "to Gaza': the subject or passive agent of a relative or participle clause on a noun cue "
    "without an owner, whose verb is one of doing (grammar doing_verbs) or a cue of the noun's "
    "relation, did the noun's act")


def clause_doer(f: Frame) -> Sides | None:
    """(doer, target) named by a clause on the noun cue (see the module), or None."""
    reader = f.reader
    p = reader.parse
    if p is None or not rules.on(CLAUSE_DOER):
        return None
    head = cue_head(p, f.cue.start, f.cue.head_end)
    found = doing_clause(reader, p, head, f.cue.pattern.relation, f.cue.end)
    if found is None:
        return None
    verb, doer = found
    target = noun_target(f, doer) or prep_object(reader, p, verb, True)
    if target is not None and set(target.actors) <= set(doer.actors):
        target = None
    return doer, target
