"""The Spark jobs: ``extract`` (articles) and ``gdelt`` (event exports) into the output tables.

A run reads its input into a DataFrame, leaves out what the output already holds (article ids
for articles, file names for GDELT exports), spreads the rest over ``partitions`` tasks,
extracts on the executors (:mod:`geopolgraph.spark.work`) and appends to the tables
(:mod:`geopolgraph.spark.tables`). Run it again on a grown folder and only the new articles are
read past the id check and extracted.

>>> str(RunSummary(run="r1", read=3, skipped=1, counts=RunCounts(1, 5, 1, 2), seconds=2.0))
'run r1: 3 read, 1 already done, 1 extracted (5 triples, 2 new actors), 1 errors in 2.0 s'
"""

from __future__ import annotations

import datetime as dt
import time
import uuid
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING

from geopolgraph.spark.inputs import article_records, check_paths, gdelt_records
from geopolgraph.spark.schema import EXTRACTED_SPARK
from geopolgraph.spark.session import DEFAULT_DRIVER_MEMORY, spark_session
from geopolgraph.spark.tables import OutputTables, RunCounts
from geopolgraph.spark.work import extract_records

if TYPE_CHECKING:  # pragma: no cover
    from pyspark.sql import DataFrame, SparkSession

__all__ = ["RunSummary", "extract_job", "gdelt_job", "run_job"]


@dataclass
class RunSummary:
    """One run: records read, how many were already done, what was added, wall time."""

    run: str
    read: int = 0
    skipped: int = 0
    counts: RunCounts = field(default_factory=RunCounts)
    seconds: float = 0.0

    def __str__(self) -> str:
        c = self.counts
        return (f"run {self.run}: {self.read} read, {self.skipped} already done, "
                f"{c.articles} extracted ({c.triples} triples, {c.actors} new actors), "
                f"{c.errors} errors in {self.seconds:.1f} s")


def _run_id() -> str:
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    return f"{stamp}-{uuid.uuid4().hex[:6]}"


def _partitions(spark: SparkSession, partitions: int | None) -> int:
    return partitions or max(1, spark.sparkContext.defaultParallelism * 4)


def _finish(
    spark: SparkSession, extracted: DataFrame, out: str, summary: RunSummary, started: float
) -> RunSummary:
    # Extract once, and cut the lineage: the plan reads the articles table (to leave out what
    # is done), and a plain cache of it would be recomputed when this run appends to that table
    extracted = extracted.localCheckpoint(eager=True)
    try:
        summary.counts = OutputTables(out).append_run(spark, extracted, summary.run)
    finally:
        extracted.unpersist()
    summary.seconds = time.perf_counter() - started
    return summary


def extract_job(
    spark: SparkSession, paths: list[str], out: str, partitions: int | None = None
) -> RunSummary:
    """Extract every article under ``paths`` not yet in ``out`` and append the results."""
    from pyspark import StorageLevel

    started = time.perf_counter()
    summary = RunSummary(run=_run_id())
    records = article_records(spark, paths).persist(StorageLevel.MEMORY_AND_DISK)
    try:
        summary.read = records.count()
        done = OutputTables(out).read(spark, "articles").select("id")
        todo = records.join(done, "id", "left_anti").repartition(_partitions(spark, partitions))
        summary = _finish(spark, todo.mapInArrow(extract_records, EXTRACTED_SPARK), out,
                          summary, started)
        summary.skipped = summary.read - summary.counts.articles - summary.counts.errors
        return summary
    finally:
        records.unpersist()


def gdelt_job(
    spark: SparkSession, paths: list[str], out: str, partitions: int | None = None
) -> RunSummary:
    """Extract every GDELT export under ``paths`` not yet in ``out`` (by file name)."""
    started = time.perf_counter()
    summary = RunSummary(run=_run_id())
    tables = OutputTables(out)
    done = frozenset(r["path"] for r in tables.read(spark, "articles").select("path")
                     .distinct().collect())
    extracted = gdelt_records(spark, paths, done, _partitions(spark, partitions))
    summary = _finish(spark, extracted, out, summary, started)
    summary.read = summary.counts.articles + summary.counts.errors
    return summary


def run_job(
    kind: str,
    paths: list[str],
    out: str,
    *,
    master: str | None = None,
    partitions: int | None = None,
    driver_memory: str = DEFAULT_DRIVER_MEMORY,
) -> RunSummary:
    """``extract`` or ``gdelt`` in a session of its own (stopped afterwards)."""
    job = {"extract": extract_job, "gdelt": gdelt_job}[kind]
    check_paths(paths, kind)  # a missing or wrong path fails now, before Spark starts
    with spark_session(master, driver_memory, partitions, f"geopolgraph {kind}") as spark:
        return partial(job, spark)(paths, out, partitions)
