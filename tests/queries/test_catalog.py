"""Every .cypher file has a complete header, only $parameters, and is documented."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pytest

from geopolgraph.errors import QueryError
from geopolgraph.model import RELATIONS
from geopolgraph.queries.catalog import COLUMN_TYPES, PARAM_TYPES, load_catalog, parse_query
from geopolgraph.queries.mirror_impl import IMPLEMENTATIONS

FILES = sorted(
    e.name for e in resources.files("geopolgraph.queries").iterdir() if e.name.endswith(".cypher")
)
DOCS = Path(__file__).resolve().parents[2] / "docs" / "queries.md"
REQUIRED = {
    "ego", "between", "who-does", "supply-chains", "path", "dyad-balance", "top-actors",
    "evidence", "new-since", "timeline",
}


def test_the_analysts_questions_are_all_there() -> None:
    assert set(load_catalog()) >= REQUIRED
    assert len(FILES) == len(load_catalog())


@pytest.mark.parametrize("filename", FILES)
def test_header_is_complete(filename: str) -> None:
    text = resources.files("geopolgraph.queries").joinpath(filename).read_text("utf-8")
    query = parse_query(text, filename)
    assert query.name == filename.removesuffix(".cypher")
    assert query.description and "\n" not in query.description
    assert query.columns and all(kind in COLUMN_TYPES for _, kind in query.columns)
    assert all(p.type in PARAM_TYPES for p in query.params)
    assert query.name in IMPLEMENTATIONS, "every query has its mirror implementation"
    body = "\n".join(line.split("//", 1)[0] for line in text.splitlines())
    assert "ORDER BY" in body, "answers must be deterministic"


@pytest.mark.parametrize("filename", FILES)
def test_no_string_formatting(filename: str) -> None:
    text = resources.files("geopolgraph.queries").joinpath(filename).read_text("utf-8")
    assert "%s" not in text and "{0}" not in text and "format(" not in text


def test_path_walks_exactly_the_relation_vocabulary() -> None:
    text = load_catalog()["path"].text
    match = re.search(r"\[:([A-Z|]+)\*", text)
    assert match is not None
    assert tuple(match.group(1).split("|")) == RELATIONS


@pytest.mark.parametrize("name", sorted(REQUIRED))
def test_documented_with_an_example(name: str) -> None:
    docs = DOCS.read_text("utf-8")
    assert f"### `{name}`" in docs
    assert f"geopolgraph query {name}" in docs


@pytest.mark.parametrize(
    ("header", "message"),
    [
        ("// description: x\n// columns: a:str\nRETURN 1 AS a", "no 'name'"),
        ("// name: x\n// columns: a:str\nRETURN 1 AS a", "no 'description'"),
        ("// name: x\n// description: d\nRETURN 1 AS a", "no 'columns'"),
        ("// name: x\n// description: d\n// columns: a:text\nRETURN 1", "needs a type"),
        ("// name: x\n// description: d\n// param: n: number\n// columns: a:str\n", "unknown type"),
        ("// name: x\n// description: d\n// columns: a:str\nRETURN $n AS a", "uses \\$n"),
        ("// name: x\n// description: d\n// param: n: int = 1\n// columns: a:str\nRETURN 1",
         "declares n"),
    ],
)
def test_bad_headers_are_refused(header: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        parse_query(header, "x.cypher")
