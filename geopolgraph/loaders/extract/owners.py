"""Owners a noun's parse names below or beside it, beyond its own possessor
(:func:`.possessors.possessor_of` reads these last): the later words of a head-first compound
("uji coba rudal Korea Utara"), a by/oleh phrase the parse hung one level too low ("the visit
to Hanoi by Biden"), a name hung on a later word of a multiword noun cue ("penjualan senjata
AS").

>>> from geopolgraph.model import Article
>>> from geopolgraph.loaders.extract import extract_triples
>>> text = "Jepang memprotes uji coba rudal Korea Utara."
>>> [(t.source, t.relation, t.target) for t in extract_triples(Article(id="a", text=text,
...  lang="id"))]
[('JPN', 'PROTESTS', 'PRK')]
"""

from __future__ import annotations

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.parse import Parse
from geopolgraph.loaders.extract.phrases import possession_between, side_at
from geopolgraph.loaders.extract.reader import SentenceReader, Side

__all__ = ["COMPOUND_OWNER", "CUE_PART_OWNER", "MISPLACED_AGENT", "compound_owner",
           "cue_part_owner", "misplaced_agent"]

MISPLACED_AGENT = rules.register(
    "syntax.misplaced_agent", "'the visit to Hanoi by Biden', 'preceded a visit to Jakarta by "
    "X': the by/oleh phrase the parse hung on the noun's own modifier, or on the active verb "
    "whose object the noun is, is the noun's doer")
CUE_PART_OWNER = rules.register(
    "syntax.cue_part_owner", "'penjualan senjata AS': a name hung on a later word of a multiword "
    "noun cue is the cue's owner (that word is the cue's, so the name is no thing-of-state "
    "modifier)")
COMPOUND_OWNER = rules.register(
    "syntax.compound_owner", "'uji coba rudal Korea Utara': an unaffixed word the parse hung "
    "on the noun before it as a clause is the second word of a compound noun, whose owner it "
    "names")


def compound_owner(reader: SentenceReader, p: Parse, h: int) -> Side | None:
    """The state a head-first compound's later words name ("uji coba rudal Korea Utara": North
    Korea's test; the parse may hang "coba" on "uji" as a clause): each next word hung on the
    one before it, with no preposition, until one names an actor (its thing-of-state modifier
    too: "rudal Korea Utara")."""
    n = h
    for step in range(3):
        c = n + 1
        if c >= len(p.heads) or p.heads[c] != n or p.kids(c, "case", "mark", "nsubj", "obj"):
            return None
        if p.deps[c] not in ("nmod", "compound", "acl", "flat") or (
                p.deps[c] == "acl" and not reader.lang.is_bare_root(reader.words[c])):
            return None
        if possession_between(reader, h, c):
            return None  # "pelanggaran kedaulatan Brazil": Brazil's sovereignty, not violation
        if step:  # the first is the noun's own modifier, read by possessor_of already
            side = side_at(reader, p, c, patient=True)
            if side is not None:
                return side
        n = c
    return None


def misplaced_agent(reader: SentenceReader, p: Parse, h: int) -> Side | None:
    """The doer of the noun at ``h`` named by a by/oleh phrase after it that the parse hung on
    the noun's own prepositional modifier ("the visit to Hanoi/nmod by Biden") or on the active
    verb whose object the noun is ("preceded a visit to Jakarta by X"); only a noun a cue names
    (an act has a doer; "stop demonstrations … by troops" names none)."""
    if not any(c.start <= h < c.head_end for c in reader.cues):
        return None
    hosts = [c for c in p.kids(h, "nmod") if c > h and p.kids(c, "case")]
    verb = p.heads[h]
    if p.deps[h] == "obj" and verb != h and not p.kids(verb, "aux:pass", "nsubj:pass"):
        hosts.append(verb)
    for host in hosts:
        for c in p.kids(host, "nmod", "obl"):
            if c > h and any(reader.words[k] in reader.lang.passive_agent
                             for k in p.kids(c, "case")):
                side = side_at(reader, p, c)
                if side is not None:
                    return side
    return None


def cue_part_owner(reader: SentenceReader, p: Parse, h: int) -> Side | None:
    """A name without preposition after the multiword cue headed at ``h`` and hung on one of
    its later words ("penjualan senjata/nmod AS"), read as the cue's owner."""
    for cue in reader.cues:
        if not cue.start <= h < cue.head_end:
            continue
        for k in range(h + 1, cue.head_end):
            for c in p.kids(k, "nmod", "compound", "flat"):
                if c >= cue.head_end and not p.kids(c, "case"):
                    side = side_at(reader, p, c, patient=True)
                    if side is not None:
                        return side
    return None
