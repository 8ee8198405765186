"""Reopening what build and gdelt wrote gives the mirror they built: every named query and
the drawn page are the same as from the articles, with no extraction."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow.parquet as pq
import pytest

import geopolgraph
from geopolgraph.cli import main
from geopolgraph.errors import InputError
from geopolgraph.pipeline import build_graph
from geopolgraph.queries.runner import run_query
from geopolgraph.reopen import detect_format, open_graph, parse_triples_csv

ROOT = Path(__file__).resolve().parents[1]
GDELT = ROOT.parent / "shared" / "data" / "gdelt" / "20150218230000.export.CSV"

CASES: list[tuple[str, dict[str, Any]]] = [
    ("ego", {"actor": "RUS"}),
    ("between", {"a": "RUS", "b": "PRK"}),
    ("who-does", {"relation": "WARNS"}),
    ("supply-chains", {"actor": "RUS"}),
    ("path", {"source": "UN", "target": "USA"}),
    ("dyad-balance", {}),
    ("top-actors", {}),
    ("evidence", {"source": "USA", "relation": "WARNS", "target": "RUS"}),
    ("new-since", {"since": "2000-01-01"}),
    ("timeline", {"actor": "PRK"}),
]
#: triples.csv and GEXF carry no article metadata: `evidence` has these empty from them.
ARTICLE_COLUMNS = ["outlet", "published", "title", "url"]
FILES = ["graph.graphml", "graph.gexf", "triples.csv", "triples.parquet", "."]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("built")
    assert main(["--quiet", "build", "seeds/", "--out", str(out), "--format", "graphml,gexf"]) == 0
    return out


@pytest.fixture(scope="module")
def from_articles() -> Any:
    return build_graph(["seeds/"])


@pytest.mark.parametrize("name", FILES)
def test_every_query_answers_the_same_from_a_reopened_file(
    built: Path, from_articles: Any, name: str
) -> None:
    G = geopolgraph.open(built / name)
    assert G.number_of_edges() == from_articles.number_of_edges() >= 20
    for query, params in CASES:
        want = run_query(query, params, backend="mirror", graph=from_articles)
        got = run_query(query, params, backend="mirror", graph=G)
        if query == "evidence" and name in ("triples.csv", "graph.gexf"):
            assert (got[ARTICLE_COLUMNS] == "").all().all()
            want, got = want.drop(columns=ARTICLE_COLUMNS), got.drop(columns=ARTICLE_COLUMNS)
        pd.testing.assert_frame_equal(got, want, obj=f"{query} from {name}")


@pytest.mark.parametrize("name", FILES)
def test_query_cli_with_graph_prints_what_the_articles_give(
    built: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--quiet", "query", "timeline", "-p", "actor=RUS", "--format", "csv"]
    assert main([*args, "--articles", "seeds/"]) == 0
    want = capsys.readouterr().out
    assert main([*args, "--graph", str(built / name)]) == 0
    assert capsys.readouterr().out == want
    assert want.count("\n") > 10


@pytest.mark.parametrize("name", FILES)
def test_draw_with_graph_writes_the_same_page(built: Path, tmp_path: Path, name: str) -> None:
    common = ["--quiet", "draw", "--actor", "PRK", "--title", "PRK"]
    assert main([*common, "seeds/", "--out", str(tmp_path / "a.html")]) == 0
    assert main([*common, "--graph", str(built / name), "--out", str(tmp_path / "b.html")]) == 0
    page = (tmp_path / "a.html").read_text(encoding="utf-8")
    other = (tmp_path / "b.html").read_text(encoding="utf-8")
    if name in ("triples.csv", "graph.gexf"):  # the page shows outlets; these files lack them
        assert page.replace("Tribunnews.com", "") != page and len(other) > 10_000
        return
    assert (tmp_path / "b.html").read_text(encoding="utf-8") == page


def test_build_writes_parquet_with_typed_columns_and_metadata(built: Path) -> None:
    table = pq.read_table(built / "triples.parquet")
    with (built / "triples.csv").open(encoding="utf-8") as f:
        csv_rows = sum(1 for _ in f) - 1
    assert table.num_rows == csv_rows >= 20  # negated ones too, as triples.csv
    assert str(table.schema.field("goldstein").type) == "double"
    assert str(table.schema.field("negated").type) == "bool"
    assert b"geopolgraph" in table.schema.metadata


def test_a_folder_of_parquet_parts_opens_as_one_graph(built: Path, tmp_path: Path) -> None:
    table = pq.read_table(built / "triples.parquet")
    parts = tmp_path / "spark"
    parts.mkdir()
    pq.write_table(table.slice(0, 10), parts / "part-00000.parquet")
    pq.write_table(table.slice(10), parts / "part-00001.parquet")
    G = open_graph(parts)
    assert G.number_of_edges() == geopolgraph.open(built / "triples.parquet").number_of_edges()
    assert G.nodes["RUS"]["name"] == "Russia"  # no metadata in the parts: names from the lexicon


@pytest.mark.skipif(not GDELT.exists(), reason="needs ../shared/data/gdelt")
def test_gdelt_export_and_its_build_reopen_as_the_gdelt_graph(tmp_path: Path) -> None:
    from geopolgraph.loaders.gdelt import read_gdelt

    want = read_gdelt(GDELT).graph()
    assert main(["--quiet", "gdelt", str(GDELT), "--out", str(tmp_path)]) == 0
    for path in (GDELT, tmp_path / "graph.graphml", tmp_path / "triples.parquet"):
        G = open_graph(path)
        for query, params in [("top-actors", {"limit": 50}), ("who-does", {"relation": "ATTACKS"}),
                              ("timeline", {"actor": "USA"})]:
            pd.testing.assert_frame_equal(
                run_query(query, params, backend="mirror", graph=G),
                run_query(query, params, backend="mirror", graph=want), obj=f"{query} {path}",
            )
    assert detect_format(GDELT) == "gdelt"
    edge = next(iter(open_graph(tmp_path / "graph.graphml").edges(data=True)))[2]
    assert "tone" in edge  # what the GDELT loader adds beyond the data model survives GraphML


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("a,b\n1,2\n", "not a graph this tool reads"),
        ("source,relation,target,quad_class\nUSA,WARNS,RUS,x\n", "line 2 of"),
        ("source,relation,target\nUSA,WARNS,RUS,extra\n", "more values than columns"),
    ],
)
def test_bad_files_are_one_line_errors(
    tmp_path: Path, content: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "triples.csv"
    bad.write_text(content, encoding="utf-8")
    assert main(["query", "top-actors", "--graph", str(bad)]) == 2
    err = capsys.readouterr().err
    assert message in err and str(bad) in err and err.count("\n") == 1


def test_unreadable_graphml_and_parquet_are_input_errors(tmp_path: Path) -> None:
    for name in ("graph.graphml", "triples.parquet"):
        (tmp_path / name).write_text("not this", encoding="utf-8")
        with pytest.raises(InputError, match=name):
            open_graph(tmp_path / name)
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="holds no graph"):
        open_graph(tmp_path / "empty")


def test_graph_and_articles_together_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "top-actors", "--graph", "x.graphml", "--articles", "seeds/"]) == 2
    assert "either --graph or --articles" in capsys.readouterr().err


def test_csv_parser_reads_any_column_order() -> None:
    text = "target,relation,source,goldstein,negated\nRUS,WARNS,USA,-4.4,False\n"
    [t] = parse_triples_csv(io.StringIO(text))
    assert (t.source, t.relation, t.target, t.goldstein, t.negated) == (
        "USA", "WARNS", "RUS", -4.4, False)
