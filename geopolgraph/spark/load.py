"""The job's Parquet tables into Neo4j, partition by partition, with the project's MERGE writer.

The store ends up as ``geopolgraph load`` of the same articles leaves it: every article node,
the asserted (not negated) triples as relationships, the actors those triples name, and an
article's MENTIONS of them. The driver checks the server once, creates the constraints and
writes the actors; then each Spark task writes its share of the articles table and of the
triples table through :meth:`geopolgraph.graph.store.Store.write_graph` (``UNWIND`` batches,
MERGE on ids). A retried task, or a second load, MERGEs the same ids again and changes nothing.
The derived actor properties (degrees, PageRank, first and last seen) are recomputed once, at
the end, on the driver.

Connection settings are the usual ``NEO4J_URI``/``NEO4J_USERNAME``/``NEO4J_PASSWORD``/
``NEO4J_DATABASE`` (else the local server), resolved on the driver and shipped to the tasks.

>>> from geopolgraph.model import Triple
>>> rows = [Triple("USA", "WARNS", "RUS", article_id="a").as_dict()] * 5
>>> [len(c) for c in chunks(iter(rows), 2)]
[2, 2, 1]
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from itertools import islice
from typing import TYPE_CHECKING, Any

from geopolgraph.errors import GeopolgraphError, ServerError
from geopolgraph.graph.store import DEFAULT_BATCH_SIZE, Settings, Store
from geopolgraph.model import Actor, Article, Triple
from geopolgraph.spark.schema import ARTICLE_META
from geopolgraph.spark.session import DEFAULT_DRIVER_MEMORY, spark_session
from geopolgraph.spark.tables import OutputTables

if TYPE_CHECKING:  # pragma: no cover
    from pyspark import Accumulator
    from pyspark.sql import SparkSession

__all__ = ["SparkLoadSummary", "chunks", "load_job", "load_tables"]

#: Triples handed to one ``write_graph`` call inside a task (memory stays bounded).
CHUNK = 20_000


@dataclass
class SparkLoadSummary:
    """Rows sent (not changes: a second load sends the same numbers)."""

    uri: str = ""
    articles: int = 0
    triples: int = 0
    actors: int = 0
    seconds: float = 0.0

    def __str__(self) -> str:
        return (f"loaded into {self.uri}: {self.triples} triples, {self.actors} actors, "
                f"{self.articles} articles in {self.seconds:.1f} s")


def chunks(rows: Iterator[Any], size: int) -> Iterator[list[Any]]:
    """``rows`` in lists of at most ``size``."""
    while chunk := list(islice(rows, size)):
        yield chunk


def _write_articles(
    rows: Iterable[Any], settings: Settings, batch_size: int, sent: Accumulator[int]
) -> None:
    with Store(settings) as store:
        for chunk in chunks(iter(rows), CHUNK):
            articles = [Article(text="", **row.asDict()) for row in chunk]
            store.write_graph((), (), articles, batch_size=batch_size, schema=False,
                              derived=False)
            sent.add(len(articles))


def _write_triples(
    rows: Iterable[Any], settings: Settings, batch_size: int, sent: Accumulator[int]
) -> None:
    with Store(settings) as store:
        for chunk in chunks(iter(rows), CHUNK):
            triples = [Triple(**row.asDict()) for row in chunk]
            store.write_graph(triples, batch_size=batch_size, schema=False, derived=False)
            sent.add(len(triples))


def _named_actors(spark: SparkSession, tables: OutputTables) -> dict[str, Actor]:
    """The actors the asserted triples name, as the actors table records them."""
    from pyspark.sql import functions as F

    triples = tables.read(spark, "triples").where(~F.col("negated"))
    ends = triples.select(F.col("source").alias("id")).union(
        triples.select(F.col("target").alias("id"))).distinct()
    actors = tables.read(spark, "actors").join(ends, "id", "inner")
    named = {row["id"]: Actor(**row.asDict()) for row in actors.collect()}
    for row in ends.collect():  # an id the actors table lacks is written as the mirror would
        named.setdefault(row["id"], Actor(row["id"], row["id"], "", ""))
    return named


def _run_tasks(label: str, uri: str, run: Any) -> None:
    try:
        run()
    except GeopolgraphError:
        raise
    except Exception as exc:  # a task's error arrives wrapped (PythonException, Py4JJavaError)
        last = [line for line in str(exc).splitlines() if line.strip()][-1:] or [repr(exc)]
        raise ServerError(f"loading {label} into {uri} failed in a Spark task: "
                          f"{last[0].strip()[:300]}") from None


def load_tables(
    spark: SparkSession,
    out: str,
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    settings: Settings | None = None,
) -> SparkLoadSummary:
    """Write the tables under ``out`` into Neo4j (idempotent)."""
    from pyspark.sql import functions as F

    started = time.perf_counter()
    settings = settings or Settings.resolve()
    tables = OutputTables(out)
    if not tables.exists(spark, "articles"):
        raise GeopolgraphError(f"{out}: no articles table (run `geopolgraph spark extract` "
                               "into it first)")
    summary = SparkLoadSummary(uri=settings.uri)
    actors = _named_actors(spark, tables)
    with Store(settings) as store:  # fails here, once, if the server does not answer
        store.ensure_schema()
        store.write_graph((), actors, batch_size=batch_size, schema=False, derived=False)
    summary.actors = len(actors)
    sc = spark.sparkContext
    sent_articles, sent_triples = sc.accumulator(0), sc.accumulator(0)
    articles = tables.read(spark, "articles").select(*ARTICLE_META.fieldNames())
    _run_tasks("articles", settings.uri, lambda: articles.foreachPartition(
        partial(_write_articles, settings=settings, batch_size=batch_size, sent=sent_articles)))
    # no de-duplication needed here: a triple written twice is MERGEd once
    triples = tables.read(spark, "triples", unique=False).where(~F.col("negated"))
    _run_tasks("triples", settings.uri, lambda: triples.foreachPartition(
        partial(_write_triples, settings=settings, batch_size=batch_size, sent=sent_triples)))
    summary.articles, summary.triples = sent_articles.value, sent_triples.value
    with Store(settings) as store:  # degrees, PageRank, first/last seen: once, over the whole
        store.update_derived()
    summary.seconds = time.perf_counter() - started
    return summary


def load_job(
    out: str,
    *,
    master: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    driver_memory: str = DEFAULT_DRIVER_MEMORY,
) -> SparkLoadSummary:
    """:func:`load_tables` in a session of its own (stopped afterwards)."""
    with spark_session(master, driver_memory, app_name="geopolgraph load") as spark:
        return load_tables(spark, out, batch_size=batch_size)
