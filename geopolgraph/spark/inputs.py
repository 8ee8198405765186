"""Paths to a DataFrame of article records (driver side), the files read on the executors.

- folders and ``.txt``/``.jsonl``/``.csv`` files: Spark's ``binaryFile`` source lists them (any
  Hadoop file system: ``file:``, ``hdfs:``, ``s3a:``), and each file is parsed on an executor by
  the project's readers (:mod:`geopolgraph.spark.records`); a folder's ``articles.csv`` manifest
  is read on the driver and shipped with the task;
- a ``.parquet`` file or a folder of Parquet files with the article columns (``id``, ``text``,
  and any of ``source``, ``published``, ``lang``, ``url``, ``title``): read by Spark, split by
  row groups; the format to use at scale;
- GDELT exports (``.export.CSV``, ``.CSV.zip``, a folder of them): one task per file.

Local paths are checked first, so a missing path is a one-line error like the other commands.

>>> is_parquet("news/2024.parquet"), is_parquet("news/k.jsonl")
(True, False)
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from geopolgraph.errors import InputError
from geopolgraph.loaders.articles import ARTICLE_SUFFIXES, MANIFEST_NAME, read_manifest
from geopolgraph.spark.schema import ARTICLE_RECORD_SPARK, EXTRACTED_SPARK
from geopolgraph.spark.work import gdelt_files, parquet_rows, read_files

if TYPE_CHECKING:  # pragma: no cover
    from pyspark.sql import DataFrame, SparkSession

__all__ = ["article_records", "check_paths", "gdelt_records", "is_parquet", "roots_of"]

_GDELT_SUFFIXES = (".export.csv", ".export.csv.zip")
_FILE_COLUMN = "_geopolgraph_file"


def _is_remote(path: str) -> bool:
    return "://" in path


def is_parquet(path: str) -> bool:
    """A ``.parquet`` path, or a local folder of Parquet files only (a Spark output; files
    starting with ``_`` or ``.`` such as ``_SUCCESS`` aside)."""
    if path.rstrip("/").lower().endswith(".parquet"):
        return True
    local = Path(path)
    if _is_remote(path) or not local.is_dir():
        return False
    files = [p for p in local.rglob("*") if p.is_file() and not p.name.startswith(("_", "."))]
    return bool(files) and all(p.suffix.lower() == ".parquet" for p in files)


def roots_of(paths: list[str]) -> list[tuple[str, str]]:
    """``(absolute path, as given)`` for each local path (checked to exist), longest first."""
    roots = []
    for raw in paths:
        if _is_remote(raw):
            continue
        if not Path(raw).exists():
            raise InputError(f"{raw}: no such file or folder")
        roots.append((os.path.abspath(raw), str(Path(raw))))
        real = os.path.realpath(raw)
        if real != roots[-1][0]:
            roots.append((real, str(Path(raw))))
    return sorted(roots, key=lambda r: len(r[0]), reverse=True)


def _manifest(content: bytes, uri: str) -> dict[str, dict[str, str]] | None:
    """An ``articles.csv``'s rows if it is a manifest (a ``file`` column, no ``text``)."""
    header = next(csv.reader(io.StringIO(content.decode("utf-8", errors="replace"))), [])
    if "file" not in header or "text" in header:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, MANIFEST_NAME)
        path.write_bytes(content)
        try:
            return read_manifest(path)
        except InputError as exc:
            raise InputError(str(exc).replace(str(path), uri)) from None


def check_paths(paths: list[str], kind: str = "extract") -> None:
    """Fail in one line on a local path that is missing or a file of the wrong kind."""
    if not paths:
        raise InputError("no input paths given")
    roots_of(paths)
    suffixes, what = ((_GDELT_SUFFIXES, "a GDELT export") if kind == "gdelt"
                      else ((*ARTICLE_SUFFIXES, ".parquet"), "an article"))
    for raw in paths:
        if not _is_remote(raw) and Path(raw).is_file() and not raw.lower().endswith(suffixes):
            raise InputError(f"{raw}: not {what} file (expected {', '.join(suffixes)})")


def _files(spark: SparkSession, paths: list[str], suffixes: tuple[str, ...]) -> DataFrame:
    from pyspark.sql import functions as F

    files = spark.read.format("binaryFile").option("recursiveFileLookup", "true").load(paths)
    lower = F.lower(F.col("path"))
    return files.where(F.greatest(*(lower.endswith(s) for s in suffixes)))


def article_records(spark: SparkSession, paths: list[str]) -> DataFrame:
    """Every article (or error record) under ``paths``: columns ``ARTICLE_RECORD_SPARK``."""
    from pyspark.sql import functions as F

    check_paths(paths, "extract")
    roots = roots_of(paths)
    parquet = [p for p in paths if is_parquet(p)]
    plain = [p for p in paths if p not in parquet]
    frames = []
    if plain:
        files = _files(spark, plain, ARTICLE_SUFFIXES)
        manifests: dict[str, dict[str, dict[str, str]]] = {}
        for row in files.where(F.col("path").endswith("/" + MANIFEST_NAME)).select(
            "path", "content"
        ).collect():
            rows = _manifest(bytes(row["content"]), row["path"])
            if rows is not None:
                manifests[row["path"].rsplit("/", 1)[0]] = rows
        manifest_uris = [folder + "/" + MANIFEST_NAME for folder in manifests]
        files = files.where(~F.col("path").isin(manifest_uris)).select("path", "content")
        reader = partial(read_files, roots=roots, manifests=manifests)
        frames.append(files.mapInArrow(reader, ARTICLE_RECORD_SPARK))
    if parquet:
        table = spark.read.parquet(*parquet)
        columns = {c.lower() for c in table.columns}
        if "id" not in columns or not columns & {"text", "body", "content"}:
            raise InputError(f"{parquet[0]}: a Parquet table of articles needs 'id' and 'text' "
                             f"columns (has {', '.join(table.columns)})")
        table = table.select(*(F.col(c).cast("string") for c in table.columns))
        table = table.withColumn(_FILE_COLUMN, F.input_file_name())
        frames.append(table.mapInArrow(partial(parquet_rows, file_column=_FILE_COLUMN, roots=roots),
                                       ARTICLE_RECORD_SPARK))
    out = frames[0]
    for frame in frames[1:]:
        out = out.unionByName(frame)
    return out


def gdelt_records(
    spark: SparkSession,
    paths: list[str],
    done: frozenset[str] = frozenset(),
    partitions: int | None = None,
) -> DataFrame:
    """Every GDELT export under ``paths`` but ``done`` ones, extracted: ``EXTRACTED_SPARK``."""
    check_paths(paths, "gdelt")
    roots = roots_of(paths)
    files = _files(spark, paths, _GDELT_SUFFIXES).select("path", "content")
    if partitions:  # one export per task at most: extraction, not listing, is the work
        files = files.repartition(partitions)
    return files.mapInArrow(partial(gdelt_files, roots=roots, done=done), EXTRACTED_SPARK)
