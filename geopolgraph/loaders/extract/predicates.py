"""A speaker's words about an actor: a copular clause that calls it a friend.

GUIDE.md: "a speaker's words about another actor are themselves a relation ('Korea Utara adalah
negara sahabat', said by Peskov, is RUS SUPPORTS/PRAISES PRK)". The noun cue of praise or
support is the predicate of a copula ("adalah", "merupakan", "is") whose subject names an
actor; the sentence's own speaker ("…, kata Peskov", "…, Peskov said") is the one who praises.
"""

from __future__ import annotations

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.cues import Cue
from geopolgraph.loaders.extract.reader import SentenceReader, Side
from geopolgraph.loaders.extract.syntax import side_at

__all__ = ["SPEAKER_PREDICATE", "speaker_predicate"]

SPEAKER_PREDICATE = rules.register(
    "frame.speaker_predicate", "'Korea Utara adalah negara sahabat, kata Peskov' (GUIDE.md), "
    "'North Korea is a true friend, Peskov said': a noun cue of praise or support that is the "
    "predicate of a copula is the sentence's speaker's praise of the copula's subject")

#: the relations a speaker's predicate noun states (the GUIDE's example: SUPPORTS/PRAISES)
_EVALUATIONS = frozenset({"PRAISES", "SUPPORTS"})


def speaker_predicate(reader: SentenceReader, cue: Cue) -> tuple[Side, Side] | None:
    """(the speaker, the actor called so) when the noun cue ``cue`` of praise or support is the
    predicate of a copula with an actor as its subject, in a sentence its speaker is named in;
    else None.

    >>> from geopolgraph.model import Article
    >>> from geopolgraph.loaders.extract import extract_triples
    >>> text = "Korea Utara adalah negara sahabat, kata juru bicara Kremlin Dmitry Peskov."
    >>> [(t.source, t.relation, t.target) for t in extract_triples(Article(id="a", text=text,
    ...  lang="id"))]
    [('RUS', 'PRAISES', 'PRK')]
    """
    p = reader.parse
    if (p is None or cue.pattern.frame != "noun" or cue.pattern.relation not in _EVALUATIONS
            or not reader.said_here or not rules.on(SPEAKER_PREDICATE)):
        return None
    heads = range(cue.start, cue.end)
    # the predicate's head: a word of the cue, or the noun it qualifies ("negara/ROOT
    # sahabat/amod")
    hosts = [*heads, *(p.heads[k] for k in heads)]
    for h in hosts:
        if not p.kids(h, "cop"):
            continue
        for s in p.kids(h, "nsubj"):
            target = side_at(reader, p, s)
            if target is not None and reader.speaker not in target.actors:
                return Side((reader.speaker,), (), 0, "speaker"), target
    return None
