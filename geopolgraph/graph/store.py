"""The one door to Neo4j: connection settings, the driver, every transaction, every driver error.

This module and its two parts are the only ones of the package that import the ``neo4j``
driver: ``graph/connection.py`` (``Settings``, the driver and its sessions, the translation of
driver errors; the base class of ``Store``) and ``graph/answers.py`` (driver values as plain
Python), both re-exported here. (``graph/server.py``, which starts the local server, asks a
``Store`` whether it answers.) Everything that talks to the server (the CLI, ``queries.runner``,
``graph.sync``, the notebooks, ``bench/``) holds a ``Store``::

    from geopolgraph.graph.store import Store

    with Store() as store:                      # settings from the environment, see Settings
        store.write_graph(triples, actors, articles)          # MERGE in UNWIND batches
        keys, rows = store.run_read("MATCH (a:Actor) RETURN a.id AS id LIMIT $n", {"n": 5})
        G = store.read_graph()                  # the whole store as a NetworkX mirror

Public API (small on purpose):

- ``Settings`` (``Settings.resolve()``: ``NEO4J_URI``/``USERNAME``/``PASSWORD``/``DATABASE``,
  each winning over the local server's record; without either, the local server at
  ``GEOPOLGRAPH_NEO4J_PORT`` (7687) with this folder's generated password).
- ``Store(settings=None, timeout=5.0)``: opens the driver lazily, on first use, and checks
  once (connectivity, credentials, database) with a short timeout. ``.connect()`` does that
  now; ``.close()`` (or ``with``) closes it.
- reads: ``.run_read(text, params, check=True)`` (read transaction; with ``check`` the server's
  plan must be a plain read, see ``queries.readonly``), ``.read(statement, params)`` (a trusted
  statement from ``graph.statements``, rows as dicts), ``.read_records()``, ``.read_graph()``,
  ``.read_subgraph(cypher, params)``, ``.counts(prefix=None)``, ``.checksum()``.
- writes: ``.write_graph(triples, actors, articles, batch_size=1000)`` (idempotent MERGE),
  ``.write_rows(statement, rows, batch_size)`` (any ``UNWIND $rows`` statement, in batches of
  managed write transactions), ``.ensure_schema()``, ``.delete_articles(ids)``,
  ``.delete_prefix(prefix)``, ``.update_derived()`` (the derived actor properties, also
  recomputed by every write and delete), ``.run_auto(statement, params)`` (auto-commit, for
  ``CALL { … } IN TRANSACTIONS``).

Every driver error becomes one of the project's own (``geopolgraph.errors``), in one place
(``_translate``, in ``graph/connection.py``), with a message naming the URI and what to do:
``ServerUnreachable``, ``AuthFailed``, ``DatabaseMissing``, ``ConstraintViolated``,
``QueryError`` (the server refused a statement), ``QueryRefused`` (the read-only check),
``ServerError`` (anything else).

>>> s = Settings("bolt://127.0.0.1:9", "neo4j", "pw", "neo4j", "NEO4J_URI")
>>> Store(s).uri   # nothing is opened until the first query
'bolt://127.0.0.1:9'
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import networkx as nx

from geopolgraph.errors import InputError, QueryError
from geopolgraph.graph import statements as cy
from geopolgraph.graph import upkeep
from geopolgraph.graph.answers import _mirror, _python, _Rel, _visitor, _walk, notice_line
from geopolgraph.graph.connection import RETRY_SECONDS as RETRY_SECONDS
from geopolgraph.graph.connection import Connection, Settings
from geopolgraph.graph.connection import _message as _message
from geopolgraph.graph.connection import _translate as _translate
from geopolgraph.graph.readonly import check_plan
from geopolgraph.graph.rows import (
    DEFAULT_BATCH_SIZE,
    LoadSummary,
    actor_from,
    actor_rows,
    article_from,
    article_rows,
    mention_rows,
    sentence_rows,
    triple_from,
    triple_rows,
)
from geopolgraph.model import RELATIONS, Actor, Article, Triple
from geopolgraph.progress import progress

if TYPE_CHECKING:  # pragma: no cover
    import neo4j

# The driver also logs every notification (a multi-line dump on stderr); run_read reports them
# itself, one line each, to whoever asks for them.
logging.getLogger("neo4j.notifications").setLevel(logging.ERROR)

__all__ = ["DEFAULT_BATCH_SIZE", "LoadSummary", "Settings", "Store", "notice_line"]


class Store(Connection):
    """A Neo4j database reached with ``settings`` (default ``Settings.resolve()``).

    The connection (``settings``, ``timeout``, ``.connect()``, ``.close()``, ``with``) is
    ``graph.connection.Connection``'s; this class adds the reads and writes.
    """

    def __repr__(self) -> str:
        return f"Store({self.uri!r}, database={self.database!r})"

    # --- reads ---------------------------------------------------------------------------------

    def run_read(
        self, text: str, params: Mapping[str, Any] | None = None, *, check: bool = True,
        notices: list[str] | None = None, timeout: float | None = None,
    ) -> tuple[list[str], list[list[Any]]]:
        """Run ``text`` in a read transaction: ``(column names, rows)`` as plain Python.

        With ``check`` (the default, and always for user text) the server plans it first
        (``EXPLAIN``, same transaction) and ``QueryRefused`` is raised unless the plan is a
        plain read (``queries.readonly.plan_refusal``). ``check=False`` is for the package's
        own statements, and lets tests show the read transaction alone refuses writes.

        With a ``notices`` list, the server's notifications of WARNING severity (an unknown
        property, label or relationship type; a cartesian product) are appended to it, one line
        each (:func:`notice_line`). ``timeout`` (seconds) stops the transaction on the server.
        """
        import neo4j

        values = dict(params or {})

        def work(tx: neo4j.ManagedTransaction) -> tuple[list[str], list[list[Any]]]:
            if check:
                summary = tx.run(cy.explain(text), values).consume()
                check_plan(summary.query_type, summary.plan)
            result = tx.run(text, values)
            keys = list(result.keys())
            rows = [[_python(v) for v in record.values()] for record in result]
            if notices is not None:
                notices.extend(
                    notice_line(status) for status in result.consume().gql_status_objects
                    if status.is_notification and status.raw_severity == "WARNING"
                )
            return keys, rows

        if timeout is not None:
            work = neo4j.unit_of_work(timeout=timeout)(work)
        with self._errors(), self._session(read=True, quiet=notices is None) as session:
            return session.execute_read(work)

    def read(
        self, statement: str, params: Mapping[str, Any] | None = None
    ) -> list[dict[str, Any]]:
        """A trusted statement (``graph.statements``) in a read transaction: rows as dicts."""
        keys, rows = self.run_read(statement, params, check=False)
        return [dict(zip(keys, row, strict=True)) for row in rows]

    def read_records(self) -> tuple[list[Article], list[Triple], dict[str, Actor]]:
        """Everything in the store as the project's records: ``(articles, triples, actors)``."""
        actors = {a.id: a for a in (actor_from(r["a"]) for r in self.read(cy.READ_ACTORS))}
        articles = [article_from(r["a"]) for r in self.read(cy.READ_ARTICLES)]
        triples = [
            triple_from(r["p"], r["type"], r["s"], r["t"], r["evidence"])
            for r in self.read(cy.READ_TRIPLES, {"relations": list(RELATIONS)})
        ]
        return articles, triples, actors

    def read_graph(self) -> nx.MultiDiGraph:
        """The whole store as a mirror (``mirror.build_mirror`` layout), isolated actors too."""
        articles, triples, actors = self.read_records()
        return _mirror(triples, actors, articles)

    def read_subgraph(
        self, cypher: str, params: Mapping[str, Any] | None = None
    ) -> nx.MultiDiGraph:
        """The mirror of what a read-only, parameterised query returns.

        Every ``Actor`` node, relation-typed relationship and path in the records becomes part
        of the graph; relationship endpoints are added with their attributes, and
        ``G.graph["articles"]`` holds the metadata of the articles those triples come from.
        """
        values = dict(params or {})

        def work(tx: neo4j.ManagedTransaction) -> tuple[dict[str, Actor], list[_Rel]]:
            actors: dict[str, Actor] = {}
            rels: dict[str, _Rel] = {}
            visit = _visitor(actors, rels)
            for record in tx.run(cypher, values):
                _walk(list(record.values()), visit)
            return actors, list(rels.values())

        with self._errors(), self._session(read=True, quiet=True) as session:
            actors, rels = session.execute_read(work)
        unknown = sorted({e[1:] for r in rels for e in r[2:] if e.startswith("\x00")})
        if unknown:
            found = {"\x00" + row["element"]: row["id"]
                     for row in self.read(cy.READ_IDS_BY_ELEMENT, {"ids": unknown})}
            rels = [(p, kind, found.get(s, s), found.get(t, t)) for p, kind, s, t in rels]
        sentence_ids = sorted({str(r[0]["sentence_id"]) for r in rels if "sentence_id" in r[0]})
        texts = {row["id"]: row["text"] for row in self.read(
            cy.READ_SENTENCES_BY_ID, {"ids": sentence_ids})} if sentence_ids else {}
        triples = [triple_from(p, kind, s, t, texts.get(str(p.get("sentence_id")), ""))
                   for p, kind, s, t in rels]
        ends = {t.source for t in triples} | {t.target for t in triples}
        missing = sorted(ends - actors.keys())
        if missing:
            for row in self.read(cy.READ_ACTORS_BY_ID, {"ids": missing}):
                actor = actor_from(row["a"])
                actors[actor.id] = actor
        ids = sorted({t.article_id for t in triples if t.article_id})
        articles = [article_from(r["a"]) for r in self.read(cy.READ_ARTICLES_BY_ID, {"ids": ids})]
        return _mirror(triples, actors, articles)

    def counts(self, prefix: str | None = None) -> dict[str, int]:
        """Nodes, relationships and properties (of the ids starting with ``prefix``, if given):
        what a re-load must leave unchanged."""
        if prefix is None:
            row = self.read(cy.COUNTS)[0]
        else:
            row = self.read(cy.COUNTS_PREFIX, {"p": prefix})[0]
        return {"nodes": row["nodes"], "relationships": row["rels"],
                "properties": row["properties"]}

    def checksum(self) -> str:
        """SHA-256 over every node (labels, properties) and relationship (type, endpoints,
        properties): equal before and after means nothing in the store changed."""
        digest = hashlib.sha256()
        for statement in (cy.CHECKSUM_NODES, cy.CHECKSUM_RELATIONSHIPS):
            for row in self.read(statement):
                props = sorted((k, repr(v)) for k, v in row["p"].items())
                digest.update(repr((row["id"], sorted(map(str, row["what"])), props)).encode())
        return digest.hexdigest()

    # --- writes --------------------------------------------------------------------------------

    def write_rows(
        self, statement: str, rows: Sequence[Any], batch_size: int = DEFAULT_BATCH_SIZE,
        bar: Any = None, returned: list[dict[str, Any]] | None = None,
    ) -> int:
        """Send ``rows`` to an ``UNWIND $rows`` statement, ``batch_size`` rows per managed write
        transaction (retried on transient errors); returns the number of batches. A progress
        ``bar`` (``geopolgraph.progress``) moves by each batch's rows; with a ``returned`` list,
        the records the statement returns are appended to it (driver values, as dicts)."""
        if batch_size < 1:
            raise InputError(f"batch size must be at least 1, got {batch_size}")

        def work(tx: neo4j.ManagedTransaction, batch: list[Any]) -> list[dict[str, Any]]:
            result = tx.run(statement, rows=batch)
            if returned is None:
                result.consume()
                return []
            return [record.data() for record in result]

        count = 0
        with self._errors(), self._session() as session:
            for start in range(0, len(rows), batch_size):
                records = session.execute_write(work, list(rows[start : start + batch_size]))
                if returned is not None:
                    returned.extend(records)
                count += 1
                if bar is not None:
                    bar.update(min(batch_size, len(rows) - start))
        return count

    def run_auto(self, statement: str, params: Mapping[str, Any] | None = None) -> None:
        """One auto-commit statement (``CALL { … } IN TRANSACTIONS`` needs one; not retried)."""
        with self._errors(), self._session() as session:
            session.run(statement, dict(params or {})).consume()

    def ensure_schema(self) -> None:
        """Create the id constraints (idempotent). Falls back to an index per relationship type
        where the server refuses relationship constraints."""
        for statement in cy.NODE_CONSTRAINTS:
            self.run_auto(statement)
        for rel in RELATIONS:
            try:
                self.run_auto(cy.REL_CONSTRAINTS[rel])
            except QueryError:
                self.run_auto(cy.REL_INDEXES[rel])

    def write_graph(
        self,
        triples: Iterable[Triple],
        actors: Iterable[Actor] | Mapping[str, Actor] = (),
        articles: Iterable[Article] = (),
        *,
        batch_size: int = DEFAULT_BATCH_SIZE,
        schema: bool = True,
        derived: bool = True,
    ) -> LoadSummary:
        """Write actors, articles, sentences, mentions and triples by id: a re-load changes
        nothing and writes nothing.

        Every row is built (and every relation validated) before the first statement is sent.
        Nodes are MERGEd on their ids; a triple new to the store is CREATEd between its actors,
        one it holds is updated only where a property differs (``statements.WRITE_TRIPLES``).
        With ``derived`` the derived actor properties follow what was written
        (:meth:`_derived_after`).
        """
        if batch_size < 1:
            raise InputError(f"batch size must be at least 1, got {batch_size}")
        started = time.perf_counter()
        triple_list = list(triples)
        by_relation = triple_rows(triple_list)
        actor_list = actor_rows(actors)
        listed = {row["id"] for row in actor_list}
        ends = {row[end] for rows in by_relation.values() for row in rows
                for end in ("source", "target")}
        actor_list += [{"id": ident} for ident in sorted(ends - listed)]  # bare, as MERGE made
        article_list = article_rows(articles)
        mentions = mention_rows(triple_list)
        sentences = sentence_rows(triple_list)
        if schema:
            self.ensure_schema()
        summary = LoadSummary(
            actors=len(listed), articles=len(article_list), triples=len(triple_list),
            mentions=sum(len(row["actors"]) for row in mentions),
        )
        total = (len(actor_list) + len(article_list) + len(mentions) + len(sentences)
                 + sum(len(rows) for rows in by_relation.values()))
        written: list[dict[str, Any]] = []
        with progress(total=total, desc="load", unit="row") as bar:
            summary.batches += self.write_rows(cy.WRITE_ACTORS, actor_list, batch_size, bar)
            summary.batches += self.write_rows(cy.WRITE_ARTICLES, article_list, batch_size, bar)
            summary.batches += self.write_rows(cy.WRITE_SENTENCES, sentences, batch_size, bar)
            summary.batches += self.write_rows(cy.WRITE_MENTIONS, mentions, batch_size, bar)
            summary.batches += self._write_triples(by_relation, batch_size, bar, written)
        summary.created = sum(1 for record in written if record["created"])
        if derived and written:
            derived_started = time.perf_counter()
            self._derived_after(triple_list, written)
            summary.derived_seconds = time.perf_counter() - derived_started
        summary.seconds = time.perf_counter() - started
        return summary

    def _write_triples(
        self, by_relation: Mapping[str, list[dict[str, Any]]], batch_size: int, bar: Any,
        written: list[dict[str, Any]],
    ) -> int:
        """Write the triple rows, type by type in a fixed order, ``batch_size`` per write
        transaction: which ones are new or changed is read first (``CHECK_TRIPLES``, appended to
        ``written``), then the new ones are created (``CREATE_TRIPLES``) and the changed ones
        set (``WRITE_TRIPLES``) in the same transaction. Returns the number of batches."""

        def work(tx: neo4j.ManagedTransaction, rel: str, batch: list[dict[str, Any]]
                 ) -> list[dict[str, Any]]:
            found = tx.run(cy.CHECK_TRIPLES[rel], rows=batch).data()
            state = {record["id"]: record["created"] for record in found}
            new = [row for row in batch if state.get(row["id"]) is True]
            changed = [row for row in batch if state.get(row["id"]) is False]
            if new:
                tx.run(cy.CREATE_TRIPLES[rel], rows=new).consume()
            if changed:
                tx.run(cy.WRITE_TRIPLES[rel], rows=changed).consume()
            return found

        count = 0
        with self._errors(), self._session() as session:
            for rel in RELATIONS:
                rows = by_relation.get(rel, [])
                for start in range(0, len(rows), batch_size):
                    batch = rows[start : start + batch_size]
                    written.extend(session.execute_write(work, rel, batch))
                    count += 1
                    bar.update(len(batch))
        return count

    def _derived_after(self, triples: list[Triple], written: list[dict[str, Any]]) -> None:
        """The derived actor properties after a load that wrote ``written``
        (``upkeep.derived_after``)."""
        upkeep.derived_after(self, triples, written)

    def update_derived(self) -> int:
        """Recompute the derived actor properties (``graph.derived``: degrees, weighted degree,
        PageRank, first/last seen) over the whole store and store them; returns the actors."""
        return upkeep.update_derived(self)

    def migrate_lean(self, batch_size: int = 5000) -> int:
        """Move evidence text written before the lean layout (``graph.rows``) to Sentence nodes
        and drop the relationships' copies of their ends; returns the relationships changed.
        Idempotent: a lean store has nothing to move (``upkeep.migrate_lean``)."""
        return upkeep.migrate_lean(self, batch_size)

    def write_one_by_one(self, triples: Iterable[Triple]) -> int:
        """The naive baseline (benchmark only): one auto-commit statement per triple, doing what
        ``write_graph`` does for it (triples need an article id)."""
        by_relation = triple_rows(triples)
        count = 0
        with self._errors(), self._session() as session:
            for rel in RELATIONS:
                for row in by_relation.get(rel, ()):
                    session.run(cy.WRITE_ONE_TRIPLE[rel], row=row).consume()
                    count += 1
        return count

    def delete_articles(
        self, article_ids: Iterable[str], batch_size: int = DEFAULT_BATCH_SIZE
    ) -> None:
        """Delete these articles, their triples and then any actor left unconnected."""
        ids = sorted(set(article_ids))
        for statement in (cy.DELETE_ARTICLE_RELATIONSHIPS, cy.DELETE_ARTICLES,
                          cy.DELETE_ARTICLE_SENTENCES):
            self.write_rows(statement, ids, batch_size)
        self.run_auto(cy.DELETE_ORPHAN_ACTORS)
        self.update_derived()

    def delete_prefix(self, prefix: str) -> None:
        """Delete every actor, article and triple whose id starts with ``prefix`` (what tests
        and benchmarks write); refuses an empty prefix."""
        if not prefix:
            raise InputError("delete_prefix needs a non-empty prefix")
        for statement in cy.DELETE_PREFIX:
            self.run_auto(statement, {"p": prefix})
        self.update_derived()
