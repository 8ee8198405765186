"""File bytes to article records, or error records, with the project's own readers (pure).

A Spark task gets a file's bytes; this module turns them into the same :class:`Article` records
``read_articles`` makes (``parse_txt``/``parse_jsonl``/``parse_csv``, same ids, metadata and
``path``). Where the single-process reader stops at the first bad line, a task must keep going:
a file that is not UTF-8, a line that is not JSON, a CSV row without text becomes one *error
record* (its article id when known, the file, the line, the reader's message) and every other
article of the file is still read.

>>> recs = list(file_records("in/a.jsonl", b'{"id": "x", "text": "AS."}\\n{"id": "y"}\\n'))
>>> [(r["id"], r["error"]) for r in recs]
[('x', None), ('y', "line 2 of in/a.jsonl: missing a non-empty 'text' field")]
>>> display_path("file:/data/news/id/k.txt", [("/data/news", "news")])
'news/id/k.txt'
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import asdict, fields
from pathlib import PurePosixPath
from typing import Any

from geopolgraph.errors import InputError
from geopolgraph.loaders.articles import parse_csv, parse_jsonl, parse_txt
from geopolgraph.model import Article

__all__ = ["article_record", "display_path", "error_record", "file_records", "row_record"]

_ARTICLE_FIELDS = tuple(f.name for f in fields(Article))
Manifest = Mapping[str, Mapping[str, str]]


def article_record(article: Article) -> dict[str, Any]:
    """An Article as a row of the article-records table (no error)."""
    return {**asdict(article), "error": None, "error_file": None, "error_line": None}


def error_record(article_id: str, file: str, line: int | None, message: str) -> dict[str, Any]:
    """A row standing for an article that could not be read: ``error`` says why.

    >>> error_record("k1", "in/k1.txt", None, "in/k1.txt: not UTF-8 text (byte 3)")["error"]
    'in/k1.txt: not UTF-8 text (byte 3)'
    """
    row: dict[str, Any] = dict.fromkeys(_ARTICLE_FIELDS, "")
    row.update(id=article_id, path=file, error=message, error_file=file, error_line=line)
    return row


def display_path(uri: str, roots: Sequence[tuple[str, str]]) -> str:
    """The path as the single-process reader names it: the root as the user gave it + the rest.

    ``roots`` pairs an absolute path (or URI) with the form the user typed. Unknown URIs are
    kept as they are (``s3a://…``).
    """
    local = uri
    if uri.startswith("file:"):
        local = "/" + uri[len("file:") :].lstrip("/")
    for absolute, given in roots:
        if local == absolute:
            return given
        if local.startswith(absolute.rstrip("/") + "/"):
            return given.rstrip("/") + local[len(absolute.rstrip("/")) :]
    return local if uri.startswith("file:") else uri


def _clean(text: str) -> bool:
    """Whether ``text`` came from valid UTF-8 (no ``surrogateescape`` leftovers)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _relined(exc: InputError, name: str, was: int, line: int) -> str:
    """The reader's message for a one-record stream, with the record's real line number."""
    return str(exc).replace(f"line {was} of {name}", f"line {line} of {name}", 1)


def _txt(name: str, content: bytes, manifest: Manifest) -> Iterator[dict[str, Any]]:
    stem = PurePosixPath(name).stem
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError as exc:
        yield error_record(stem, name, None, f"{name}: not UTF-8 text (byte {exc.start})")
        return
    meta = manifest.get(PurePosixPath(name).name)
    yield article_record(parse_txt(io.StringIO(text, newline=""), stem, dict(meta or {}), name))


def _jsonl_lines(name: str, text: str) -> Iterator[dict[str, Any]]:
    for number, line in enumerate(io.StringIO(text, newline=""), start=1):
        if not line.strip():
            continue
        if not _clean(line):
            yield error_record(_id_of_json(line), name, number,
                               f"line {number} of {name}: not UTF-8 text")
            continue
        try:
            yield from map(article_record, parse_jsonl(io.StringIO(line), name))
        except InputError as exc:
            yield error_record(_id_of_json(line), name, number, _relined(exc, name, 1, number))


_JSON_ID = re.compile(r'"id"\s*:\s*"((?:[^"\\]|\\.)*)"')


def _id_of_json(line: str) -> str:
    """The line's ``id`` even when the JSON around it is broken (``""`` if none is seen)."""
    try:
        record = json.loads(line)
    except ValueError:
        match = _JSON_ID.search(line)
        return match.group(1) if match else ""
    return str(record.get("id") or "") if isinstance(record, dict) else ""


def _csv_rows(name: str, text: str) -> Iterator[dict[str, Any]]:
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, [])
        head = io.StringIO()
        csv.writer(head).writerow(header)
        list(parse_csv(io.StringIO(head.getvalue()), name))  # checks the header only
        for row in reader:
            number = reader.line_num
            record = dict(zip(header, row, strict=False))
            article_id = str(record.get("id") or "")
            if not row:
                continue
            if not all(map(_clean, row)):
                yield error_record(article_id, name, number,
                                   f"line {number} of {name}: not UTF-8 text")
                continue
            one = io.StringIO()
            csv.writer(one).writerows([header, row])
            try:
                yield from map(article_record, parse_csv(io.StringIO(one.getvalue()), name))
            except InputError as exc:
                yield error_record(article_id, name, number, _relined(exc, name, 2, number))
    except InputError as exc:
        yield error_record("", name, None, str(exc))
    except csv.Error as exc:
        yield error_record("", name, reader.line_num, f"line {reader.line_num} of {name}: {exc}")


def file_records(
    name: str, content: bytes, manifest: Manifest | None = None
) -> Iterator[dict[str, Any]]:
    """Every article (or error) in one file named ``name`` (``.txt``, ``.jsonl`` or ``.csv``).

    A file that reads cleanly goes through the library reader in one call; only a file with a
    bad line is read again line by line to keep its good articles.
    """
    suffix = PurePosixPath(name).suffix.lower()
    if suffix == ".txt":
        yield from _txt(name, content, manifest or {})
        return
    text = content.decode("utf-8", errors="surrogateescape")
    parse = parse_jsonl if suffix == ".jsonl" else parse_csv
    if _clean(text):
        try:
            articles = list(parse(io.StringIO(text, newline=""), name))
        except (InputError, csv.Error, RecursionError):
            pass
        else:
            yield from map(article_record, articles)
            return
    yield from (_jsonl_lines if suffix == ".jsonl" else _csv_rows)(name, text)


def row_record(row: Mapping[str, Any], name: str) -> dict[str, Any]:
    """One Parquet row with the article columns, read as a JSON Lines record would be.

    >>> row_record({"id": 7, "text": "AS dan Korsel.", "lang": None}, "in.parquet")["id"]
    '7'
    """
    line = json.dumps({k: v for k, v in row.items() if v is not None}, default=str,
                      ensure_ascii=False)
    try:
        return article_record(next(parse_jsonl(io.StringIO(line), name)))
    except InputError as exc:
        return error_record(str(row.get("id") or ""), name, None,
                            str(exc).replace(f"line 1 of {name}", f"a row of {name}", 1))
