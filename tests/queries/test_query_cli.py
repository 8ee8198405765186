"""The wiring of `geopolgraph query` and `geopolgraph cypher` (the library is tested elsewhere)."""

from __future__ import annotations

import io
import json
from typing import Any

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


_SINCE = ("MATCH (s:Actor)-[r]->(:Actor) WHERE s.id STARTS WITH $p AND r.date >= $since "
          "RETURN count(r) AS n")


@pytest.mark.neo4j
def test_cypher_shows_neo4j_warnings_in_one_line(
    loaded_seed: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    statement = "MATCH (a:Actor) WHERE a.id STARTS WITH $p RETURN a.nmae AS x"
    assert main(["cypher", statement, "-p", f"p={loaded_seed.prefix}"]) == 0
    err = capsys.readouterr().err
    assert err.startswith("geopolgraph: warning: Neo4j: property key does not exist.")
    assert "`nmae`" in err and err.count("\n") == 1


@pytest.mark.neo4j
def test_cypher_typed_dates_match_stored_dates(
    loaded_seed: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    want = sum(1 for _, _, d in loaded_seed.graph.edges(data="date") if d and d >= "2024-06-15")
    assert want > 0
    for since in ("date:2024-06-15", "date:15 Juni 2024", "date:15/6/2024"):
        argv = ["cypher", _SINCE, "-p", f"p={loaded_seed.prefix}", "-p", f"since={since}"]
        assert main([*argv, "--format", "json"]) == 0
        assert json.loads(capsys.readouterr().out) == {"n": want}, since
    argv = ["cypher", _SINCE, "-p", f"p={loaded_seed.prefix}", "-p", "since=2024-06-15"]
    assert main([*argv, "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out) == {"n": 0}  # text never equals a Neo4j date
    assert "since='2024-06-15' is sent as text" in captured.err
    assert "-p since=date:2024-06-15" in captured.err


def test_query_warns_when_a_limit_cuts(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["query", "timeline", "-p", "actor=RUS", "-p", "limit=2", "--articles", "seeds/",
            "--format", "csv"]
    assert main(argv) == 0
    captured = capsys.readouterr()
    assert captured.out.count("\n") == 3
    assert "geopolgraph: warning: timeline: more than 2 rows match; showing the first 2" in (
        captured.err)


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    from geopolgraph import __version__

    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out == f"geopolgraph {__version__}\n"
