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
from geopolgraph.loaders.extract.syntax import agent_of, side_at

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
    relation = f.cue.pattern.relation
    words, lang = reader.words, reader.lang
    for verb in p.kids(head, "acl"):
        cued = [c.pattern.relation for c in reader.cues if c.start <= verb < c.head_end]
        if verb < f.cue.end or any(r != relation for r in cued) or not (
                cued or words[verb] in lang.doing_verbs):
            continue  # "the attack Russia denied": a reaction; "a fund managed by": no doing
        if any(words[k] in lang.relative for k in p.kids(verb, "obl")):
            continue  # "a meeting, during which he told …": the noun is no object of the clause
        doer = agent_of(reader, p, verb) or next(
            (side for s in p.kids(verb, "nsubj") if words[s] not in lang.relative
             and (side := side_at(reader, p, s)) is not None), None)
        if doer is None:
            continue
        target = noun_target(f, doer) or prep_object(reader, p, verb, True)
        if target is not None and set(target.actors) <= set(doer.actors):
            target = None
        return doer, target
    return None
