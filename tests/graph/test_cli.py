"""``geopolgraph load`` and ``geopolgraph neo4j status`` through the CLI entry point."""

from __future__ import annotations

import pytest

import geopolgraph.cli.build_cmd  # noqa: F401  bound to the real extract_paths before any fake
from geopolgraph import pipeline
from geopolgraph.cli import main


@pytest.mark.neo4j
def test_load_twice_is_idempotent(neo4j_store, neo4j_scope, seed_like, monkeypatch, capsys):
    data = seed_like(neo4j_scope.prefix)
    monkeypatch.setattr(pipeline, "extract_paths", lambda paths: data)
    assert main(["load", "some/folder", "--batch-size", "2"]) == 0
    once = neo4j_scope.counts()
    assert main(["load", "some/folder"]) == 0
    assert neo4j_scope.counts() == once
    asserted = [t for t in data[1] if not t.negated]  # load writes the mirror's graph
    assert len(asserted) < len(data[1])  # the fixture has a negated triple to leave out
    assert once["relationships"] > len(asserted)
    out = capsys.readouterr().out
    assert f"{len(asserted)} triples" in out


def test_load_without_a_server_is_one_line_exit_2(seed_like, monkeypatch, capsys):
    monkeypatch.setattr(pipeline, "extract_paths", lambda paths: seed_like("x:"))
    monkeypatch.setenv("NEO4J_URI", "bolt://127.0.0.1:9")
    monkeypatch.setenv("NEO4J_PASSWORD", "whatever-password")
    assert main(["load"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "cannot reach Neo4j at bolt://127.0.0.1:9" in err


def test_status_reports(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("GEOPOLGRAPH_NEO4J_DIR", str(tmp_path))
    assert main(["neo4j", "status"]) == 0
    assert "not running" in capsys.readouterr().out
