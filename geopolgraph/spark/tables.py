"""The job's output folder: four Parquet tables, appended to by every run.

::

    OUT/triples/date=YYYY-MM-DD/part-*.parquet   one column per Triple field (date undated:
                                                 the partition __HIVE_DEFAULT_PARTITION__)
    OUT/articles/   article metadata (no text), its number of triples, the run that read it
    OUT/actors/     one row per actor the triples name (the lexicon's Actor record)
    OUT/errors/     article id (when known), file, line, stage (read/extract), message, run

The articles table is the record of what is done: a later run skips every article id in it.
It is written last, so a run that dies half-way is simply run again; readers drop the
duplicate triple rows such a rerun can leave (same triple id).

>>> OutputTables("out/").path("triples")
'out/triples'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from geopolgraph.spark.schema import (
    ACTOR_SPARK,
    ARTICLE_META,
    ARTICLE_TABLE_SPARK,
    ERROR_SPARK,
    TRIPLE_SPARK,
)

if TYPE_CHECKING:  # pragma: no cover
    from pyspark.sql import DataFrame, SparkSession

__all__ = ["TABLES", "OutputTables", "RunCounts"]

TABLES = ("triples", "articles", "actors", "errors")
_SCHEMAS = {"triples": TRIPLE_SPARK, "articles": ARTICLE_TABLE_SPARK, "actors": ACTOR_SPARK,
            "errors": ERROR_SPARK}


@dataclass
class RunCounts:
    """What one run added: articles extracted, their triples, error rows, new actors."""

    articles: int = 0
    triples: int = 0
    errors: int = 0
    actors: int = 0


class OutputTables:
    """The four tables under ``out`` (a local folder or any Hadoop URI)."""

    def __init__(self, out: str) -> None:
        self.out = out.rstrip("/") or "/"

    def path(self, table: str) -> str:
        return f"{self.out}/{table}"

    def exists(self, spark: SparkSession, table: str) -> bool:
        """Whether ``table`` has been written (checked through Hadoop, so ``s3a://`` works)."""
        jvm = spark.sparkContext._jvm
        assert jvm is not None
        path = jvm.org.apache.hadoop.fs.Path(self.path(table))
        fs = path.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())
        return bool(fs.exists(path))

    def read(self, spark: SparkSession, table: str, unique: bool = True) -> DataFrame:
        """A table with its declared columns, in order; empty when never written.

        ``unique`` drops rows repeating an id (what a rerun after a crash can leave).
        """
        from pyspark.sql import functions as F

        schema = _SCHEMAS[table]
        if not self.exists(spark, table):
            return spark.createDataFrame([], schema)
        frame = spark.read.schema(schema).parquet(self.path(table))
        if table == "triples":  # undated triples sit in the null partition
            frame = frame.withColumn("date", F.coalesce(F.col("date"), F.lit("")))
        if unique and table != "errors":
            frame = frame.dropDuplicates(["id"])
        return frame.select(*schema.fieldNames())

    def append_run(self, spark: SparkSession, extracted: DataFrame, run: str) -> RunCounts:
        """Append one run's rows (``EXTRACTED_SPARK``, computed once: checkpointed) to the
        four tables."""
        from pyspark.sql import functions as F

        ok = extracted.where(F.col("error").isNull())
        totals = extracted.agg(
            F.count(F.when(F.col("error").isNull(), 1)).alias("articles"),
            F.sum(F.when(F.col("error").isNull(), F.size("triples"))).alias("triples"),
            F.count(F.when(F.col("error").isNotNull(), 1)).alias("errors"),
        ).first()
        assert totals is not None  # an aggregate always has its one row
        triples = ok.select(F.explode("triples").alias("t")).select("t.*")
        triples.repartition("date").write.mode("append").partitionBy("date").parquet(
            self.path("triples"))
        errors = extracted.where(F.col("error").isNotNull()).select(
            F.col("id").alias("article_id"), F.col("error_file").alias("file"),
            F.col("error_line").alias("line"), "stage", "error", F.lit(run).alias("run"))
        errors.coalesce(1).write.mode("append").parquet(self.path("errors"))
        actors = ok.select(F.explode("actors").alias("a")).select("a.*").dropDuplicates(["id"])
        actors = actors.join(self.read(spark, "actors").select("id"), "id", "left_anti")
        actors = actors.select(*ACTOR_SPARK.fieldNames()).persist()
        new_actors = actors.count()  # before the write, after which they are no longer new
        actors.coalesce(1).write.mode("append").parquet(self.path("actors"))
        articles = ok.select(*ARTICLE_META.fieldNames(),
                             F.size("triples").cast("long").alias("triples"),
                             F.lit(run).alias("run"))
        articles.write.mode("append").parquet(self.path("articles"))  # last: the "done" record
        counts = RunCounts(int(totals["articles"] or 0), int(totals["triples"] or 0),
                           int(totals["errors"] or 0), new_actors)
        actors.unpersist()
        return counts
