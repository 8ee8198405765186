"""The wiring of `geopolgraph query` and `geopolgraph cypher` (the library is tested elsewhere)."""

from __future__ import annotations

import io
import json

import pytest

from geopolgraph.cli import main
from geopolgraph.queries.catalog import load_catalog


def test_list_shows_every_query(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "--list"]) == 0
    out = capsys.readouterr().out
    assert all(name in out for name in load_catalog())
    assert "hops: int[1..4] = 2" in out


def test_list_as_csv(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "--list", "--format", "csv"]) == 0
    assert capsys.readouterr().out.startswith("name,parameters,description\n")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["query", "nope"], "unknown query 'nope'"),
        (["query"], "name a query, or use --list"),
        (["query", "ego", "-p", "actor"], "not key=value"),
        (["query", "ego", "-p", "actor=RUS", "-p", "hops=9"], "hops must be an integer in 1..4"),
        (["cypher", "MATCH (n) DETACH DELETE n"], "refused: the statement writes (DETACH)"),
    ],
)
def test_bad_input_exits_2_with_one_line(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_mirror_backend_on_the_seeds(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["query", "who-does", "-p", "relation=WARNS", "--articles", "seeds/", "--format", "json"]
    assert main(argv) == 0
    rows = [json.loads(line) for line in io.StringIO(capsys.readouterr().out)]
    assert rows and all(r["relation"] == "WARNS" for r in rows)
    assert set(rows[0]) == set(load_catalog()["who-does"].column_names)


def test_unknown_actor_suggests_close_ids(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "timeline", "-p", "actor=RSU", "--backend", "mirror"]) == 2
    assert "closest: RUS" in capsys.readouterr().err
