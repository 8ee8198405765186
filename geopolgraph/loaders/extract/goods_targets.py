"""Whom a measure on goods is aimed at: the state the goods come from.

"AS menaikkan tarif impor barang China", "China mencabut larangan impor makanan laut dari
Jepang": a relation whose target may be the origin of goods (relations.tsv ``goods_target``:
SANCTIONS, COERCES) and that found no target of its own takes the first actor in the chain of
bare modifiers (or a "dari"/"from" phrase) below the cue, when that chain passes a word for
traded goods (grammar ``origin_nouns``: impor, barang, produk; imports, goods). English
mostly says it with a preposition ("tariffs on Chinese goods", ``syntax.goods_origin``).

>>> from geopolgraph.model import Article
>>> from geopolgraph.loaders.extract import extract_triples
>>> text = "AS menaikkan tarif impor barang China."
>>> [(t.source, t.relation, t.target) for t in extract_triples(Article(id="a", text=text,
...  lang="id"))]
[('USA', 'SANCTIONS', 'CHN')]
"""

from __future__ import annotations

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.cues import Cue
from geopolgraph.loaders.extract.parse import Parse
from geopolgraph.loaders.extract.phrases import side_at
from geopolgraph.loaders.extract.reader import SentenceReader, Side

__all__ = ["GOODS_CHAIN", "MEASURED_GOODS", "goods_origin", "measure_owner", "measured_goods"]

GOODS_CHAIN = rules.register(
    "syntax.goods_chain", "'tarif impor barang China', 'larangan impor dari Jepang': a measure "
    "without a target of its own is aimed at the first actor of the chain of bare modifiers (or "
    "a from-phrase) below it that passes a goods word (grammar origin_nouns)")
MEASURED_GOODS = rules.register(
    "cue.measured_goods", "'imposed tariffs on imports from Canada', 'banned imports from "
    "Pakistan': a cue opened by a goods word (grammar origin_nouns) that a measure aimed at the "
    "goods' origin (relations.tsv goods_target) falls on names the goods, not an act of trade")
GOODS_KIND = rules.register(
    "syntax.goods_kind", "'banned imports of rice from Malaysia': the phrase by which a goods "
    "word names the kind of goods (grammar goods_kind_preps) is on the chain to the goods' "
    "origin")
GOODS_OWN_PREP = rules.register(
    "syntax.goods_own_prep", "'imposed tariffs on imports of steel from the EU': a goods word "
    "the cue's own preposition opens ('imposed … tariffs on') heads the chain to the goods' "
    "origin, as the cue's object does")
_DEPTH = 4


def _below(reader: SentenceReader, p: Parse, h: int) -> list[int]:
    """The bare modifiers of ``h`` and its phrases opened by a source preposition ("dari"), or,
    for a goods word, by one naming the kind of goods ("imports of rice")."""
    lang = reader.lang
    preps = lang.source_preps
    if reader.words[h] in lang.origin_nouns and rules.on(GOODS_KIND):
        preps = preps | lang.goods_kind_preps
    return [c for c in p.kids(h, "nmod", "compound", "flat", "obl") if c > h and all(
        reader.words[k] in preps for k in p.kids(c, "case"))]


def goods_origin(reader: SentenceReader, cue: Cue) -> Side | None:
    """The actor the goods a measure cue falls on come from, down a chain of bare modifiers
    from any word of the cue or its object, once the chain has passed a goods word ("tarif
    impor barang China"; "larangan impor … dari Jepang", the goods word beside the phrase)."""
    p = reader.parse
    if p is None or not rules.on(GOODS_CHAIN):
        return None
    goods = reader.lang.origin_nouns
    heads = list(range(cue.start, cue.end))
    # its object, or a goods word after it that the parse took for a verb ("suspended
    # imports/xcomp from Pakistan")
    heads += [o for h in heads for o in p.children[h] if p.deps[o] == "obj" or (
        o > h and reader.words[o] in goods and p.deps[o] in ("xcomp", "ccomp", "advcl")
        and rules.on(MEASURED_GOODS)) or (
        # "imposed tariffs on imports/obl of steel from …": the cue's own preposition's noun
        o >= cue.end and reader.words[o] in goods and rules.on(GOODS_OWN_PREP)
        and any(cue.start <= k < cue.end for k in p.kids(o, "case")))]
    first = [c for h in heads for c in _below(reader, p, h)]
    # a goods word on the cue or beside the phrase ("tarif impor/nmod dari/case China/nmod")
    passed = any(reader.words[k] in goods for k in heads + first)
    frontier = [(c, passed) for c in first]
    for _ in range(_DEPTH):
        nxt = []
        for c, passed in frontier:
            passed = passed or reader.words[c] in goods
            side = side_at(reader, p, c, True, patient=True) if passed else None
            if side is not None:
                return side
            nxt += [(k, passed) for k in _below(reader, p, c)]
        frontier = nxt
    return None


def measure_owner(reader: SentenceReader, cue: Cue, goods_target: bool,
                  owner: Side | None) -> Side | None:
    """``owner``, the actor found after a noun cue as its doer, unless it is where the goods
    the measure falls on come from ("tarif impor barang China": China's goods, not China's
    tariff; ``goods_target``: the relation's relations.tsv property). A measure with a target
    phrase of its own keeps its owner ("tarif impor dari Rusia terhadap Ukraina")."""
    p, lang = reader.parse, reader.lang
    if owner is None or not goods_target or p is None or any(
            reader.words[k] in lang.target_preps and reader.words[k] not in lang.source_preps
            for h in range(cue.start, cue.end) for c in p.kids(h, "nmod", "obl")
            for k in p.kids(c, "case")):
        return owner
    origin = goods_origin(reader, cue)
    return None if origin is not None and set(origin.actors) == set(owner.actors) else owner


def measured_goods(reader: SentenceReader, cue: Cue, measures: frozenset[int]) -> bool:
    """Whether ``cue`` opens on a goods word ("imports … from") that a measure cue starting at
    one of ``measures`` falls on: its parse head or that word's head is a word of the measure
    ("banned imports/obj", "tariffs on imports/nmod"), or it stands among or right after the
    measure's words.

    >>> from geopolgraph.model import Article
    >>> from geopolgraph.loaders.extract import extract_triples
    >>> text = "India banned imports from Pakistan."
    >>> [(t.source, t.relation, t.target) for t in extract_triples(Article(id="a", text=text,
    ...  lang="en"))]
    [('IND', 'SANCTIONS', 'PAK')]
    """
    p = reader.parse
    if p is None or reader.words[cue.start] not in reader.lang.origin_nouns or not rules.on(
            MEASURED_GOODS):
        return False
    spans = [(c.start, c.end) for c in reader.cues if c.start in measures and c is not cue]
    k = cue.start
    for _ in range(2):
        k = p.heads[k]
        if any(lo <= k < hi for lo, hi in spans):
            return True
    # inside the measure's words, or right after them whatever the parse made of the two
    # ("India boycotted/amod imports/ROOT from Pakistan")
    return any(lo <= cue.start <= hi for lo, hi in spans)
