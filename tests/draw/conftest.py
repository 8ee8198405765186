"""Fixtures for the graph page: small real mirrors, and a real Chromium (Debian's, never
``playwright install``) with every non-``file:`` request aborted and recorded."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
from drawkit import CHROMIUM, CHROMIUM_ARGS, Browser


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    if not CHROMIUM.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{CHROMIUM} is missing: CI must run the browser tests")
        pytest.skip("needs Debian chromium: make chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def browser(chromium: Any) -> Browser:
    return Browser(chromium)
