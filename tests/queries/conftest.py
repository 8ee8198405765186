"""Fixtures for the query layer: a live Neo4j (or a skip/fail saying why) holding this run's graphs.

Nothing here wipes the database. Every id loaded starts with a prefix unique to the test run,
so a user's data (``NEO4J_URI``, or what ``geopolgraph load`` put in the local store) is never
touched, and ``cleanup`` deletes exactly those ids. Queries that read the whole store
(``who-does``, ``top-actors``…) are compared with a mirror read back from the store itself.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import networkx as nx
import pytest

from geopolgraph.queries.synthetic import prefixed, synthetic_graph


@dataclass
class Loaded:
    """One graph loaded under its prefix, and the driver that reaches it."""

    driver: Any
    database: str
    prefix: str
    graph: nx.MultiDiGraph
    _store: tuple[tuple[int, int], nx.MultiDiGraph] | None = None

    def store(self) -> nx.MultiDiGraph:
        """Everything in the store as a mirror (re-read only when the counts changed)."""
        from geopolgraph.graph.neo4j import read_graph

        records, _, _ = self.driver.execute_query(
            "CALL () { MATCH (n) RETURN count(n) AS n } "
            "CALL () { MATCH ()-[r]->() RETURN count(r) AS r } RETURN n, r",
            database_=self.database,
        )
        counts = (records[0]["n"], records[0]["r"])
        if self._store is None or self._store[0] != counts:
            self._store = (counts, read_graph(self.driver, self.database))
        return self._store[1]


def _cleanup(driver: Any, database: str, prefix: str) -> None:
    for statement in (
        "MATCH (:Actor)-[r]->(:Actor) WHERE r.article_id STARTS WITH $p DELETE r",
        "MATCH (a:Article) WHERE a.id STARTS WITH $p DETACH DELETE a",
        "MATCH (a:Actor) WHERE a.id STARTS WITH $p DETACH DELETE a",
    ):
        driver.execute_query(statement, p=prefix, database_=database)


@pytest.fixture(scope="session")
def neo4j_driver(neo4j_conn: tuple[Any, str]) -> tuple[Any, str]:
    """``(driver, database)``: the session's live server (tests/conftest.py)."""
    return neo4j_conn


@pytest.fixture(scope="session")
def seed_graph() -> nx.MultiDiGraph:
    """The seed article's mirror, as the pipeline builds it."""
    from geopolgraph.pipeline import build_graph

    return build_graph(["seeds/"])


@pytest.fixture(scope="session")
def synth_graph() -> nx.MultiDiGraph:
    return synthetic_graph(3000, n_actors=60, seed=11)


def _load(driver_db: tuple[Any, str], graph: nx.MultiDiGraph, tag: str) -> Iterator[Loaded]:
    from geopolgraph.graph.sync import mirror_to_neo4j

    driver, database = driver_db
    prefix = f"gpgq-{uuid.uuid4().hex[:8]}-{tag}:"
    try:
        state = Loaded(driver, database, prefix, prefixed(graph, prefix))
        mirror_to_neo4j(state.graph, driver, database=database)
        yield state
    finally:
        _cleanup(driver, database, prefix)


@pytest.fixture(scope="session")
def loaded_seed(
    neo4j_driver: tuple[Any, str], seed_graph: nx.MultiDiGraph
) -> Iterator[Loaded]:
    yield from _load(neo4j_driver, seed_graph, "seed")


@pytest.fixture(scope="session")
def loaded_synth(
    neo4j_driver: tuple[Any, str], synth_graph: nx.MultiDiGraph
) -> Iterator[Loaded]:
    yield from _load(neo4j_driver, synth_graph, "syn")
