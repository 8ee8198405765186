"""What the store holds, as plain Python: rows to write and records read back (no driver here).

The graph in Neo4j::

    (:Actor {id, name, kind, country})
    (:Article {id, source, published: date, lang, url, title, path})
    (:Article)-[:MENTIONS]->(:Actor)                     one per article and actor it names
    (:Actor)-[:<RELATION> {every Triple field}]->(:Actor)  one per triple, from model.RELATIONS

Neo4j-safe properties: strings, ints, floats, booleans and ``date`` values only; a triple's
``date`` (an article's ``published``) is a Neo4j ``date`` when set and absent when ``""``; nothing
is ever null. ``graph.store.Store`` sends these rows with the statements of
``graph.statements``.

>>> rows = triple_rows([Triple(source="USA", relation="WARNS", target="RUS", article_id="a")])
>>> sorted(rows)
['WARNS']
>>> "date" in rows["WARNS"][0], rows["WARNS"][0]["source"]
(False, 'USA')
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from typing import Any

from geopolgraph.errors import InputError
from geopolgraph.model import RELATIONS, Actor, Article, Triple

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "LoadSummary",
    "actor_from",
    "actor_rows",
    "article_from",
    "article_rows",
    "mention_rows",
    "plain",
    "triple_from",
    "triple_rows",
]

DEFAULT_BATCH_SIZE = 1000
_TRIPLE_FIELDS = tuple(f.name for f in fields(Triple))
_TRIPLE_DEFAULTS = {f.name: f.default for f in fields(Triple)}
_ARTICLE_FIELDS = tuple(f.name for f in fields(Article) if f.name != "text")
_RELATION_SET = frozenset(RELATIONS)

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


def triple_rows(triples: Iterable[Triple]) -> dict[str, list[dict[str, Any]]]:
    """Rows for the relationship writes, grouped by relation type (validated first).

    Each row holds every Triple field; ``date`` becomes a ``datetime.date`` or is left out when
    empty. Raises ``InputError`` on an unknown relation, an empty actor id or a malformed date.
    """
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for triple in triples:
        what = f"triple {triple.id}"
        _check_relation(triple.relation, what)
        if not triple.source or not triple.target:
            raise InputError(f"{what}: source and target actor ids must not be empty")
        row: dict[str, Any] = {name: getattr(triple, name) for name in _TRIPLE_FIELDS}
        if triple.date:
            row["date"] = _as_date(triple.date, what)
        else:
            del row["date"]
        grouped[triple.relation].append(row)
    return dict(grouped)


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

    def __str__(self) -> str:
        return (
            f"{self.triples} triples, {self.actors} actors, {self.articles} articles, "
            f"{self.mentions} mentions in {self.batches} batches, {self.seconds:.2f} s"
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


def triple_from(props: Mapping[str, Any], rel_type: str, source: str, target: str) -> Triple:
    """A relationship's properties back as a Triple (absent fields take their defaults)."""
    values = {
        name: plain(props.get(name, _TRIPLE_DEFAULTS[name]))
        for name in _TRIPLE_FIELDS
        if name not in ("source", "target", "relation")
    }
    return Triple(source=source, target=target, relation=rel_type, **values)


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
