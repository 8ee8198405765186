"""The docstring examples of the Spark modules (none starts a session)."""

from __future__ import annotations

import doctest
import importlib
import os
from pathlib import Path

import pytest

if os.environ.get("CI", "").lower() != "true":  # in CI a missing pyspark fails
    pytest.importorskip("pyspark", reason="the spark extra is not installed")

MODULES = ["schema", "records", "work", "session", "inputs", "tables", "job", "load", "submit"]


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name, monkeypatch):
    monkeypatch.chdir(Path(__file__).resolve().parents[2])
    module = importlib.import_module(f"geopolgraph.spark.{name}")
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
