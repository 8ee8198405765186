"""Fixtures shared by every test layer: the real Neo4j and the real Chromium (or a skip/fail
that says why)."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

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


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    """Debian's Chromium through Playwright, one for the whole run: Playwright's sync API allows
    one running instance per thread, so the page tests and the reliability suite share it.
    Fails under CI=true when missing (never ``playwright install``)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent / "draw"))
    from drawkit import CHROMIUM, CHROMIUM_ARGS

    if not CHROMIUM.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{CHROMIUM} is missing: CI must run the browser tests")
        pytest.skip("needs Debian chromium: make chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()
