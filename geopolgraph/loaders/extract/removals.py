"""Who expels when a passive names no agent: the state or body the removed are sent out of.

"Diplomat Rusia diusir dari Jerman", "Russian diplomats were expelled from Germany": a passive
removal verb (grammar ``removal_verbs``) with no agent, whose from-phrase (``source_preps``)
names an actor and no to-phrase (``destination_preps``) says where they were sent, is done by
that actor to its subject ("deported from Ukraine to Russia" names where they were taken from,
not who took them). :func:`.frames.sides_for_cue` asks this before the cue's frame.
"""

from __future__ import annotations

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.cues import Cue
from geopolgraph.loaders.extract.parse import Parse
from geopolgraph.loaders.extract.reader import SentenceReader, Side
from geopolgraph.loaders.extract.syntax import agent_of, side_at

__all__ = ["REMOVAL_SOURCE", "TAKEN_FROM", "removal_sides", "taken_from"]

REMOVAL_SOURCE = rules.register(
    "passive.removal_source", "'Diplomat Rusia diusir dari Jerman', 'Russian diplomats were "
    "expelled from Germany': a passive removal verb (grammar removal_verbs) with no agent is "
    "done by the actor its from-phrase names, unless a to-phrase says where they were sent")


TAKEN_FROM = rules.register(
    "syntax.taken_from", "'Russia annexed Crimea from Ukraine', 'Rusia merebut kota itu dari "
    "Ukraina': a verb of taking (grammar taking_verbs) whose object names no actor is aimed at "
    "the actor its from-phrase names, who loses what is taken")


def _prep_phrases(reader: SentenceReader, p: Parse, h: int, preps: frozenset[str],
                  rel: str = "obl") -> list[int]:
    """The children of ``h`` by ``rel`` opened by one of ``preps``."""
    return [o for o in p.kids(h, rel) if any(reader.words[k] in preps for k in p.kids(o, "case"))]


def removal_sides(reader: SentenceReader, cue: Cue) -> tuple[Side, Side] | None:
    """(the remover, the removed) when ``cue`` is such a passive, else None.

    >>> from geopolgraph.model import Article
    >>> from geopolgraph.loaders.extract import extract_triples
    >>> text = "Dua diplomat Rusia diusir dari Jerman."
    >>> [(t.source, t.target) for t in extract_triples(Article(id="a", text=text, lang="id"))]
    [('DEU', 'RUS')]
    """
    lang, p, h = reader.lang, reader.parse, cue.start
    if (p is None or cue.end - cue.start > 1 or reader.words[h] not in lang.removal_verbs
            or not rules.on(REMOVAL_SOURCE)):
        return None
    # Indonesian di- forms are passive by themselves; an English participle needs a passive
    # subject or auxiliary, or hangs on the noun it describes ("diplomats expelled from …")
    passive = lang.code != "en" or p.deps[h] == "acl" or bool(p.kids(h, "aux:pass", "nsubj:pass"))
    if not passive or agent_of(reader, p, h) is not None:
        return None
    froms = _prep_phrases(reader, p, h, lang.source_preps - lang.passive_agent)
    if any(_prep_phrases(reader, p, k, lang.destination_preps, rel)
           for k, rel in [(h, "obl"), *((o, "nmod") for o in froms)]):
        return None  # "from Ukraine to Russia" (the parse may hang "to" on "Ukraine")
    subjects = [p.heads[h]] if p.deps[h] == "acl" else p.kids(h, "nsubj")
    target = next((t for t in (side_at(reader, p, s) for s in subjects) if t), None)
    source = next((s for s in (side_at(reader, p, o) for o in froms) if s), None)
    return (source, target) if source is not None and target is not None else None


def taken_from(reader: SentenceReader, cue: Cue) -> Side | None:
    """Whom a verb of taking with no target of its own takes from: the actor of a from-phrase
    on the verb or on its object ("annexed Crimea/obj from/case Ukraine"); None otherwise.

    >>> from geopolgraph.model import Article
    >>> from geopolgraph.loaders.extract import extract_triples
    >>> text = "Russia annexed Crimea from Ukraine in 2014."
    >>> [(t.source, t.relation, t.target) for t in extract_triples(Article(id="a", text=text,
    ...  lang="en"))]
    [('RUS', 'COERCES', 'UKR')]
    """
    lang, p, h = reader.lang, reader.parse, cue.start
    if p is None or reader.words[h] not in lang.taking_verbs or not rules.on(TAKEN_FROM):
        return None
    preps = lang.source_preps - lang.passive_agent
    froms = [c for rel in ("obl", "nmod") for c in _prep_phrases(reader, p, h, preps, rel)] + [
        c for o in p.kids(h, "obj", "xcomp") for rel in ("nmod", "obl")
        for c in _prep_phrases(reader, p, o, preps, rel)]  # "annexed Crimea/xcomp from/case …"
    return next((s for s in (side_at(reader, p, o, patient=True) for o in froms) if s), None)
