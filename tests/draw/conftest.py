"""Fixtures for the graph page: small real mirrors, and a real Chromium (Debian's, never
``playwright install``) with every non-``file:`` request aborted and recorded."""

from __future__ import annotations

from typing import Any

import pytest
from drawkit import Browser


@pytest.fixture
def browser(chromium: Any) -> Browser:
    return Browser(chromium)
