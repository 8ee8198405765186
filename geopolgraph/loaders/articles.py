"""Read articles from .txt, .jsonl and .csv files, or from a folder of them.

Readers take file objects (``parse_*``) and paths (``read_*``) in pairs, so tests can feed
``io.StringIO``. A folder's ``articles.csv`` manifest (columns id, file, source, url, published,
language, title) supplies metadata for its .txt files; without it the dateline
("TRIBUNNEWS.COM -", "JAKARTA, KOMPAS.com -") names the source, a ``YYYY-MM-DD`` in the file
name gives the date, and a stop-word count tells Indonesian from English.

>>> import io
>>> a = parse_txt(io.StringIO("TRIBUNNEWS.COM - Presiden Rusia tiba di Pyongyang."), "seed")
>>> (a.id, a.source, a.lang)
('seed', 'Tribunnews.com', 'id')
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from geopolgraph.errors import InputError
from geopolgraph.model import Article

__all__ = [
    "ARTICLE_SUFFIXES",
    "detect_language",
    "find_article_files",
    "parse_csv",
    "parse_jsonl",
    "parse_txt",
    "read_articles",
    "read_manifest",
]

ARTICLE_SUFFIXES = (".txt", ".jsonl", ".csv")
MANIFEST_NAME = "articles.csv"

_ID_WORDS = frozenset(
    [
        "yang",
        "dan",
        "di",
        "ke",
        "dari",
        "untuk",
        "dengan",
        "pada",
        "ini",
        "itu",
        "tidak",
        "akan",
        "dalam",
        "bahwa",
        "adalah",
        "oleh",
        "juga",
        "telah",
        "sebagai",
        "atas",
        "kata",
        "menurut",
        "tersebut",
        "mereka",
        "kami",
        "para",
        "serta",
        "atau",
        "sudah",
    ]
)
_EN_WORDS = frozenset(
    [
        "the",
        "and",
        "of",
        "to",
        "in",
        "for",
        "with",
        "on",
        "this",
        "that",
        "not",
        "will",
        "is",
        "was",
        "by",
        "also",
        "has",
        "as",
        "said",
        "from",
        "are",
        "were",
        "be",
        "have",
        "it",
        "its",
        "their",
        "an",
        "at",
        "which",
        "who",
    ]
)
_WORD = re.compile(r"[A-Za-z]+")
# "TRIBUNNEWS.COM -", "JAKARTA, KOMPAS.com -", "BEIJING (Reuters) -"
_DATELINE = re.compile(
    r"^\s*(?:[A-Z][A-Z .'-]+,\s*)?(?P<source>[A-Za-z]+\.(?i:com|co\.id|id|net))\s*[-–—]",
)
# a dateline that leads its line: "ROME -", "HANOI – The leaders ..."
_DATELINE_LEAD = re.compile(r"^[A-Z][A-Z .,'/()]*[A-Z)]\s*[-–—](?:\s|$)")
_DATE_IN_NAME = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_KNOWN_SOURCES = {"tribunnews.com": "Tribunnews.com", "kompas.com": "Kompas.com"}
_COLUMN_ALIASES = {"language": "lang", "body": "text", "content": "text", "date": "published"}


def detect_language(text: str) -> str:
    """``"id"`` or ``"en"`` by counting common function words.

    >>> detect_language("Presiden Rusia akan mengunjungi Korea Utara pada bulan ini.")
    'id'
    >>> detect_language("The president said that he will visit the country.")
    'en'
    """
    id_hits = en_hits = 0
    for word in _WORD.findall(text[:5000].lower()):
        id_hits += word in _ID_WORDS
        en_hits += word in _EN_WORDS
    return "id" if id_hits >= en_hits else "en"


def _dateline_source(text: str) -> str:
    for line in text.splitlines()[:4]:
        match = _DATELINE.match(line)
        if match:
            raw = match.group("source")
            return _KNOWN_SOURCES.get(raw.lower(), raw)
    return ""


def headline(text: str) -> str:
    r"""The first non-empty line when it is a headline (three words or more, not the dateline
    sentence and not a dateline alone), else "".

    >>> headline("Dulu Sekutu, Jerman Kini Kritik Israel\n\nBERLIN, KOMPAS.com - Jerman ...")
    'Dulu Sekutu, Jerman Kini Kritik Israel'
    >>> headline("TRIBUNNEWS.COM - Presiden Rusia tiba."), headline("ROME -\nItaly has ...")
    ('', '')
    >>> headline("HANOI – The leaders met."), headline("Beijing\n-\nChina said ...")
    ('', '')
    """
    line = next((s.strip() for s in text.splitlines() if s.strip()), "")
    if len(line.split()) < 3 or len(line) > 200:
        return ""
    if _DATELINE.match(line) or _DATELINE_LEAD.match(line):
        return ""
    return line


def _date_from_name(name: str) -> str:
    match = _DATE_IN_NAME.search(name)
    return "-".join(match.groups()) if match else ""


def parse_txt(
    stream: IO[str], article_id: str, metadata: dict[str, str] | None = None, path: str = ""
) -> Article:
    """One article from a plain-text stream; ``metadata`` (from a manifest) wins over guesses."""
    text = stream.read()
    meta = dict(metadata or {})
    return Article(
        id=meta.get("id") or article_id,
        text=text,
        source=meta.get("source") or _dateline_source(text),
        published=meta.get("published") or _date_from_name(article_id),
        lang=meta.get("lang") or meta.get("language") or detect_language(text),
        url=meta.get("url", ""),
        title=meta.get("title") or headline(text),
        path=path,
    )


def _article_from_record(record: dict[str, Any], where: str, path: str) -> Article:
    record = {_COLUMN_ALIASES.get(k, k): v for k, v in record.items() if k is not None}
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{where}: missing a non-empty 'text' field")
    article_id = str(record.get("id") or "").strip()
    if not article_id:
        raise InputError(f"{where}: missing an 'id' field")
    return Article(
        id=article_id,
        text=text,
        source=str(record.get("source") or "") or _dateline_source(text),
        published=str(record.get("published") or ""),
        lang=str(record.get("lang") or "") or detect_language(text),
        url=str(record.get("url") or ""),
        title=str(record.get("title") or ""),
        path=path,
    )


def parse_jsonl(stream: IO[str], name: str = "<jsonl>") -> Iterator[Article]:
    """Articles from JSON Lines: one object per line with at least ``id`` and ``text``.

    >>> import io
    >>> [a.id for a in parse_jsonl(io.StringIO('{"id": "x", "text": "AS dan Korsel."}\\n'))]
    ['x']
    """
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        where = f"line {number} of {name}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: not valid JSON ({exc.msg})") from None
        if not isinstance(record, dict):
            raise InputError(f"{where}: expected a JSON object, got {type(record).__name__}")
        yield _article_from_record(record, where, name)


def parse_csv(stream: IO[str], name: str = "<csv>") -> Iterator[Article]:
    """Articles from CSV with a header row holding at least ``id`` and ``text``."""
    reader = csv.DictReader(stream)
    if not reader.fieldnames or "text" not in {
        _COLUMN_ALIASES.get(f, f) for f in reader.fieldnames
    }:
        raise InputError(f"{name}: a CSV of articles needs a header with 'id' and 'text' columns")
    for record in reader:
        yield _article_from_record(record, f"line {reader.line_num} of {name}", name)


def read_manifest(path: Path) -> dict[str, dict[str, str]]:
    """``articles.csv`` as ``{file name: metadata}``."""
    try:
        with path.open(encoding="utf-8", newline="") as stream:
            reader = csv.DictReader(stream)
            if not reader.fieldnames or "file" not in reader.fieldnames:
                raise InputError(f"{path}: a manifest needs a 'file' column")
            rows: dict[str, dict[str, str]] = {}
            for row in reader:
                file_name = (row.get("file") or "").strip()
                if not file_name:
                    raise InputError(f"line {reader.line_num} of {path}: empty 'file'")
                rows[file_name] = {
                    _COLUMN_ALIASES.get(k, k): (v or "").strip() for k, v in row.items() if k
                }
            return rows
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read manifest ({exc})") from None


def _is_manifest(path: Path) -> bool:
    if path.name != MANIFEST_NAME:
        return False
    with path.open(encoding="utf-8", newline="") as stream:
        header = next(csv.reader(stream), [])
    return "file" in header and "text" not in header


def find_article_files(paths: Iterable[str | Path]) -> list[Path]:
    """Every article file under ``paths`` (files as given, folders walked in name order)."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES and not _is_manifest(p)
                )
            )
        elif path.is_file():
            if path.suffix.lower() not in ARTICLE_SUFFIXES:
                raise InputError(f"{path}: not an article file (expected .txt, .jsonl or .csv)")
            found.append(path)
        else:
            raise InputError(f"{path}: no such file or folder")
    return found


def read_articles(paths: Iterable[str | Path]) -> Iterator[Article]:
    """Stream every article under ``paths``, one file open at a time.

    >>> next(read_articles(["seeds/"])).published
    '2024-06-16'
    """
    manifests: dict[Path, dict[str, dict[str, str]]] = {}
    for path in find_article_files(paths):
        folder = path.parent
        if folder not in manifests:
            manifest = folder / MANIFEST_NAME
            manifests[folder] = read_manifest(manifest) if manifest.is_file() else {}
        try:
            with path.open(encoding="utf-8", newline="") as stream:
                suffix = path.suffix.lower()
                if suffix == ".txt":
                    yield parse_txt(stream, path.stem, manifests[folder].get(path.name), str(path))
                elif suffix == ".jsonl":
                    yield from parse_jsonl(stream, str(path))
                else:
                    yield from parse_csv(stream, str(path))
        except UnicodeDecodeError as exc:
            raise InputError(f"{path}: not UTF-8 text (byte {exc.start})") from None
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror})") from None
