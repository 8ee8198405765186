"""Run the docstring examples of the pure modules (they document the public API)."""

import doctest
import importlib
import pkgutil

import pytest

from geopolgraph.loaders import extract

MODULES = [
    "geopolgraph.model", "geopolgraph.columns", "geopolgraph.graph.derived",
    "geopolgraph.graph.bulk",
    "geopolgraph.errors", "geopolgraph.loaders.articles",
    "geopolgraph.loaders.text", "geopolgraph.loaders.dates", "geopolgraph.loaders.lexicons",
    "geopolgraph.loaders.mentions", "geopolgraph.loaders.mention_words",
    "geopolgraph.loaders.currencies", "geopolgraph.graph.mirror",
    "geopolgraph.evaluate", "geopolgraph.outputs", "geopolgraph.pipeline",
    "geopolgraph.loaders.gdelt", "geopolgraph.loaders.gdelt_rows",
    "geopolgraph.loaders.gdelt_mentions", "geopolgraph.loaders.gdelt_synth",
    "geopolgraph.analysis", "geopolgraph.ablation",
    "geopolgraph", "geopolgraph.reopen", "geopolgraph.progress", "geopolgraph.plots",
    "geopolgraph.queries.params",
    # the extractor package, every module of it (found, so a new module is never left out)
    "geopolgraph.loaders.extract",
    *(m.name for m in pkgutil.walk_packages(extract.__path__, "geopolgraph.loaders.extract.")),
]


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name, monkeypatch):
    from pathlib import Path

    monkeypatch.chdir(Path(__file__).resolve().parents[1])
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
