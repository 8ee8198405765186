"""What the store holds, as plain Python: rows to write and records read back (no driver here).

The graph in Neo4j::

    (:Actor {id, name, kind, country})
    (:Article {id, source, published: date, lang, url, title, path})
    (:Article)-[:MENTIONS]->(:Actor)                     one per article and actor it names
    (:Actor)-[:<RELATION> {REL_PROPS}]->(:Actor)   one per triple, from model.RELATIONS
    (:Sentence {id, text, article})                  each evidence text once per article

A relationship carries ids, codes and numbers only (``REL_PROPS``): its evidence text lives on
a ``Sentence`` node named by ``sentence_id`` (``sentence_key``: one node per article and text,
shared by every triple of that sentence); ``source``/``target``/``relation`` are its end nodes
and type; the event measures (``tone`` … ``geo_long``) are stored only when set.

Neo4j-safe properties: strings, ints, floats, booleans and ``date`` values only; a triple's
``date`` (an article's ``published``) is a Neo4j ``date`` when set and absent when ``""``; nothing
is ever null. ``graph.store.Store`` sends these rows with the statements of
``graph.statements``.

>>> rows = triple_rows([Triple(source="USA", relation="WARNS", target="RUS", article_id="a",
...                            evidence="USA warned Russia.")])
>>> sorted(rows)
['WARNS']
>>> row = rows["WARNS"][0]
>>> row["source"], "date" in row["props"], "evidence" in row["props"], "tone" in row["props"]
('USA', False, False, False)
>>> sentence_rows([Triple("USA", "WARNS", "RUS", article_id="a", evidence="USA warned Russia.")])
[{'id': 's:...', 'text': 'USA warned Russia.', 'article': 'a'}]
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from typing import Any

from geopolgraph.errors import InputError
from geopolgraph.model import RELATIONS, Actor, Article, Triple

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "REL_PROPS",
    "LoadSummary",
    "actor_from",
    "actor_rows",
    "article_from",
    "article_rows",
    "mention_rows",
    "plain",
    "sentence_key",
    "sentence_rows",
    "triple_from",
    "triple_rows",
]

DEFAULT_BATCH_SIZE = 10000
_TRIPLE_FIELDS = tuple(f.name for f in fields(Triple))
_TRIPLE_DEFAULTS = {f.name: f.default for f in fields(Triple)}
_ARTICLE_FIELDS = tuple(f.name for f in fields(Article) if f.name != "text")
_RELATION_SET = frozenset(RELATIONS)
#: Triple fields a relationship does not store: its ends and type, and the evidence text.
_NOT_ON_RELS = frozenset({"source", "target", "relation", "evidence"})
#: Event measures, stored only when they differ from the default (GDELT sets them).
_MEASURES = frozenset({"tone", "num_mentions", "num_sources", "num_articles", "geo_country",
                       "geo_lat", "geo_long"})
#: What a relationship may carry, in order (``sentence_id`` when the triple has evidence).
REL_PROPS: tuple[str, ...] = (
    *(n for n in _TRIPLE_FIELDS if n not in _NOT_ON_RELS), "sentence_id",
)

# --- rows (pure) -----------------------------------------------------------------------------


def _as_date(value: str, what: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{what}: date {value!r} is not an ISO date (YYYY-MM-DD)") from None


def _check_relation(relation: str, what: str) -> None:
    if relation not in _RELATION_SET:
        raise InputError(
            f"{what}: relation {relation!r} is not in the vocabulary (model.RELATIONS)"
        )


def sentence_key(article_id: str, text: str) -> str:
    """The id of the Sentence node holding ``text`` for ``article_id``.

    >>> sentence_key("a", "x") == sentence_key("a", "x") != sentence_key("b", "x")
    True
    """
    digest = hashlib.sha1(f"{article_id}\x1f{text}".encode("utf-8", "surrogatepass"))
    return "s:" + digest.hexdigest()[:16]


def triple_rows(triples: Iterable[Triple]) -> dict[str, list[dict[str, Any]]]:
    """Rows for the relationship writes, grouped by relation type (validated first).

    Each row is ``{source, target, id, props}``: ``props`` holds ``REL_PROPS`` (``date`` a
    ``datetime.date``, left out when empty; measures left out at their default). Raises
    ``InputError`` on an unknown relation, an empty actor id or a malformed date. An id given
    twice for one type is one row (what MERGE made of it: the first ends, later props winning).
    """
    grouped: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for triple in triples:
        what = f"triple {triple.id}"
        _check_relation(triple.relation, what)
        if not triple.source or not triple.target:
            raise InputError(f"{what}: source and target actor ids must not be empty")
        props: dict[str, Any] = {}
        for name in _TRIPLE_FIELDS:
            if name in _NOT_ON_RELS:
                continue
            value = getattr(triple, name)
            if name in _MEASURES and value == _TRIPLE_DEFAULTS[name]:
                continue
            props[name] = value
        if triple.date:
            props["date"] = _as_date(triple.date, what)
        else:
            del props["date"]
        if triple.evidence:
            props["sentence_id"] = sentence_key(triple.article_id, triple.evidence)
        rows = grouped[triple.relation]
        if triple.id in rows:  # the same id twice: one relationship, later values winning
            rows[triple.id]["props"].update(props)
        else:
            rows[triple.id] = {"source": triple.source, "target": triple.target,
                               "id": triple.id, "props": props}
    return {rel: list(rows.values()) for rel, rows in grouped.items()}


def sentence_rows(triples: Iterable[Triple]) -> list[dict[str, str]]:
    """One row per distinct evidence text and article: ``{id, text, article}``."""
    out: dict[str, dict[str, str]] = {}
    for triple in triples:
        if triple.evidence:
            key = sentence_key(triple.article_id, triple.evidence)
            if key not in out:
                out[key] = {"id": key, "text": triple.evidence, "article": triple.article_id}
    return list(out.values())


def actor_rows(actors: Iterable[Actor] | Mapping[str, Actor]) -> list[dict[str, str]]:
    """One row per actor (``id``, ``name``, ``kind``, ``country``), later duplicates winning."""
    values = actors.values() if isinstance(actors, Mapping) else actors
    out: dict[str, dict[str, str]] = {}
    for actor in values:
        if not actor.id:
            raise InputError(f"actor {actor.name!r}: empty id")
        out[actor.id] = {
            "id": actor.id,
            "name": actor.name or "",
            "kind": actor.kind or "",
            "country": actor.country or "",
        }
    return list(out.values())


def article_rows(articles: Iterable[Article]) -> list[dict[str, Any]]:
    """One row per article: its metadata (no text), ``published`` as a date or left out."""
    out: dict[str, dict[str, Any]] = {}
    for article in articles:
        if not article.id:
            raise InputError("an article has an empty id")
        row: dict[str, Any] = {name: getattr(article, name) or "" for name in _ARTICLE_FIELDS}
        if row["published"]:
            row["published"] = _as_date(row["published"], f"article {article.id}")
        else:
            del row["published"]
        out[article.id] = row
    return list(out.values())


def mention_rows(triples: Iterable[Triple]) -> list[dict[str, Any]]:
    """One row per article: ``{article, actors}``, the distinct actors its triples name."""
    seen: dict[str, dict[str, None]] = {}
    for triple in triples:
        if not triple.article_id:
            continue
        actors = seen.setdefault(triple.article_id, {})
        actors[triple.source] = None
        actors[triple.target] = None
    return [{"article": art, "actors": list(actors)} for art, actors in seen.items()]


@dataclass
class LoadSummary:
    """What ``Store.write_graph`` sent (rows, not changes: a re-load sends the same numbers)."""

    actors: int = 0
    articles: int = 0
    triples: int = 0
    mentions: int = 0
    batches: int = 0
    seconds: float = 0.0
    #: Of ``seconds``: the derived actor properties after the writes; and the triples the load
    #: created (the rest were in the store already).
    derived_seconds: float = 0.0
    created: int = 0

    def __str__(self) -> str:
        return (
            f"{self.triples} triples ({self.created} new), {self.actors} actors, "
            f"{self.articles} articles, {self.mentions} mentions in {self.batches} batches, "
            f"{self.seconds:.2f} s"
        )


# --- records read back -------------------------------------------------------------------


def plain(value: Any) -> Any:
    """Neo4j temporal values back to ISO strings; everything else as is.

    >>> plain(dt.date(2024, 6, 19)), plain(3)
    ('2024-06-19', 3)
    """
    if hasattr(value, "iso_format"):
        return value.iso_format()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def triple_from(
    props: Mapping[str, Any], rel_type: str, source: str, target: str, evidence: str = ""
) -> Triple:
    """A relationship's properties (and its Sentence's text) back as a Triple; absent fields
    take their defaults (a store written before the lean layout still has ``evidence``)."""
    values = {
        name: plain(props.get(name, _TRIPLE_DEFAULTS[name]))
        for name in _TRIPLE_FIELDS
        if name not in ("source", "target", "relation", "evidence")
    }
    return Triple(source=source, target=target, relation=rel_type,
                  evidence=evidence or str(props.get("evidence", "")), **values)


def actor_from(props: Mapping[str, Any]) -> Actor:
    """An Actor node's properties back as an Actor."""
    return Actor(
        id=str(props["id"]),
        name=str(props.get("name", "")),
        kind=str(props.get("kind", "")),
        country=str(props.get("country", "")),
    )


def article_from(props: Mapping[str, Any]) -> Article:
    """An Article node's properties back as an Article (the store keeps no text)."""
    values = {name: str(plain(props.get(name, ""))) for name in _ARTICLE_FIELDS}
    return Article(text="", **values)
