"""Bad input inside a partition is an error row with its article id; the rest is extracted."""

from __future__ import annotations

import json
import os
import shutil

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

if os.environ.get("CI", "").lower() != "true":  # in CI a missing pyspark fails
    pytest.importorskip("pyspark", reason="the spark extra is not installed")

from geopolgraph.spark import work
from geopolgraph.spark.job import extract_job
from geopolgraph.spark.records import file_records
from geopolgraph.spark.schema import ARTICLE_RECORD_ARROW
from geopolgraph.spark.tables import OutputTables


def test_file_records_keep_the_good_rows_of_a_bad_csv():
    text = b'id,text\nc1,"Russia attacked Ukraine."\nc2,\n"c3","China \xff Japan"\nc4,"AS."\n'
    rows = list(file_records("in/rows.csv", text))
    assert [(r["id"], r["error"] is None) for r in rows] == [
        ("c1", True), ("c2", False), ("c3", False), ("c4", True)]
    assert rows[1]["error"] == "line 3 of in/rows.csv: missing a non-empty 'text' field"
    assert rows[2]["error_line"] == 4


def test_a_clean_file_goes_through_the_reader_in_one_call():
    rows = list(file_records("in/a.jsonl", b'{"id": "a", "text": "AS.", "lang": "en"}\n'))
    assert [(r["id"], r["lang"], r["path"], r["error"]) for r in rows] == [
        ("a", "en", "in/a.jsonl", None)]


def test_an_extractor_failure_is_one_error_row(monkeypatch):
    real = work.extract_article_triples

    def flaky(article, lexicon=None):
        if article.id == "boom":
            raise ValueError("cannot parse this one")
        return real(article, lexicon)

    monkeypatch.setattr(work, "extract_article_triples", flaky)
    records = [dict.fromkeys(ARTICLE_RECORD_ARROW.names, None) | {
        "id": ident, "text": "AS dan Korsel telah memperingatkan Rusia.", "lang": "id",
        "source": "", "published": "", "url": "", "title": "", "path": f"{ident}.txt"}
        for ident in ("ok", "boom")]
    batch = pa.RecordBatch.from_pylist(records, schema=ARTICLE_RECORD_ARROW)
    out = next(work.extract_records([batch])).to_pylist()
    assert [(r["id"], r["stage"], len(r["triples"])) for r in out] == [
        ("ok", None, 2), ("boom", "extract", 0)]
    assert out[1]["error"] == "ValueError: cannot parse this one"


@pytest.mark.spark
def test_bad_inputs_are_counted_and_the_others_extracted(spark, shared_articles, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(next((shared_articles / "en").glob("*.txt")), src / "good.txt")
    (src / "bad-utf8.txt").write_bytes(b"AS dan Korsel \xff\xfe memperingatkan Rusia.")
    (src / "mixed.jsonl").write_bytes(
        (json.dumps({"id": "j1", "text": "The United States warned Russia."}) + "\n"
         + '{"id": "j2", "text": broken\n' + json.dumps({"id": "j3"}) + "\n").encode()
        + b'{"id": "j4", "text": "bad \xff byte"}\n'
        + (json.dumps({"id": "j5", "text": "China criticised Japan."}) + "\n").encode())
    (src / "rows.csv").write_text('id,text\nc1,"Indonesia and Malaysia signed a pact."\nc2,\n')
    table = tmp_path / "more.parquet"  # Parquet with the article columns, one row without text
    pq.write_table(pa.Table.from_pylist([
        {"id": "p1", "text": "Russia attacked Ukraine.", "lang": "en", "published": "2024-01-02"},
        {"id": "p2", "text": None, "lang": "en", "published": ""}]), table)
    out = tmp_path / "out"
    summary = extract_job(spark, [str(src), str(table)], str(out))
    assert (summary.counts.articles, summary.counts.errors) == (5, 6)
    tables = OutputTables(str(out))
    found = tables.read(spark, "errors").collect()
    assert {e["file"] for e in found if e["article_id"] == "p2"} == {str(table)}
    errors = {(e["article_id"], e["line"], e["stage"]) for e in found}
    assert errors == {("bad-utf8", None, "read"), ("j2", 2, "read"), ("j3", 3, "read"),
                      ("j4", 4, "read"), ("c2", 3, "read"), ("p2", None, "read")}
    done = {a["id"] for a in tables.read(spark, "articles").collect()}
    assert done == {"good", "j1", "j5", "c1", "p1"}
    p1 = {(t["source"], t["relation"], t["target"], t["date"])
          for t in tables.read(spark, "triples").collect() if t["article_id"] == "p1"}
    assert p1 == {("RUS", "ATTACKS", "UKR", "2024-01-02")}
    assert summary.counts.triples > 0
