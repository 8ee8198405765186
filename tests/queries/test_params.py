"""Parameter parsing and validation: one-line QueryErrors that list what is valid."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from geopolgraph.errors import QueryError
from geopolgraph.graph.mirror import build_mirror
from geopolgraph.model import Actor, Triple
from geopolgraph.queries.params import bind_params, parse_assignments
from geopolgraph.queries.runner import get_query, run_query


@pytest.fixture
def tiny() -> Any:
    triples = [
        Triple("USA", "WARNS", "RUS", date="2024-06-10", article_id="a", sentence=1),
        Triple("RUS", "VISITS", "PRK", date="2024-06-18", article_id="a", sentence=2),
    ]
    actors = {a: Actor(a, a) for a in ("USA", "RUS", "PRK")}
    return build_mirror(triples, actors)


def test_cli_strings_become_typed_values() -> None:
    values = bind_params(
        get_query("ego"),
        {"actor": "RUS", "hops": "3", "since": "2024-01-01", "relations": "warns, Visits"},
    )
    assert values == {
        "actor": "RUS", "hops": 3, "since": "2024-01-01", "until": None,
        "relations": ["WARNS", "VISITS"], "limit": 1000,
    }


def test_defaults_fill_in() -> None:
    assert bind_params(get_query("top-actors"), {}) == {"by": "pagerank", "limit": 20}
    assert bind_params(get_query("ego"), {"actor": "X", "since": "null"})["since"] is None


@pytest.mark.parametrize(
    ("name", "params", "message"),
    [
        ("nope", {}, r"unknown query 'nope'; valid: between, .*who-does"),
        ("ego", {}, r"ego: missing parameter actor: actor"),
        ("ego", {"actor": "RUS", "hop": 2}, r"unknown parameter 'hop'; valid: actor: actor; hops"),
        ("ego", {"actor": "RUS", "hops": "two"}, r"hops must be an integer in 1..4, got 'two'"),
        ("ego", {"actor": "RUS", "hops": 0}, r"hops must be an integer in 1..4, got 0"),
        ("ego", {"actor": "RUS", "hops": 2.5}, r"must be an integer"),
        ("ego", {"actor": "RUS", "since": "someday"}, r"since must be a date \(YYYY-MM-DD"),
        ("ego", {"actor": "RUS", "since": "2024-02-30"}, r"must be a date"),
        ("ego", {"actor": "RUS", "relations": "WARNS,HUGS"}, r"unknown relation 'HUGS'.*valid: "),
        ("who-does", {"relation": "WARN"}, r"did you mean WARNS"),
        ("supply-chains", {"actor": "RUS", "direction": "up"}, r"one of from, to, got 'up'"),
        ("timeline", {"actor": "RSU"}, r"unknown actor id 'RSU'; closest: RUS"),
        ("between", {"a": "RUS", "b": "PRKK"}, r"unknown actor id 'PRKK'; closest: PRK"),
    ],
)
def test_bad_input_is_one_line(tiny: Any, name: str, params: dict, message: str) -> None:
    with pytest.raises(QueryError, match=message) as info:
        run_query(name, params, backend="mirror", graph=tiny)
    assert "\n" not in str(info.value)


def test_bad_backend_and_missing_graph() -> None:
    with pytest.raises(QueryError, match="valid: neo4j, mirror"):
        run_query("top-actors", {}, backend="sqlite")
    with pytest.raises(QueryError, match="needs a graph"):
        run_query("top-actors", {}, backend="mirror")


@pytest.mark.parametrize("item", ["hops", "=2", ""])
def test_assignments_need_key_and_value(item: str) -> None:
    with pytest.raises(QueryError, match="not key=value"):
        parse_assignments([item])


@pytest.mark.parametrize(
    ("item", "value"),
    [
        ("since=date:2025-07-01", dt.date(2025, 7, 1)),
        ("since=date:1 Juli 2025", dt.date(2025, 7, 1)),
        ("since=date:10/6/2024", dt.date(2024, 6, 10)),  # day first, as id/en write it
        ("since=date:June 10, 2024", dt.date(2024, 6, 10)),
        ("at=datetime:2025-07-01T10:30", dt.datetime(2025, 7, 1, 10, 30)),
        ("n=int:5", 5),
        ("x=float:2.5", 2.5),
        ("ok=bool:ya", True),
        ("ids=list:USA, RUS", ["USA", "RUS"]),
        ("ns=list[int]:1,2", [1, 2]),
        ("m=json:{\"a\": 1}", {"a": 1}),
        ("actor=person:vladimir-putin", "person:vladimir-putin"),  # not a type: text
        ("s=str:int:5", "int:5"),
        ("plain=2025-07-01", "2025-07-01"),
    ],
)
def test_typed_assignments(item: str, value: Any) -> None:
    key = item.partition("=")[0]
    assert parse_assignments([item]) == {key: value}


@pytest.mark.parametrize("item", ["since=date:someday", "n=int:five", "ok=bool:maybe"])
def test_bad_typed_values_are_one_line(item: str) -> None:
    with pytest.raises(QueryError, match=r"is not a valid .*; types: str, int") as info:
        parse_assignments([item])
    assert "\n" not in str(info.value)


def test_header_dates_accept_words_and_typed_dates(tiny: Any) -> None:
    query = get_query("timeline")
    for since in ("2024-06-15", "15 Juni 2024", "15/6/2024", dt.date(2024, 6, 15)):
        assert bind_params(query, {"actor": "RUS", "since": since})["since"] == "2024-06-15"
    frame = run_query("timeline", parse_assignments(["actor=RUS", "since=date:15 Juni 2024"]),
                      backend="mirror", graph=tiny)
    assert list(frame["date"]) == ["2024-06-18"]
