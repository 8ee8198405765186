"""The doer of the act a cue's object names, read from a passive relative clause on that object.

"mengecam kekejaman yang dilakukan (oleh) Israel", "condemned the attacks carried out by
Israel": whoever did the condemned act; "menolak usulan yang diajukan Ukraina": the object's
maker, as its owner would be. A clause whose verb is a cue aimed at an act's doer reacts to
the object ("announced sanctions criticised by Iran"): its agent made nothing.

>>> from geopolgraph.model import Article
>>> from geopolgraph.loaders.extract import extract_triples
>>> text = "Iran mengecam kekejaman yang dilakukan Israel."
>>> [(t.source, t.relation, t.target) for t in extract_triples(Article(id="a", text=text,
...  lang="id"))]
[('IRN', 'CRITICIZES', 'ISR')]
"""

from __future__ import annotations

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.cues import Cue
from geopolgraph.loaders.extract.frames import cue_head
from geopolgraph.loaders.extract.parse import Parse
from geopolgraph.loaders.extract.reader import SentenceReader, Side
from geopolgraph.loaders.extract.syntax import agent_of

__all__ = ["REACTING_RELATIVE", "relative_doer"]

REACTING_RELATIVE = rules.register(
    "active.reacting_relative", "'Israel announced the sanctions criticised by Iran': the agent "
    "of a relative clause on the object whose verb is a cue aimed at an act's doer "
    "(relations.tsv aimed_at_doer) reacted to the object's act; it is not its maker "
    "(active.relative_owner) nor its doer")


OWN_NOUN_RELATIVE = rules.register(
    "active.own_noun_relative", "'China retaliated against the tariffs imposed by the US': a "
    "passive relative clause on the noun that ends the cue's own pattern names its doer, as one "
    "on the cue's object does")


def relative_doer(reader: SentenceReader, p: Parse | None, cue: Cue) -> Side | None:
    """The agent of a passive relative clause on the cue's object: "mengecam kekejaman yang
    dilakukan (oleh) Israel", "condemned the attacks carried out by Israel"."""
    if p is None:
        return None
    head = cue_head(p, cue.start, cue.head_end)
    # "retaliated against … tariffs/obl imposed by the US": the cue's own noun too
    own = [k for k in p.kids(head, "obl", "nmod") if cue.head_end <= k < cue.end] if rules.on(
        OWN_NOUN_RELATIVE) else []
    for obj in p.kids(head, "obj") + own:
        for clause in p.kids(obj, "acl"):
            word = reader.words[clause]
            if rules.on(REACTING_RELATIVE) and clause in reader.reacting:
                continue  # "announced sanctions criticised by Iran": Iran reacted, made none
            if reader.lang.is_passive_verb(word) or reader.lang.is_participle(word):
                found = agent_of(reader, p, clause)
                if found is not None:
                    return found
    return None

