"""GDELT 2.0 as published: exports and mentions, plain or zipped, from files, folders and globs.

``read_gdelt`` takes any mix of ``*.export.CSV``, ``*.export.CSV.zip``, ``*.mentions.CSV`` and
``*.mentions.CSV.zip`` files, folders holding them (searched recursively) and glob patterns. Zips
are read as streams, never unpacked to disk. Rows become triples as ``gdelt_rows`` describes;
mentions are joined to them by GLOBALEVENTID (``gdelt_mentions``). A file that cannot be read
(not a zip, truncated, not UTF-8 text) is reported and skipped, its rows not kept, and the
other files are still read; when nothing at all could be read, :class:`InputError`.

>>> result = read_gdelt("no/such.export.CSV")
Traceback (most recent call last):
...
geopolgraph.errors.InputError: no/such.export.CSV: no such file or folder
"""

from __future__ import annotations

import bisect
import glob
import io
import zipfile
import zlib
from array import array
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from geopolgraph.errors import InputError
from geopolgraph.loaders.gdelt_mentions import MentionJoin, MentionStats
from geopolgraph.loaders.gdelt_rows import (
    GDELT_EVENT_COLUMNS,
    GdeltActorCodes,
    GdeltOptions,
    GdeltReader,
    GdeltResult,
    GdeltStats,
    load_actor_codes,
    parse_gdelt,
)
from geopolgraph.loaders.lexicons import Lexicon
from geopolgraph.progress import progress

__all__ = [
    "GDELT_EVENT_COLUMNS",
    "EventIndex",
    "GdeltActorCodes",
    "GdeltInputs",
    "GdeltOptions",
    "GdeltResult",
    "GdeltStats",
    "find_inputs",
    "load_actor_codes",
    "open_lines",
    "parse_gdelt",
    "read_gdelt",
]

_SUFFIXES = (".csv", ".csv.zip", ".zip")
_GLOB = frozenset("*?[")


@dataclass
class GdeltInputs:
    """The files one call reads: exports and mentions, each list sorted."""

    exports: list[Path] = field(default_factory=list)
    mentions: list[Path] = field(default_factory=list)


def _kind(path: Path) -> str:
    """Mentions when the name says so (``*.mentions.CSV.zip``, ``mentionssamp.csv``)."""
    return "mentions" if "mention" in path.name.lower() else "export"


def find_inputs(paths: Iterable[str | Path]) -> GdeltInputs:
    """Files, folders (recursively: ``*.export.CSV[.zip]``, ``*.mentions.CSV[.zip]``) and globs.

    A file named directly is read whatever its name; a missing path or an empty folder or glob
    is an :class:`InputError`.
    """
    found: dict[Path, None] = {}
    for raw in paths:
        text = str(raw)
        path = Path(text)
        if path.is_file():
            found[path] = None
        elif path.is_dir():
            hits = sorted(p for p in path.rglob("*") if p.is_file() and _is_gdelt(p))
            if not hits:
                raise InputError(f"{path}: no GDELT .export.CSV or .mentions.CSV files in it")
            found.update(dict.fromkeys(hits))
        elif _GLOB & set(text):
            hits = sorted(Path(p) for p in glob.glob(text, recursive=True) if Path(p).is_file())
            if not hits:
                raise InputError(f"{text}: no file matches")
            found.update(dict.fromkeys(hits))
        else:
            raise InputError(f"{path}: no such file or folder")
    inputs = GdeltInputs()
    for path in found:
        (inputs.mentions if _kind(path) == "mentions" else inputs.exports).append(path)
    return inputs


def _is_gdelt(path: Path) -> bool:
    name = path.name.lower()
    return (".export." in name or ".mentions." in name) and name.endswith(_SUFFIXES)


def open_lines(path: Path) -> Iterator[str]:
    """The text lines of a plain or zipped (one member, streamed) GDELT file.

    Raises ``zipfile.BadZipFile``, ``zlib.error``, ``EOFError`` or ``OSError`` on a damaged
    zip, possibly after some lines: callers keep a file's rows only when it was read to the end.
    """
    if path.name.lower().endswith(".zip"):
        with zipfile.ZipFile(path) as archive:
            members = [m for m in archive.namelist() if not m.endswith("/")]
            if len(members) != 1:
                raise zipfile.BadZipFile(f"expected one file in the zip, found {len(members)}")
            with archive.open(members[0]) as raw:
                yield from io.TextIOWrapper(raw, encoding="utf-8", errors="replace", newline="")
        return
    with path.open(encoding="utf-8", errors="replace", newline="") as stream:
        yield from stream


_READ_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, UnicodeError)


def _unreadable(path: Path, exc: BaseException) -> str:
    kind = "not a readable zip (damaged or truncated)" if isinstance(
        exc, zipfile.BadZipFile | zlib.error | EOFError) else "cannot be read"
    detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return f"{path}: {kind}: {detail}"


class EventIndex(Mapping[str, int]):
    """GLOBALEVENTID → triple index (or -1) in two sorted arrays: 12 bytes an event, not ~100.

    >>> index = EventIndex({"42": 0, "7": -1})
    >>> index.get("42"), "7" in index, index.get("8"), sorted(index)
    (0, True, None, ['42', '7'])
    """

    def __init__(self, events: Mapping[str, int]) -> None:
        pairs = sorted((int(k), v) for k, v in events.items())
        self._ids = array("q", (k for k, _ in pairs))
        self._index = array("i", (v for _, v in pairs))

    def __getitem__(self, key: str) -> int:
        if not isinstance(key, str) or not key.isdigit():
            raise KeyError(key)
        number = int(key)
        at = bisect.bisect_left(self._ids, number)
        if at == len(self._ids) or self._ids[at] != number:
            raise KeyError(key)
        return self._index[at]

    def __iter__(self) -> Iterator[str]:
        return (str(k) for k in self._ids)

    def __len__(self) -> int:
        return len(self._ids)


@dataclass
class GdeltRead(GdeltResult):
    """A :class:`GdeltResult` plus what reading the files found: files skipped, mentions."""

    files: int = 0
    failed: list[str] = field(default_factory=list)
    mentions: MentionStats | None = None


def _merge(into: GdeltRead, part: GdeltResult) -> None:
    offset = len(into.triples)
    into.triples.extend(part.triples)
    for event, index in part.events.items():
        into.events[event] = index + offset if index >= 0 else -1
    for key, actor in part.actors.items():
        into.actors.setdefault(key, actor)
    for key, article in part.articles.items():
        into.articles.setdefault(key, article)
    into.stats.add(part.stats)


def read_gdelt(
    paths: str | Path | Iterable[str | Path],
    lexicon: Lexicon | None = None,
    keep_domestic: bool = False,
    *,
    options: GdeltOptions | None = None,
) -> GdeltRead:
    """Read exports (and mentions) from files, folders and globs into one merged result.

    Duplicate event ids, across files too, are counted once (the first file read wins).
    """
    if isinstance(paths, str | Path):
        paths = [paths]
    inputs = find_inputs(paths)
    reader = GdeltReader(lexicon, options or GdeltOptions(keep_domestic=keep_domestic))
    merged = GdeltRead()
    if inputs.mentions and not inputs.exports:
        raise InputError(f"{inputs.mentions[0]}: a mentions file needs its events: give the "
                         ".export.CSV(.zip) files of the same period too")
    for path in progress(inputs.exports, desc="gdelt", unit="file"):
        try:
            part = reader.parse(open_lines(path), str(path), seen=merged.events)
        except _READ_ERRORS as exc:
            merged.failed.append(_unreadable(path, exc))
            continue
        merged.files += 1
        _merge(merged, part)
    if inputs.mentions:
        _join_mentions(merged, inputs.mentions)
    merged.triples.compact()
    merged.events = EventIndex(merged.events)  # type: ignore[assignment]
    if not merged.stats.rows - merged.stats.bad and (merged.failed or merged.stats.bad):
        first = merged.failed[0] if merged.failed else merged.stats.first_bad
        more = merged.stats.bad + len(merged.failed) - 1
        raise InputError(f"nothing could be read: {first}"
                         + (f" (and {more} more)" if more > 0 else ""))
    return merged


def _join_mentions(merged: GdeltRead, files: list[Path]) -> None:
    join = MentionJoin(merged.events)
    for path in files:
        try:
            own = join.feed(open_lines(path), str(path))
        except _READ_ERRORS as exc:
            merged.failed.append(_unreadable(path, exc))
            continue
        merged.files += 1
        if own.rows and not own.joined:
            merged.failed.append(f"{path}: none of its {own.rows} mentions names an event "
                                 "read; give its .export.CSV(.zip) too")
    join.apply(merged.triples)
    merged.mentions = join.stats
