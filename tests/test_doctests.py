"""Run the docstring examples of the pure modules (they document the public API)."""

import doctest
import importlib

import pytest

MODULES = [
    "geopolgraph.model", "geopolgraph.columns", "geopolgraph.graph.derived",
    "geopolgraph.graph.bulk",
    "geopolgraph.errors", "geopolgraph.loaders.articles",
    "geopolgraph.loaders.text", "geopolgraph.loaders.dates", "geopolgraph.loaders.lexicons",
    "geopolgraph.loaders.mentions", "geopolgraph.loaders.currencies", "geopolgraph.graph.mirror",
    "geopolgraph.evaluate", "geopolgraph.outputs", "geopolgraph.pipeline",
    "geopolgraph.loaders.gdelt", "geopolgraph.loaders.gdelt_rows",
    "geopolgraph.loaders.gdelt_mentions", "geopolgraph.loaders.gdelt_synth",
    "geopolgraph.analysis", "geopolgraph.ablation",
    "geopolgraph", "geopolgraph.reopen", "geopolgraph.progress", "geopolgraph.plots",
    "geopolgraph.queries.params",
    # the extractor package, every module of it
    *(f"geopolgraph.loaders.extract{m}" for m in (
        "", ".article", ".cues", ".frames", ".noun_frames", ".passive_frames",
        ".implied_frames", ".misparse", ".headline", ".clitics", ".reader", ".references",
        ".modifiers", ".rules", ".lang", ".lang.id", ".lang.en", ".parse", ".phrases",
        ".syntax")),
]


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name, monkeypatch):
    from pathlib import Path

    monkeypatch.chdir(Path(__file__).resolve().parents[1])
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
