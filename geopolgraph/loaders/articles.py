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

import codecs
import csv
import datetime as dt
import io
import json
import re
import warnings
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from geopolgraph.errors import GeopolgraphWarning, InputError
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
    "read_text_file",
]

ARTICLE_SUFFIXES = (".txt", ".jsonl", ".csv")
MANIFEST_NAME = "articles.csv"
#: Languages the extractor reads; a manifest naming another is warned about, then detected.
LANGUAGES = ("id", "en")
#: Article text may be long: a CSV field up to this many characters (Python's default: 128 KiB).
CSV_FIELD_LIMIT = 256 * 2**20
_LANGUAGE_NAMES = {
    "id": "id", "in": "id", "ind": "id", "id-id": "id", "indonesian": "id", "bahasa": "id",
    "en": "en", "eng": "en", "en-us": "en", "en-gb": "en", "english": "en",
}
_SURROGATE = re.compile("[\ud800-\udfff]")

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


def _raise(error: InputError) -> None:
    raise error


def parse_jsonl(
    stream: IO[str], name: str = "<jsonl>", on_error: Callable[[InputError], None] = _raise
) -> Iterator[Article]:
    """Articles from JSON Lines: one object per line with at least ``id`` and ``text``.

    A bad line raises ``InputError`` naming it, or, with ``on_error``, is handed to it and
    skipped (``read_articles`` warns and counts).

    >>> import io
    >>> [a.id for a in parse_jsonl(io.StringIO('{"id": "x", "text": "AS dan Korsel."}\\n'))]
    ['x']
    """
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        where = f"line {number} of {name}"
        try:
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{where}: not valid JSON ({exc.msg})") from None
            except RecursionError:
                raise InputError(f"{where}: JSON nested too deeply") from None
            if not isinstance(record, dict):
                raise InputError(f"{where}: expected a JSON object, got {type(record).__name__}")
            yield _article_from_record(record, where, name)
        except InputError as error:
            on_error(error)


def _delimiter(header: str) -> str:
    """The delimiter of a CSV header line: the commonest of , ; and tab."""
    return max((",", ";", "\t"), key=header.count)


def parse_csv(
    stream: IO[str], name: str = "<csv>", on_error: Callable[[InputError], None] = _raise
) -> Iterator[Article]:
    """Articles from CSV with a header row holding at least ``id`` and ``text`` (comma,
    semicolon or tab separated). A bad row raises ``InputError`` naming its line, or goes to
    ``on_error``; an unterminated quote is an error at its row, never two articles merged."""
    header = stream.readline()
    reader = csv.DictReader(
        io.StringIO(header), delimiter=_delimiter(header), strict=True
    )
    fields = reader.fieldnames
    if not fields or "text" not in {_COLUMN_ALIASES.get(f.strip(), f.strip()) for f in fields}:
        raise InputError(f"{name}: a CSV of articles needs a header with 'id' and 'text' columns")
    csv.field_size_limit(max(csv.field_size_limit(), CSV_FIELD_LIMIT))
    rows = csv.DictReader(stream, fieldnames=[f.strip() for f in fields],
                          delimiter=_delimiter(header), strict=True)
    while True:
        start = rows.line_num + 2
        try:
            record = next(rows)
        except StopIteration:
            return
        except csv.Error as exc:
            on_error(InputError(f"line {start} of {name}: {exc} (the rest of the file is skipped)"))
            return
        where = f"line {start} of {name}"
        try:
            if None in record or any(v is None for v in record.values()):
                raise InputError(f"{where}: expected {len(fields)} fields, got a ragged row")
            yield _article_from_record(record, where, name)
        except InputError as error:
            on_error(error)


def read_manifest(path: Path) -> dict[str, dict[str, str]]:
    """``articles.csv`` as ``{file name: metadata}``."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as stream:
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
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise InputError(f"{path}: cannot read manifest ({exc})") from None


def _is_manifest(path: Path) -> bool:
    if path.name != MANIFEST_NAME:
        return False
    try:
        with path.open(encoding="utf-8-sig", newline="") as stream:
            header = next(csv.reader(stream), [])
    except (OSError, UnicodeDecodeError, csv.Error):
        return False  # read as articles, where it is skipped with a reason
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


def read_text_file(path: Path) -> IO[str]:
    """``path`` opened as text: UTF-8, or UTF-16/UTF-8 when a byte-order mark says so (the mark
    is dropped). Undecodable bytes raise ``UnicodeDecodeError`` when read."""
    with path.open("rb") as raw:
        head = raw.read(4)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = "utf-8-sig"
    return path.open(encoding=encoding, newline="")


def _warn(message: str) -> None:
    warnings.warn(GeopolgraphWarning(message), stacklevel=3)


def _iso_date(value: str) -> str | None:
    """``value``'s date as YYYY-MM-DD (a datetime's date part too), or None."""
    text = value.strip()
    for candidate in (text, text[:10]):
        try:
            return dt.date.fromisoformat(candidate).isoformat()
        except ValueError:
            continue
    return None


def _checked(article: Article, where: str) -> Article:
    """The article with lone surrogates replaced, a bad ``published`` left empty and an
    unknown language re-detected (each said once in a warning)."""
    values = {name: getattr(article, name) for name in Article.__dataclass_fields__}
    for name, value in values.items():
        if isinstance(value, str) and _SURROGATE.search(value):
            values[name] = _SURROGATE.sub("\ufffd", value)
    published = values["published"]
    if published:
        iso = _iso_date(published)
        if iso is None:
            _warn(f"{where}: published {published!r} is not a date (YYYY-MM-DD); left empty")
        values["published"] = iso or ""
    lang = _LANGUAGE_NAMES.get(str(values["lang"]).strip().lower().replace("_", "-"))
    values["lang"] = lang or values["lang"]
    if values["lang"] not in LANGUAGES:
        found = detect_language(values["text"])
        _warn(f"{where}: language {values['lang']!r} is not one of {', '.join(LANGUAGES)}; "
              f"read as {found!r}")
        values["lang"] = found
    return Article(**values)


def _read_file(path: Path, manifest: dict[str, dict[str, str]],
               on_error: Callable[[InputError], None]) -> Iterator[Article]:
    try:
        with read_text_file(path) as stream:
            suffix = path.suffix.lower()
            if suffix == ".txt":
                yield parse_txt(stream, path.stem, manifest.get(path.name), str(path))
            elif suffix == ".jsonl":
                yield from parse_jsonl(stream, str(path), on_error)
            else:
                yield from parse_csv(stream, str(path), on_error)
    except UnicodeError as exc:
        where = f" (byte {exc.start})" if isinstance(exc, UnicodeDecodeError) else ""
        raise InputError(f"{path}: not UTF-8 text{where}") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None


def _folder_manifest(folder: Path) -> dict[str, dict[str, str]]:
    manifest = folder / MANIFEST_NAME
    if not manifest.is_file():
        return {}
    try:
        rows = read_manifest(manifest)
    except InputError as exc:
        _warn(f"{exc}; its metadata is not used")
        return {}
    for name in rows:
        if not (folder / name).is_file():
            _warn(f"{manifest}: names {name!r}, which is not in {folder}")
    return rows


def read_articles(paths: Iterable[str | Path]) -> Iterator[Article]:
    """Stream every article under ``paths``, one file open at a time.

    An input that cannot be read (a file that is not UTF-8 text, a bad JSON line or CSV row,
    an empty text, an id seen before) is skipped with a one-line warning and counted; the others
    are read. ``InputError`` if none could be read.

    >>> next(read_articles(["seeds/"])).published
    '2024-06-16'
    """
    manifests: dict[Path, dict[str, dict[str, str]]] = {}
    first: dict[str, str] = {}  # article id -> where it was read
    skipped: list[str] = []

    def skip(error: InputError) -> None:
        skipped.append(str(error))
        _warn(f"skipped {error}")

    files = find_article_files(paths)
    for path in files:
        if path.parent not in manifests:
            manifests[path.parent] = _folder_manifest(path.parent)
        try:
            for article in _read_file(path, manifests[path.parent], skip):
                where = str(path)
                if not article.text.strip():
                    skip(InputError(f"{where}: article {article.id!r} has no text"))
                elif article.id in first:
                    skip(InputError(f"{where}: article id {article.id!r} was already read "
                                    f"from {first[article.id]}"))
                else:
                    first[article.id] = where
                    yield _checked(article, where)
        except InputError as error:
            skip(error)
    if skipped:
        _warn(f"skipped {len(skipped)} input(s); {len(first)} article(s) read")
    if files and not first:
        reason = f": {skipped[0]}" if skipped else ""
        raise InputError(f"no article could be read from {len(files)} file(s){reason}")
