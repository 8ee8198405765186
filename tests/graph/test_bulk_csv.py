"""The importer's CSV files from the columns: the same checks and properties as the MERGE path."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from geopolgraph.errors import InputError
from geopolgraph.graph.bulk_csv import pair_rows_of, write_import_csvs
from geopolgraph.graph.derived import actor_metrics, triple_pair_rows
from geopolgraph.graph.rows import REL_PROPS, sentence_key, triple_rows
from geopolgraph.model import Actor, Article, Triple

GOOD = [
    Triple("USA", "WARNS", "RUS", article_id="a1", date="2024-06-10", goldstein=-4.0,
           evidence="USA warned Russia.", id="t1"),
    Triple("RUS", "DENIES", "USA", article_id="a1", negated=True, tone=-2.5, id="t2",
           evidence='He said "no",\nthen left.'),
    Triple("CHN", "PRAISES", "RUS", article_id="a2", date="2024-06-11", goldstein=3.4, id="t3"),
]


@pytest.mark.parametrize(("bad", "message"), [
    (Triple("USA", "LOVES", "RUS", id="t9"), r"triple t9: relation 'LOVES' is not in"),
    (Triple("", "WARNS", "RUS", id="t9"), r"triple t9: source and target actor ids"),
    (Triple("USA", "WARNS", "RUS", date="2024-13-01", id="t9"), r"triple t9: date '2024-13-01'"),
])
def test_bad_triples_are_refused_naming_the_triple(tmp_path: Path, bad: Triple,
                                                   message: str) -> None:
    with pytest.raises(InputError, match=message):
        triple_rows([*GOOD, bad])  # the MERGE path says the same
    with pytest.raises(InputError, match=message):
        write_import_csvs(tmp_path, [*GOOD, bad], {}, [])


def test_rows_carry_what_the_merge_path_stores(tmp_path: Path) -> None:
    files = write_import_csvs(tmp_path, GOOD, {"USA": Actor("USA", "United States")},
                              [Article("a1", "", source="x", published="2024-06-10")])
    with files["triples"].open(newline="", encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    names = [h.split(":")[0] for h in rows[0]][3:]
    assert names == list(REL_PROPS)
    by_id = {r["id"]: {k.split(":")[0]: v for k, v in r.items()} for r in rows}
    expected = {row["id"]: row["props"] for rel in triple_rows(GOOD).values() for row in rel}
    for ident, props in expected.items():  # a cell is empty exactly where MERGE sets nothing
        assert {k for k, v in by_id[ident].items() if v and k in REL_PROPS} == set(props) - {
            k for k, v in props.items() if v == ""}
    assert by_id["t1"]["sentence_id"] == sentence_key("a1", "USA warned Russia.")
    assert by_id["t2"]["tone"] == "-2.5" and by_id["t2"]["date"] == ""
    raw = files["triples"].read_text(encoding="utf-8")
    assert '"" ' not in raw and ',2024-06-10,' in raw  # dates unquoted ISO
    sentences = files["sentences"].read_text(encoding="utf-8")
    assert '"He said ""no"",\nthen left."' in sentences  # quoted, multi-line
    actors = files["actors"].read_text(encoding="utf-8").splitlines()
    assert sorted(line.split(",")[1] for line in actors[1:]) == ['"CHN"', '"RUS"', '"USA"']
    assert sorted(line.split(",")[0] for line in actors[1:]) == ["0", "1", "2"]
    articles = files["articles"].read_text(encoding="utf-8").splitlines()
    assert len(articles) == 3  # a1 listed, a2 bare (named by a triple)
    mentions = files["mentions"].read_text(encoding="utf-8").splitlines()
    assert len(mentions) == 1 + 4  # a1: USA, RUS; a2: CHN, RUS


def test_pair_rows_match_the_row_by_row_ones() -> None:
    assert sorted(pair_rows_of(GOOD)) == sorted(triple_pair_rows(GOOD))
    assert actor_metrics(pair_rows_of(GOOD)) == actor_metrics(triple_pair_rows(GOOD))
