"""Loading the job's Parquet into the real Neo4j leaves the store as `geopolgraph load` does."""

from __future__ import annotations

import os

import pytest

if os.environ.get("CI", "").lower() != "true":  # in CI a missing pyspark fails
    pytest.importorskip("pyspark", reason="the spark extra is not installed")

from geopolgraph.cli import main
from geopolgraph.spark.load import load_tables
from geopolgraph.spark.tables import OutputTables

pytestmark = [pytest.mark.spark, pytest.mark.neo4j]

#: Every article, triple and MENTIONS of these articles (and the mentioned actor), with properties.
SNAPSHOT = """
MATCH (a:Article) WHERE a.id IN $ids
RETURN 'Article' AS kind, a.id AS id, properties(a) AS p
UNION ALL
MATCH (:Actor)-[r]->(:Actor) WHERE r.article_id IN $ids
RETURN type(r) AS kind, r.id AS id, properties(r) AS p
UNION ALL
MATCH (a:Article)-[:MENTIONS]->(c:Actor) WHERE a.id IN $ids
RETURN 'MENTIONS' AS kind, a.id + ' > ' + c.id AS id, properties(c) AS p
"""


def snapshot(store, ids: list[str]) -> list[tuple[str, str, list[tuple[str, str]]]]:
    _, rows = store.run_read(SNAPSHOT, {"ids": ids}, check=False)
    return sorted((kind, ident, sorted((k, repr(v)) for k, v in props.items()))
                  for kind, ident, props in rows)


def test_spark_load_equals_cli_load_and_is_idempotent(
    spark, shared_run, shared_articles, neo4j_store
):
    out, summary = shared_run
    ids = sorted(r["id"] for r in OutputTables(str(out)).read(spark, "articles").collect())
    assert len(ids) == summary.counts.articles == 55
    store = neo4j_store
    store.delete_articles(ids)
    try:
        empty = store.counts()
        assert main(["load", str(shared_articles)]) == 0
        by_cli, cli_counts = snapshot(store, ids), store.counts()
        assert len([s for s in by_cli if s[0] not in ("Article", "MENTIONS")]) > 300
        store.delete_articles(ids)
        assert store.counts() == empty

        loaded = load_tables(spark, str(out), batch_size=100)
        assert loaded.articles == 55
        assert snapshot(store, ids) == by_cli
        assert store.counts() == cli_counts

        load_tables(spark, str(out), batch_size=100)  # again: nothing changes
        assert snapshot(store, ids) == by_cli
        assert store.counts() == cli_counts
    finally:
        store.delete_articles(ids)
