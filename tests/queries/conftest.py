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

import networkx as nx
import pytest

from geopolgraph.graph.store import Store
from geopolgraph.queries.synthetic import prefixed, synthetic_graph


@dataclass
class Loaded:
    """One graph loaded under its prefix, and the store that holds it."""

    db: Store
    prefix: str
    graph: nx.MultiDiGraph
    _store: tuple[dict[str, int], nx.MultiDiGraph] | None = None

    def store(self) -> nx.MultiDiGraph:
        """Everything in the store as a mirror (re-read only when the counts changed)."""
        counts = self.db.counts()
        if self._store is None or self._store[0] != counts:
            self._store = (counts, self.db.read_graph())
        return self._store[1]


@pytest.fixture(scope="session")
def seed_graph() -> nx.MultiDiGraph:
    """The seed article's mirror, as the pipeline builds it."""
    from geopolgraph.pipeline import build_graph

    return build_graph(["seeds/"])


@pytest.fixture(scope="session")
def synth_graph() -> nx.MultiDiGraph:
    return synthetic_graph(3000, n_actors=60, seed=11)


def _load(store: Store, graph: nx.MultiDiGraph, tag: str) -> Iterator[Loaded]:
    from geopolgraph.graph.sync import mirror_to_neo4j

    # letters only, so a prefixed id still looks like an id ("gpgqabcdefghseed:RUS") and is
    # checked against the store, not resolved as a name (geopolgraph.actors)
    prefix = "gpgq" + "".join(chr(97 + b % 26) for b in uuid.uuid4().bytes[:8]) + tag + ":"
    try:
        state = Loaded(store, prefix, prefixed(graph, prefix))
        mirror_to_neo4j(state.graph, store)
        yield state
    finally:
        store.delete_prefix(prefix)


@pytest.fixture(scope="session")
def loaded_seed(neo4j_store: Store, seed_graph: nx.MultiDiGraph) -> Iterator[Loaded]:
    yield from _load(neo4j_store, seed_graph, "seed")


@pytest.fixture(scope="session")
def loaded_synth(neo4j_store: Store, synth_graph: nx.MultiDiGraph) -> Iterator[Loaded]:
    yield from _load(neo4j_store, synth_graph, "syn")
