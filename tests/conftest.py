"""Fixtures shared by every test layer: the real Neo4j (or a skip/fail that says why)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest


@pytest.fixture(scope="session")
def neo4j_store() -> Iterator[object]:
    """A connected ``graph.store.Store`` (the environment's settings); skip if unreachable,
    fail under CI=true."""
    from geopolgraph.errors import GeopolgraphError
    from geopolgraph.graph.store import Store

    store = Store()
    try:
        store.connect()
    except GeopolgraphError as exc:
        message = f"{exc} (run `make neo4j-start`, or set NEO4J_URI/NEO4J_PASSWORD)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    yield store
    store.close()


@pytest.fixture(scope="session")
def neo4j_conn(neo4j_store: object) -> tuple[object, str]:
    """``(store, database)``: the same store, for tests written against the older pair."""
    return neo4j_store, neo4j_store.database  # type: ignore[attr-defined]
