"""The Spark job on the shared articles gives exactly `geopolgraph extract`'s triples; a rerun
on a grown input extracts only the new article; GDELT exports give `read_gdelt`'s triples."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

if os.environ.get("CI", "").lower() != "true":  # in CI a missing pyspark fails
    pytest.importorskip("pyspark", reason="the spark extra is not installed")

from geopolgraph.cli import main
from geopolgraph.loaders.gdelt import read_gdelt
from geopolgraph.spark.job import extract_job, gdelt_job
from geopolgraph.spark.tables import OutputTables

pytestmark = pytest.mark.spark


def cli_triples(capsys: pytest.CaptureFixture[str], *paths: str) -> set[str]:
    """`geopolgraph extract PATH…` as a set of JSON records (every field)."""
    capsys.readouterr()
    assert main(["extract", *paths, "--format", "jsonl"]) == 0
    return {json.dumps(json.loads(line), sort_keys=True)
            for line in capsys.readouterr().out.splitlines() if line.strip()}


def table_triples(spark, out: Path) -> set[str]:
    rows = OutputTables(str(out)).read(spark, "triples").collect()
    return {json.dumps(row.asDict(), sort_keys=True) for row in rows}


def test_same_triples_as_extract_both_languages(spark, shared_run, shared_articles, capsys):
    out, summary = shared_run
    expected = cli_triples(capsys, str(shared_articles))
    assert summary.read == summary.counts.articles == 55
    assert summary.counts.errors == 0
    got = table_triples(spark, out)
    assert got == expected
    assert summary.counts.triples == len(expected) > 400
    langs = {row["lang"] for row in OutputTables(str(out)).read(spark, "articles").collect()}
    assert langs == {"id", "en"}
    # the date partitions hold what their name says
    dated = [p.name for p in (out / "triples").iterdir() if p.name.startswith("date=")]
    assert "date=2025-06-19" in dated


def test_a_second_run_extracts_only_the_new_article(
    spark, shared_run, shared_articles, tmp_path, capsys
):
    out = tmp_path / "out"
    shutil.copytree(shared_run[0], out)  # the shared run stays as it is for the load test
    extra = tmp_path / "more"
    extra.mkdir()
    source = next((shared_articles / "en").glob("*.txt"))
    shutil.copy(source, extra / "copy-of-one-article.txt")  # a new id, the same text
    second = extract_job(spark, [str(shared_articles), str(extra)], str(out))
    assert (second.read, second.skipped, second.counts.articles) == (56, 55, 1)
    articles = OutputTables(str(out)).read(spark, "articles").collect()
    assert {a["run"] for a in articles if a["id"] == "copy-of-one-article"} == {second.run}
    assert len({a["run"] for a in articles}) == 2
    # extraction is per article: the grown input's triples are the old ones plus the new one's
    before = table_triples(spark, shared_run[0])
    assert table_triples(spark, out) == before | cli_triples(capsys, str(extra))
    assert len(table_triples(spark, out)) > len(before)
    third = extract_job(spark, [str(shared_articles), str(extra)], str(out))
    assert (third.skipped, third.counts.articles, third.counts.triples) == (56, 0, 0)


def test_gdelt_exports_give_read_gdelt_triples(spark, shared_articles, tmp_path):
    gdelt = shared_articles.parent / "data" / "gdelt"
    out = tmp_path / "gdelt"
    summary = gdelt_job(spark, [str(gdelt)], str(out))
    expected = read_gdelt([gdelt])
    assert summary.counts.triples == len(expected.triples) > 400
    got = table_triples(spark, out)
    assert got == {json.dumps(t.as_dict(), sort_keys=True) for t in expected.triples}
    again = gdelt_job(spark, [str(gdelt)], str(out))  # the file is done: nothing to do
    assert again.counts.triples == 0
