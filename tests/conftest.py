"""Fixtures shared by every test layer: the real Neo4j (or a skip/fail that says why)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest


@pytest.fixture(scope="session")
def neo4j_conn() -> Iterator[tuple[object, str]]:
    """``(driver, database)`` for ``connection_settings()``; skip (fail under CI) if unreachable."""
    from geopolgraph.graph import server

    uri, _, _, database = server.connection_settings()
    driver = server.get_driver()
    try:
        driver.verify_connectivity()
    except Exception as exc:  # ServiceUnavailable, AuthError, OSError, ...
        driver.close()
        message = (
            f"Neo4j is not reachable at {uri} ({type(exc).__name__}: {exc}); "
            "run `make neo4j-start` (or set NEO4J_URI/NEO4J_PASSWORD)"
        )
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    yield driver, database
    driver.close()
