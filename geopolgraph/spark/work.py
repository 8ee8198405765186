"""What runs on the executors: one function per stage, over the Arrow batches of a partition.

Each is handed to ``DataFrame.mapInArrow`` (or ``foreachPartition``) with its settings bound by
``functools.partial``. Lexicon and models are loaded through the library's own caches
(``load_lexicon`` is memoised, and so is whatever ``extract_article_triples`` loads), so a Python
worker loads them once and keeps them for every task it runs (Spark reuses its workers).

Nothing here lets one article fail a task: a read or extraction error becomes an error row
(stage ``read``/``extract``) beside the other articles of the batch.

>>> batch = pa.RecordBatch.from_pylist(
...     [{"path": "file:/in/a.txt", "content": "JAKARTA, KOMPAS.com - AS dan Korsel telah "
...       "memperingatkan Rusia.".encode()}])
>>> read = next(read_files([batch], roots=[("/in", "in")], manifests={}))
>>> read.column("id").to_pylist(), read.column("path").to_pylist()
(['a'], ['in/a.txt'])
>>> out = next(extract_records([read])).to_pylist()[0]
>>> [(t["source"], t["relation"], t["target"]) for t in out["triples"]]
[('USA', 'WARNS', 'RUS'), ('KOR', 'WARNS', 'RUS')]
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import fields
from pathlib import PurePosixPath
from typing import Any

import pyarrow as pa

from geopolgraph.loaders.extract import extract_article_triples
from geopolgraph.loaders.gdelt import GDELT_EVENT_COLUMNS, parse_gdelt
from geopolgraph.loaders.lexicons import load_lexicon
from geopolgraph.model import Article, Triple
from geopolgraph.pipeline import actors_for
from geopolgraph.spark.records import display_path, error_record, file_records, row_record
from geopolgraph.spark.schema import ARTICLE_META, ARTICLE_RECORD_ARROW, EXTRACTED_ARROW

__all__ = ["extract_records", "gdelt_files", "parquet_rows", "read_files"]

_META = tuple(f.name for f in ARTICLE_META.fields)
_ARTICLE_FIELDS = tuple(f.name for f in fields(Article))


def _parent(uri: str) -> str:
    return uri.rsplit("/", 1)[0]


def read_files(
    batches: Iterable[pa.RecordBatch],
    roots: Sequence[tuple[str, str]],
    manifests: Mapping[str, Mapping[str, Mapping[str, str]]],
) -> Iterator[pa.RecordBatch]:
    """``binaryFile`` rows (``path``, ``content``) to article records, one file at a time.

    ``manifests`` maps a folder's URI to its ``articles.csv`` rows (file name → metadata).
    """
    for batch in batches:
        rows: list[dict[str, Any]] = []
        for uri, content in zip(batch.column("path").to_pylist(),
                                batch.column("content").to_pylist(), strict=True):
            name = display_path(uri, roots)
            try:
                rows.extend(file_records(name, content, manifests.get(_parent(uri))))
            except Exception as exc:  # a reader bug must not lose the partition
                rows.append(error_record(PurePosixPath(name).stem, name, None,
                                         f"{name}: {type(exc).__name__}: {exc}"))
        yield pa.RecordBatch.from_pylist(rows, schema=ARTICLE_RECORD_ARROW)


def parquet_rows(
    batches: Iterable[pa.RecordBatch], file_column: str, roots: Sequence[tuple[str, str]] = ()
) -> Iterator[pa.RecordBatch]:
    """Rows of a Parquet table of articles to article records (``file_column``: the source)."""
    for batch in batches:
        rows = []
        for row in batch.to_pylist():
            name = display_path(str(row.pop(file_column) or "<parquet>"), roots)
            rows.append(row_record(row, name))
        yield pa.RecordBatch.from_pylist(rows, schema=ARTICLE_RECORD_ARROW)


def _failed(record: Mapping[str, Any], stage: str, error: str | None = None) -> dict[str, Any]:
    return {
        **{k: record.get(k) or "" for k in _META},
        "error": error or record.get("error"),
        "error_file": record.get("error_file") or record.get("path") or "",
        "error_line": record.get("error_line"),
        "stage": stage,
        "triples": [],
        "actors": [],
    }


def _extracted(meta: Mapping[str, Any], triples: list[Triple]) -> dict[str, Any]:
    actors = actors_for(triples, load_lexicon())
    return {
        **{k: meta.get(k) or "" for k in _META},
        "error": None, "error_file": None, "error_line": None, "stage": None,
        "triples": [t.as_dict() for t in triples],
        "actors": [a.as_dict() for a in actors.values()],
    }


def extract_records(batches: Iterable[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """Article records to one row per article: its triples and actors, or its error."""
    lexicon = load_lexicon()
    for batch in batches:
        rows = []
        for record in batch.to_pylist():
            if record.get("error") is not None:
                rows.append(_failed(record, "read"))
                continue
            article = Article(**{k: record.get(k) or "" for k in _ARTICLE_FIELDS})
            try:
                triples = list(extract_article_triples(article, lexicon))
                rows.append(_extracted(record, triples))
            except Exception as exc:  # one article's failure is reported, not fatal
                rows.append(_failed(record, "extract", f"{type(exc).__name__}: {exc}"))
        yield pa.RecordBatch.from_pylist(rows, schema=EXTRACTED_ARROW)


def _gdelt_lines(name: str, content: bytes) -> list[str]:
    if name.lower().endswith(".zip"):
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            members = [m for m in archive.namelist() if not m.endswith("/")]
            if len(members) != 1:
                raise zipfile.BadZipFile(f"expected one file in the zip, found {len(members)}")
            content = archive.read(members[0])
    return io.StringIO(content.decode("utf-8", errors="replace"), newline="").readlines()


def _gdelt_file(name: str, content: bytes) -> list[dict[str, Any]]:
    """One export's articles (with their triples) and one error row per bad line."""
    errors: list[dict[str, Any]] = []
    lines = _gdelt_lines(name, content)
    for number, line in enumerate(lines, start=1):
        width = len(line.rstrip("\r\n").split("\t"))
        if line.strip() and width != len(GDELT_EVENT_COLUMNS):
            errors.append(_failed(error_record(
                "", name, number, f"line {number} of {name}: expected "
                f"{len(GDELT_EVENT_COLUMNS)} tab-separated columns, got {width}"), "read"))
            lines[number - 1] = "\n"  # blanked, so the other rows keep their line numbers
    result = parse_gdelt(lines, name, load_lexicon())
    if result.stats.bad:  # malformed in other ways (a code that is not a number, …)
        errors.append(_failed(error_record("", name, None, f"{result.stats.bad} malformed "
                                           f"rows, the first: {result.stats.first_bad}"), "read"))
    by_article: dict[str, list[Triple]] = {}
    for triple in result.triples:
        by_article.setdefault(triple.article_id, []).append(triple)
    rows = []
    for article_id, article in result.articles.items():
        row = _extracted(article.metadata(), by_article.get(article_id, []))
        row["actors"] = [result.actors[a["id"]].as_dict() for a in row["actors"]]
        rows.append(row)
    return rows + errors


def gdelt_files(
    batches: Iterable[pa.RecordBatch],
    roots: Sequence[tuple[str, str]],
    done: frozenset[str] = frozenset(),
) -> Iterator[pa.RecordBatch]:
    """GDELT export files (``binaryFile`` rows) to the same rows as :func:`extract_records`.

    Files named in ``done`` (extracted by an earlier run) are passed over.
    """
    for batch in batches:
        rows: list[dict[str, Any]] = []
        for uri, content in zip(batch.column("path").to_pylist(),
                                batch.column("content").to_pylist(), strict=True):
            name = display_path(uri, roots)
            if name in done:
                continue
            try:
                rows.extend(_gdelt_file(name, content))
            except Exception as exc:  # a broken zip is one error, not a failed job
                rows.append(_failed(error_record("", name, None, f"{name}: {exc}"), "read"))
        yield pa.RecordBatch.from_pylist(rows, schema=EXTRACTED_ARROW)
