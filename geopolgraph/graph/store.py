"""The one door to Neo4j: connection settings, the driver, every transaction, every driver error.

This is the only module of the package that imports the ``neo4j`` driver (``graph/server.py``,
which starts the local server, asks a ``Store`` whether it answers). Everything that talks to
the server (the CLI, ``queries.runner``, ``graph.sync``, the notebooks, ``bench/``) holds a
``Store``::

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
(``_translate``), with a message naming the URI and what to do: ``ServerUnreachable``,
``AuthFailed``, ``DatabaseMissing``, ``ConstraintViolated``, ``QueryError`` (the server refused
a statement), ``QueryRefused`` (the read-only check), ``ServerError`` (anything else).

>>> s = Settings("bolt://127.0.0.1:9", "neo4j", "pw", "neo4j", "NEO4J_URI")
>>> Store(s).uri   # nothing is opened until the first query
'bolt://127.0.0.1:9'
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import networkx as nx

from geopolgraph.errors import (
    AuthFailed,
    ConstraintViolated,
    DatabaseMissing,
    GeopolgraphError,
    InputError,
    QueryError,
    ServerError,
    ServerUnreachable,
)
from geopolgraph.graph import statements as cy
from geopolgraph.graph import upkeep
from geopolgraph.graph.mirror import build_mirror
from geopolgraph.graph.readonly import check_plan
from geopolgraph.graph.rows import (
    DEFAULT_BATCH_SIZE,
    LoadSummary,
    actor_from,
    actor_rows,
    article_from,
    article_rows,
    mention_rows,
    plain,
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

#: Seconds a managed transaction is retried on transient errors (deadlocks between concurrent
#: loads, a leader switch); the driver's own default of 30 s made an unreachable server hang.
RETRY_SECONDS = 15.0
_RELATION_SET = frozenset(RELATIONS)


@dataclass(frozen=True)
class Settings:
    """Where and as whom to connect; ``origin`` says where the URI came from (for messages)."""

    uri: str
    user: str
    password: str
    database: str
    origin: str = "local"  # "NEO4J_URI" or "local" (the local server of this folder)

    @classmethod
    def resolve(cls) -> Settings:
        """The settings every command uses (see ``graph.server.connection_settings``)."""
        from geopolgraph.graph.server import connection_settings

        uri, user, password, database = connection_settings()
        return cls(uri, user, password, database,
                   "NEO4J_URI" if os.environ.get("NEO4J_URI") else "local")

    def hint(self) -> str:
        """What the user can do when this server does not answer."""
        if self.origin == "NEO4J_URI":
            return ("is that server running? check NEO4J_URI, or unset it and run "
                    "`geopolgraph neo4j start` for the local one")
        return "start it with `geopolgraph neo4j start` (or set NEO4J_URI to a server of yours)"


def _message(exc: Exception) -> str:
    text = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    return " ".join(str(text).split())


def _translate(exc: Exception, settings: Settings) -> GeopolgraphError:
    """The project's error for a driver error: one line naming the URI and what to do."""
    from neo4j import exceptions as ne

    uri = settings.uri
    if isinstance(exc, ne.AuthError) or getattr(exc, "code", "").startswith(
        "Neo.ClientError.Security.Unauthorized"
    ):
        if settings.origin == "NEO4J_URI":
            what = "set NEO4J_USERNAME/NEO4J_PASSWORD to that server's credentials"
        elif os.environ.get("NEO4J_PASSWORD"):
            what = ("unset NEO4J_PASSWORD to use the local server's own password (or restart "
                    "it with `geopolgraph neo4j stop` and `geopolgraph neo4j start`)")
        else:
            what = ("its password file does not match: restart it with `geopolgraph neo4j "
                    "stop` and `geopolgraph neo4j start`")
        return AuthFailed(f"Neo4j at {uri} refused user {settings.user!r} and its password: {what}")
    if isinstance(exc, ne.ConfigurationError | ValueError):
        return ServerUnreachable(
            f"NEO4J_URI {uri!r} is not a Neo4j URI: use bolt://HOST:PORT or neo4j://HOST:PORT"
        )
    if isinstance(exc, ne.ServiceUnavailable | ne.SessionExpired | OSError):
        return ServerUnreachable(f"cannot reach Neo4j at {uri}: {settings.hint()}")
    code = str(getattr(exc, "code", "") or "")
    if code == "Neo.ClientError.Database.DatabaseNotFound":
        return DatabaseMissing(
            f"Neo4j at {uri} has no database {settings.database!r}: set NEO4J_DATABASE to one "
            "it has (SHOW DATABASES lists them)"
        )
    if code == "Neo.ClientError.Schema.ConstraintValidationFailed":
        return ConstraintViolated(f"Neo4j at {uri} refused the data: {_message(exc)}")
    if code.startswith(("Neo.ClientError.Statement", "Neo.ClientError.Procedure")):
        return QueryError(f"the server refused the statement: {_message(exc)}")
    if isinstance(exc, ne.TransientError):
        return ServerError(f"Neo4j at {uri} is busy ({_message(exc)}); try again")
    return ServerError(f"Neo4j at {uri} failed: {_message(exc)}")


def _python(value: Any) -> Any:
    """A driver value as plain Python: nodes and relationships as dicts of their properties
    (plus ``_labels`` / ``_type``), paths as lists of nodes, temporal values as ISO strings."""
    from neo4j.graph import Node, Path, Relationship

    if isinstance(value, Node):
        return {"_labels": sorted(value.labels), **{k: _python(v) for k, v in value.items()}}
    if isinstance(value, Relationship):
        return {"_type": value.type, **{k: _python(v) for k, v in value.items()}}
    if isinstance(value, Path):
        return [_python(n) for n in value.nodes]
    if isinstance(value, list):
        return [_python(v) for v in value]
    if isinstance(value, dict):
        return {k: _python(v) for k, v in value.items()}
    return plain(value)


def notice_line(status: Any) -> str:
    """One of Neo4j's notifications (a GQL status object) as one line, e.g. ``Neo4j: property
    key does not exist. The property `nmae` does not exist. Verify that the spelling is
    correct.``"""
    text = " ".join(str(getattr(status, "status_description", "") or "").split())
    return "Neo4j: " + text.removeprefix("warn: ").removeprefix("info: ")


class Store:
    """A Neo4j database reached with ``settings`` (default ``Settings.resolve()``)."""

    def __init__(self, settings: Settings | None = None, *, timeout: float = 5.0) -> None:
        self.settings = settings or Settings.resolve()
        self.timeout = timeout
        self._driver: neo4j.Driver | None = None

    @property
    def uri(self) -> str:
        return self.settings.uri

    @property
    def database(self) -> str:
        return self.settings.database

    def __repr__(self) -> str:
        return f"Store({self.uri!r}, database={self.database!r})"

    # --- connection ----------------------------------------------------------------------------

    @contextlib.contextmanager
    def _errors(self) -> Iterator[None]:
        """Turn any driver error raised inside into the project's own (the one place)."""
        from neo4j.exceptions import DriverError, Neo4jError

        try:
            yield
        except GeopolgraphError:
            raise
        except (Neo4jError, DriverError, OSError, ValueError) as exc:
            raise _translate(exc, self.settings) from exc

    def connect(self) -> Store:
        """Open the driver and check, once, that the server answers with these credentials and
        has the database; raise the project's error otherwise (within about ``timeout`` s)."""
        if self._driver is not None:
            return self
        import neo4j

        with self._errors():
            driver = neo4j.GraphDatabase.driver(
                self.uri,
                auth=(self.settings.user, self.settings.password),
                connection_timeout=self.timeout,
                connection_acquisition_timeout=2 * self.timeout,
                max_transaction_retry_time=RETRY_SECONDS,
            )
            try:
                driver.verify_connectivity()  # no retries: an unreachable server fails now
                with driver.session(database=self.database) as session:
                    session.run(cy.PING).consume()
            except BaseException:
                driver.close()
                raise
        self._driver = driver
        return self

    @property
    def driver(self) -> neo4j.Driver:
        """The open driver (connecting first). Prefer the methods below: they translate errors."""
        self.connect()
        assert self._driver is not None
        return self._driver

    def close(self) -> None:
        if self._driver is not None:
            with contextlib.suppress(Exception):
                self._driver.close()
            self._driver = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _session(self, read: bool = False, quiet: bool = False) -> Any:
        import neo4j

        options: dict[str, Any] = {"database": self.database}
        if read:
            options["default_access_mode"] = neo4j.READ_ACCESS
        if quiet:  # e.g. "property key does not exist" on an empty store is not an error
            options["notifications_min_severity"] = "OFF"
        else:  # warnings only: INFORMATION notices (e.g. on EXPLAIN) are noise to the user
            options["notifications_min_severity"] = "WARNING"
        return self.driver.session(**options)

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


# --- helpers for read_subgraph ----------------------------------------------------------------


def _mirror(
    triples: list[Triple], actors: dict[str, Actor], articles: list[Article]
) -> nx.MultiDiGraph:
    G = build_mirror(triples, actors, articles)
    for actor in actors.values():
        if actor.id not in G:
            G.add_node(actor.id, name=actor.name, kind=actor.kind, country=actor.country)
    return G


#: A relationship seen in a query's answer: (properties, type, source id, target id).
_Rel = tuple[dict[str, Any], str, str, str]


def _visitor(actors: dict[str, Actor], rels: dict[str, _Rel]) -> Callable[[Any], None]:
    from neo4j.graph import Node, Relationship

    def visit(item: Any) -> None:
        if isinstance(item, Node):
            if "Actor" in item.labels and "id" in item:
                actors[str(item["id"])] = actor_from(dict(item))
        elif isinstance(item, Relationship) and item.type in _RELATION_SET:
            props = dict(item)
            ends = []
            for node, key in ((item.start_node, "source"), (item.end_node, "target")):
                known = props.get(key) or (node.get("id") if node is not None else None)
                # an end returned without its properties: resolved later by element id
                ends.append(str(known) if known is not None else
                            ("\x00" + node.element_id if node is not None else ""))
            if all(ends):
                rels[str(props.get("id", item.element_id))] = (
                    props, item.type, ends[0], ends[1])

    return visit


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
