"""Neo4j as the system of record: schema, batched idempotent writes, and reads back to a mirror.

The graph in Neo4j::

    (:Actor {id, name, kind, country})
    (:Article {id, source, published: date, lang, url, title, path})
    (:Article)-[:MENTIONS]->(:Actor)                     one per article and actor it names
    (:Actor)-[:<RELATION> {every Triple field}]->(:Actor)  one per triple, from model.RELATIONS

Neo4j-safe properties: strings, ints, floats, booleans and ``date`` values only; a triple's
``date`` (an article's ``published``) is a Neo4j ``date`` when set and absent when ``""``; nothing
is ever null. Every write is ``UNWIND $rows`` in batches through managed transactions, and MERGEs
on ids, so loading the same data twice leaves the database as it was.

Relationship types cannot be query parameters, so each type has its own query text built from
the ``model.RELATIONS`` whitelist at import time; input text only ever selects one of them.

>>> rows = triple_rows([Triple(source="USA", relation="WARNS", target="RUS", article_id="a")])
>>> sorted(rows)
['WARNS']
>>> "date" in rows["WARNS"][0], rows["WARNS"][0]["source"]
(False, 'USA')
"""

from __future__ import annotations

import datetime as dt
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any

import networkx as nx

from geopolgraph.errors import InputError, QueryError
from geopolgraph.graph.mirror import build_mirror
from geopolgraph.model import RELATIONS, Actor, Article, Triple

if TYPE_CHECKING:  # pragma: no cover
    import neo4j

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "LoadSummary",
    "actor_rows",
    "article_rows",
    "count_graph",
    "delete_articles",
    "ensure_schema",
    "mention_rows",
    "read_graph",
    "read_records",
    "read_subgraph",
    "schema_statements",
    "triple_rows",
    "write_graph",
]

DEFAULT_BATCH_SIZE = 1000
_TRIPLE_FIELDS = tuple(f.name for f in fields(Triple))
_TRIPLE_DEFAULTS = {f.name: f.default for f in fields(Triple)}
_ARTICLE_FIELDS = tuple(f.name for f in fields(Article) if f.name != "text")
_RELATION_SET = frozenset(RELATIONS)

# --- schema ----------------------------------------------------------------------------------

_NODE_CONSTRAINTS = (
    "CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE",
    "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE",
)
#: Relationship uniqueness constraints exist in Community since 5.7 (checked on 5.26.30).
_REL_CONSTRAINTS = {
    rel: f"CREATE CONSTRAINT rel_{rel.lower()}_id IF NOT EXISTS "
    f"FOR ()-[r:{rel}]-() REQUIRE r.id IS UNIQUE"
    for rel in RELATIONS
}
#: Fallback where a server refuses relationship constraints: a plain property index.
_REL_INDEXES = {
    rel: f"CREATE INDEX rel_{rel.lower()}_id IF NOT EXISTS FOR ()-[r:{rel}]-() ON (r.id)"
    for rel in RELATIONS
}


def schema_statements() -> list[str]:
    """The constraint statements ``ensure_schema`` runs (node ids, then one per relation)."""
    return [*_NODE_CONSTRAINTS, *(_REL_CONSTRAINTS[rel] for rel in RELATIONS)]


def ensure_schema(driver: neo4j.Driver, database: str | None = None) -> None:
    """Create the id constraints (idempotent). Falls back to an index per relationship type."""
    from neo4j.exceptions import ClientError

    for statement in _NODE_CONSTRAINTS:
        driver.execute_query(statement, database_=database)
    for rel in RELATIONS:
        try:
            driver.execute_query(_REL_CONSTRAINTS[rel], database_=database)
        except ClientError:
            driver.execute_query(_REL_INDEXES[rel], database_=database)


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


# --- writes ----------------------------------------------------------------------------------

_ACTOR_QUERY = """
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
SET a += row
"""
_ARTICLE_QUERY = """
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a += row
"""
_MENTION_QUERY = """
UNWIND $rows AS row
MERGE (ar:Article {id: row.article})
WITH ar, row
UNWIND row.actors AS actor
MERGE (ac:Actor {id: actor})
MERGE (ar)-[:MENTIONS]->(ac)
"""
#: One query text per relationship type, from the whitelist only.
_TRIPLE_QUERIES = {
    rel: f"""
UNWIND $rows AS row
MERGE (s:Actor {{id: row.source}})
MERGE (t:Actor {{id: row.target}})
MERGE (s)-[r:{rel} {{id: row.id}}]->(t)
SET r += row
"""
    for rel in RELATIONS
}
#: The naive way, for the benchmark's baseline: one query per triple doing the same work as a
#: batched load (both actors, the relationship, the article and its two MENTIONS).
_SINGLE_TRIPLE_QUERIES = {
    rel: f"""
MERGE (s:Actor {{id: $row.source}})
MERGE (t:Actor {{id: $row.target}})
MERGE (s)-[r:{rel} {{id: $row.id}}]->(t)
SET r += $row
WITH s, t
MERGE (a:Article {{id: $row.article_id}})
MERGE (a)-[:MENTIONS]->(s)
MERGE (a)-[:MENTIONS]->(t)
"""
    for rel in RELATIONS
}


@dataclass
class LoadSummary:
    """What ``write_graph`` sent (rows, not changes: a re-load sends the same numbers)."""

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


def _batches(rows: Sequence[dict[str, Any]], size: int) -> Iterator[Sequence[dict[str, Any]]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def _run_batches(
    driver: neo4j.Driver,
    database: str | None,
    query: str,
    rows: Sequence[dict[str, Any]],
    batch_size: int,
) -> int:
    def work(tx: neo4j.ManagedTransaction, batch: Sequence[dict[str, Any]]) -> None:
        tx.run(query, rows=list(batch)).consume()

    count = 0
    with driver.session(database=database) as session:
        for batch in _batches(rows, batch_size):
            session.execute_write(work, batch)
            count += 1
    return count


def write_graph(
    driver: neo4j.Driver,
    triples: Iterable[Triple],
    actors: Iterable[Actor] | Mapping[str, Actor] = (),
    articles: Iterable[Article] = (),
    *,
    database: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    schema: bool = True,
) -> LoadSummary:
    """Write actors, articles, triples and mentions; MERGE on ids, so a re-load is a no-op.

    Every row is built (and every relation validated) before the first query is sent.
    """
    if batch_size < 1:
        raise InputError(f"batch size must be at least 1, got {batch_size}")
    started = time.perf_counter()
    triple_list = list(triples)
    by_relation = triple_rows(triple_list)
    actor_list = actor_rows(actors)
    article_list = article_rows(articles)
    mentions = mention_rows(triple_list)
    n_mentions = sum(len(row["actors"]) for row in mentions)

    if schema:
        ensure_schema(driver, database)
    summary = LoadSummary(
        actors=len(actor_list),
        articles=len(article_list),
        triples=len(triple_list),
        mentions=n_mentions,
    )
    summary.batches += _run_batches(driver, database, _ACTOR_QUERY, actor_list, batch_size)
    summary.batches += _run_batches(driver, database, _ARTICLE_QUERY, article_list, batch_size)
    for rel in RELATIONS:  # fixed order: the same load always runs the same queries
        rows = by_relation.get(rel)
        if rows:
            query = _TRIPLE_QUERIES[rel]
            summary.batches += _run_batches(driver, database, query, rows, batch_size)
    summary.batches += _run_batches(driver, database, _MENTION_QUERY, mentions, batch_size)
    summary.seconds = time.perf_counter() - started
    return summary


def write_triples_one_by_one(
    driver: neo4j.Driver, triples: Iterable[Triple], database: str | None = None
) -> int:
    """The naive baseline: one auto-commit query per triple (for the benchmark only).

    Each query writes what ``write_graph`` writes for that triple (triples need an article id).
    """
    by_relation = triple_rows(triples)
    count = 0
    with driver.session(database=database) as session:
        for rel in RELATIONS:
            for row in by_relation.get(rel, ()):
                session.run(_SINGLE_TRIPLE_QUERIES[rel], row=row).consume()
                count += 1
    return count


def delete_articles(
    driver: neo4j.Driver,
    article_ids: Iterable[str],
    database: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> None:
    """Delete these articles, their triples' relationships and then any actor left unconnected."""
    ids = sorted(set(article_ids))
    rel_query = """
    UNWIND $rows AS aid
    MATCH (:Actor)-[r]->(:Actor) WHERE r.article_id = aid
    DELETE r
    """
    art_query = """
    UNWIND $rows AS aid
    MATCH (a:Article {id: aid})
    DETACH DELETE a
    """
    _run_plain(driver, database, rel_query, ids, batch_size)
    _run_plain(driver, database, art_query, ids, batch_size)
    driver.execute_query(
        "MATCH (a:Actor) WHERE NOT (a)--() DELETE a", database_=database
    )


def _run_plain(
    driver: neo4j.Driver, database: str | None, query: str, ids: list[str], size: int
) -> None:
    def work(tx: neo4j.ManagedTransaction, batch: list[str]) -> None:
        tx.run(query, rows=batch).consume()

    with driver.session(database=database) as session:
        for start in range(0, len(ids), size):
            session.execute_write(work, ids[start : start + size])


# --- reads -----------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    """Neo4j temporal values back to ISO strings; everything else as is."""
    if hasattr(value, "iso_format"):
        return value.iso_format()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _triple_from(props: Mapping[str, Any], rel_type: str, source: str, target: str) -> Triple:
    values = {
        name: _plain(props.get(name, _TRIPLE_DEFAULTS[name]))
        for name in _TRIPLE_FIELDS
        if name not in ("source", "target", "relation")
    }
    return Triple(source=source, target=target, relation=rel_type, **values)


def _actor_from(props: Mapping[str, Any]) -> Actor:
    return Actor(
        id=str(props["id"]),
        name=str(props.get("name", "")),
        kind=str(props.get("kind", "")),
        country=str(props.get("country", "")),
    )


def _article_from(props: Mapping[str, Any]) -> Article:
    values = {name: str(_plain(props.get(name, ""))) for name in _ARTICLE_FIELDS}
    return Article(text="", **values)


def read_records(
    driver: neo4j.Driver, database: str | None = None
) -> tuple[list[Article], list[Triple], dict[str, Actor]]:
    """Everything in the store as the project's records: ``(articles, triples, actors)``."""
    import neo4j as _neo4j

    def work(
        tx: neo4j.ManagedTransaction,
    ) -> tuple[list[Article], list[Triple], dict[str, Actor]]:
        actors = {
            a.id: a
            for a in (
                _actor_from(rec["a"])
                for rec in tx.run("MATCH (a:Actor) RETURN properties(a) AS a")
            )
        }
        articles = [
            _article_from(rec["a"])
            for rec in tx.run("MATCH (a:Article) RETURN properties(a) AS a ORDER BY a.id")
        ]
        triples = [
            _triple_from(rec["p"], rec["type"], rec["s"], rec["t"])
            for rec in tx.run(
                "MATCH (s:Actor)-[r]->(t:Actor) WHERE type(r) IN $relations "
                "RETURN s.id AS s, t.id AS t, type(r) AS type, properties(r) AS p",
                relations=list(RELATIONS),
            )
        ]
        return articles, triples, actors

    with driver.session(database=database, default_access_mode=_neo4j.READ_ACCESS) as session:
        return session.execute_read(work)


def read_graph(driver: neo4j.Driver, database: str | None = None) -> nx.MultiDiGraph:
    """The whole store as a mirror (``mirror.build_mirror`` layout), isolated actors included."""
    articles, triples, actors = read_records(driver, database)
    G = build_mirror(triples, actors, articles)
    for actor in actors.values():
        if actor.id not in G:
            G.add_node(actor.id, name=actor.name, kind=actor.kind, country=actor.country)
    return G


def _walk(value: Any, visit: Callable[[Any], None]) -> None:
    from neo4j.graph import Node, Path, Relationship

    if isinstance(value, Node | Relationship):
        visit(value)
    elif isinstance(value, Path):
        for node in value.nodes:
            visit(node)
        for rel in value.relationships:
            visit(rel)
    elif isinstance(value, list | tuple):
        for item in value:
            _walk(item, visit)
    elif isinstance(value, dict):
        for item in value.values():
            _walk(item, visit)


def read_subgraph(
    driver: neo4j.Driver,
    cypher: str,
    params: Mapping[str, Any] | None = None,
    database: str | None = None,
) -> nx.MultiDiGraph:
    """The mirror of what a (read-only, parameterised) query returns.

    Every ``Actor`` node, relation-typed relationship and path in the records becomes part of
    the graph; relationship endpoints are added with their attributes, and
    ``G.graph["articles"]`` holds the metadata of the articles those triples come from.
    """
    from neo4j.exceptions import ClientError
    from neo4j.graph import Node, Relationship

    import neo4j as _neo4j

    def work(
        tx: neo4j.ManagedTransaction,
    ) -> tuple[dict[str, Actor], list[Triple], list[Article]]:
        actors: dict[str, Actor] = {}
        triples: dict[str, Triple] = {}
        endpoint_ids: set[str] = set()

        def visit(item: Any) -> None:
            if isinstance(item, Node):
                if "Actor" in item.labels and "id" in item:
                    actors[str(item["id"])] = _actor_from(dict(item))
            elif isinstance(item, Relationship) and item.type in _RELATION_SET:
                props = dict(item)
                start, end = item.start_node, item.end_node
                source = props.get("source") or (start.get("id") if start is not None else None)
                target = props.get("target") or (end.get("id") if end is not None else None)
                if source is None or target is None:
                    return
                triple = _triple_from(props, item.type, str(source), str(target))
                triples[triple.id] = triple
                endpoint_ids.update((triple.source, triple.target))

        for record in tx.run(cypher, dict(params or {})):
            _walk(list(record.values()), visit)
        missing = sorted(endpoint_ids - actors.keys())
        if missing:
            for rec in tx.run(
                "MATCH (a:Actor) WHERE a.id IN $ids RETURN properties(a) AS a", ids=missing
            ):
                actor = _actor_from(rec["a"])
                actors[actor.id] = actor
        article_ids = sorted({t.article_id for t in triples.values() if t.article_id})
        articles = [
            _article_from(rec["a"])
            for rec in tx.run(
                "MATCH (a:Article) WHERE a.id IN $ids RETURN properties(a) AS a ORDER BY a.id",
                ids=article_ids,
            )
        ]
        return actors, list(triples.values()), articles

    try:
        with driver.session(
            database=database, default_access_mode=_neo4j.READ_ACCESS
        ) as session:
            actors, triples, articles = session.execute_read(work)
    except ClientError as exc:
        raise QueryError(f"the query failed: {exc.message}") from exc
    G = build_mirror(triples, actors, articles)
    for actor in actors.values():
        if actor.id not in G:
            G.add_node(actor.id, name=actor.name, kind=actor.kind, country=actor.country)
    return G


def count_graph(driver: neo4j.Driver, database: str | None = None) -> dict[str, int]:
    """Node, relationship and property counts (what a re-load must leave unchanged)."""
    records, _, _ = driver.execute_query(
        """
        CALL () { MATCH (n) RETURN count(n) AS nodes,
                   sum(size(keys(n))) AS node_props }
        CALL () { MATCH ()-[r]->() RETURN count(r) AS rels,
                   sum(size(keys(r))) AS rel_props }
        RETURN nodes, rels, node_props + rel_props AS properties
        """,
        database_=database,
    )
    rec = records[0]
    return {"nodes": rec["nodes"], "relationships": rec["rels"], "properties": rec["properties"]}


def checksum(driver: neo4j.Driver, database: str | None = None) -> str:
    """A SHA-256 over every node (labels, properties) and relationship (type, endpoints'
    element ids, properties) in the store: equal before and after means nothing changed."""
    import hashlib

    digest = hashlib.sha256()
    for query in (
        "MATCH (n) RETURN elementId(n) AS id, labels(n) AS l, properties(n) AS p ORDER BY id",
        "MATCH (a)-[r]->(b) RETURN elementId(r) AS id, [type(r), elementId(a), elementId(b)] "
        "AS l, properties(r) AS p ORDER BY id",
    ):
        records, _, _ = driver.execute_query(query, database_=database, routing_="r")
        for rec in records:
            props = sorted((k, repr(_plain(v))) for k, v in rec["p"].items())
            digest.update(repr((rec["id"], sorted(rec["l"]), props)).encode())
    return digest.hexdigest()
