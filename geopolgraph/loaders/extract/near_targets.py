"""Whom a show of force is aimed at: the state it is staged near.

"China held military drills near Taiwan", "Russia massed troops along the border with
Ukraine", "Rusia mengerahkan pasukan di perbatasan Ukraina": a relation whose target may be
where it happens (relations.tsv ``near_target``: MOBILIZES, CAMEO 15) and that found no target
of its own takes the actor of a phrase opened by a word of nearness (grammar ``near_preps``:
near, around, off, along; dekat, sekitar, sepanjang) or headed by a frontier noun (grammar
``frontier_nouns``: border, waters; perbatasan, perairan), hung on the cue, its object or, for
a noun cue, the verb whose object it is (for a verb the parse read as an adjective, the noun it
is on).

>>> from geopolgraph.model import Article
>>> from geopolgraph.loaders.extract import extract_triples
>>> text = "Rusia mengerahkan pasukan di perbatasan Ukraina."
>>> [(t.source, t.relation, t.target) for t in extract_triples(Article(id="a", text=text,
...  lang="id"))]
[('RUS', 'MOBILIZES', 'UKR')]
"""

from __future__ import annotations

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.cues import Cue
from geopolgraph.loaders.extract.parse import Parse
from geopolgraph.loaders.extract.phrases import side_at
from geopolgraph.loaders.extract.reader import SentenceReader, Side

__all__ = ["INTO_AREA", "NEAR_TARGET", "into_area", "near_target"]

NEAR_TARGET = rules.register(
    "syntax.near_target", "'China held drills near Taiwan', 'mengerahkan pasukan di perbatasan "
    "Ukraina': a show of force without a target of its own is aimed at the state of a phrase "
    "opened by a word of nearness (grammar near_preps) or headed by a frontier noun (grammar "
    "frontier_nouns) hung on the cue, its object or its light verb")

NEAR_FIXED = rules.register(
    "syntax.near_fixed", "'mengerahkan kapal perang ke dekat/fixed Taiwan': a word of nearness "
    "the parse made part of a two-word preposition opens a phrase of nearness too")


INTO_AREA = rules.register(
    "syntax.into_area", "'China sent 30 warplanes into Taiwan's air defence zone', 'Rusia "
    "mengirim drone ke wilayah udara Polandia': what is sent into an area a state holds (grammar "
    "area_nouns) is a show of force at that state (MOBILIZES, CAMEO 154), not a supply; the "
    "area's chain of modifiers names the state")


def _area(reader: SentenceReader, c: int) -> bool:
    """Whether the phrase at ``c`` is headed by an area a state holds ("zone", "airspace",
    "wilayah udara")."""
    words, areas = reader.words, reader.lang.area_nouns
    return words[c] in areas or " ".join(words[c:c + 2]) in areas


def _cue_and_objects(p: Parse, cue: Cue) -> list[int]:
    """The cue's words and their objects, where its phrases of place hang."""
    heads = list(range(cue.start, cue.end))
    return heads + [o for h in heads for o in p.kids(h, "obj")]


def _areas(reader: SentenceReader, p: Parse, cue: Cue) -> list[int]:
    """The phrases headed by an area noun and opened by a target preposition on the cue's words
    or their objects ("sent/cue warplanes into/case … zone/obl")."""
    preps = reader.lang.target_preps
    return [c for h in _cue_and_objects(p, cue) for c in p.kids(h, "obl", "nmod") if c >= cue.end
            and _area(reader, c) and any(reader.words[k] in preps for k in p.kids(c, "case"))]


def into_area(reader: SentenceReader, cue: Cue) -> bool:
    """Whether a transfer cue sends its goods into an area a state holds ("sent warplanes into
    Taiwan's air defence zone"): a show of force, no supply."""
    p = reader.parse
    return p is not None and rules.on(INTO_AREA) and bool(_areas(reader, p, cue))


def _area_owner(reader: SentenceReader, p: Parse, c: int) -> Side | None:
    """The state the area at ``c`` belongs to, down its chain of modifiers ("zona/c
    identifikasi pertahanan udara Taiwan")."""
    frontier = [c]
    for _ in range(5):
        frontier = [k for h in frontier for k in p.kids(h, "nmod", "compound", "amod", "flat")]
        for k in frontier:
            side = side_at(reader, p, k, True, patient=True)
            if side is not None:
                return side
    return None


def _near(reader: SentenceReader, p: Parse, c: int) -> bool:
    """Whether the phrase at ``c`` says where near something ("near/case Taiwan", "di sekitar/
    nmod:lmod Taiwan", "perairan dekat/amod Taiwan", "ke dekat/fixed Taiwan") or is a frontier
    ("the border")."""
    lang = reader.lang
    marks = p.kids(c, "case", "nmod:lmod", "amod", "advmod")
    if rules.on(NEAR_FIXED):
        marks += [f for m in p.kids(c, "case") for f in p.kids(m, "fixed")]
    return reader.words[c] in lang.frontier_nouns or any(
        reader.words[k] in lang.near_preps for k in marks)


def near_target(reader: SentenceReader, cue: Cue) -> Side | None:
    """The actor of a phrase of nearness or a frontier on the cue's words, their objects or
    the light verb of a noun cue ("held drills near Taiwan"); a frontier stands for its state
    ("near the Ukrainian border", "the border with Ukraine", "perbatasan Ukraina")."""
    p = reader.parse
    if p is None or not rules.on(NEAR_TARGET):
        return None
    heads = _cue_and_objects(p, cue)
    for h in range(cue.start, cue.end):
        if p.deps[h] in ("obj", "amod") and not cue.start <= p.heads[h] < cue.end:
            # "menggelar latihan militer di sekitar Taiwan"; "massed/amod warships near
            # Taiwan": a verb the parse read as an adjective, on what is its object
            heads.append(p.heads[h])
    if rules.on(INTO_AREA):
        for c in _areas(reader, p, cue):
            side = _area_owner(reader, p, c)
            if side is not None:
                return side
    for h in heads:
        for c in p.kids(h, "obl", "nmod"):
            if c < cue.start or not _near(reader, p, c):
                continue
            side = side_at(reader, p, c, True, patient=True)
            for k in p.kids(c, "nmod", "compound", "amod", "flat"):
                if side is None and reader.words[k] not in reader.lang.near_preps:
                    side = side_at(reader, p, k, True, patient=True)
            if side is not None:
                return side
    return None
