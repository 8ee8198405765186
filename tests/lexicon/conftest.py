"""Shared fixtures of the lexicon tests."""

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def tool():
    """tools/derive_relations_id.py loaded as a module."""
    spec = importlib.util.spec_from_file_location("derive_relations_id",
                                                  ROOT / "tools" / "derive_relations_id.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
