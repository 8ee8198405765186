"""Synthetic GDELT 2.0 exports resampled from real rows, for benchmarks at scale.

Each synthetic event takes its two actors (the whole Actor1 and Actor2 blocks, so the pair is a
real pair), its event code block (EventCode … QuadClass, Goldstein), its counts and tone, its
places and its date offset (DATEADDED − SQLDATE) from independently drawn real rows, so actor
pairs, codes, date lags and tone keep the real distributions while their combinations are new.
Ids are fresh (``first_id`` upwards), tone is jittered (±0.5), and the events are spread over
15-minute files named as GDELT names them (``YYYYMMDDHHMMSS.export.CSV.zip``, 96 a day), each
written as a zip. ``pool="coded"`` draws actor and code blocks only from rows that the reader
turns into triples, so nearly every synthetic event becomes one (for store benchmarks).

>>> import tempfile
>>> from geopolgraph.loaders.gdelt import read_gdelt
>>> rows = [["1", "20150217", "", "", "", "RUS", "RUSSIA", "RUS", *[""] * 7, "UKR", "UKRAINE",
...          "UKR", *[""] * 7, "1", "190", "190", "19", "4", "-10", "8", "4", "8", "-5",
...          *[""] * 24, "20150218230000", "https://www.example.com/a"]]
>>> with tempfile.TemporaryDirectory() as folder:
...     paths = write_synthetic_exports(folder, 10, rows=rows, files=3, seed=1)
...     result = read_gdelt(folder)
>>> [p.name for p in paths]
['20150218000000.export.CSV.zip', '20150218001500.export.CSV.zip', '20150218003000.export.CSV.zip']
>>> result.stats.rows, result.stats.duplicates, len({t.id for t in result.triples})
(10, 0, 10)
"""

from __future__ import annotations

import datetime as dt
import io
import random
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from geopolgraph.errors import InputError
from geopolgraph.loaders.gdelt_rows import GDELT_EVENT_COLUMNS, iso_date, parse_gdelt

__all__ = ["read_rows", "synthetic_rows", "write_synthetic_exports"]

_C = {name: i for i, name in enumerate(GDELT_EVENT_COLUMNS)}
_ACTORS = range(_C["Actor1Code"], _C["IsRootEvent"])
_CODE = range(_C["IsRootEvent"], _C["NumMentions"])
_COUNTS = range(_C["NumMentions"], _C["AvgTone"])
_GEO = range(_C["Actor1Geo_Type"], _C["DATEADDED"])
_SLOT = dt.timedelta(minutes=15)


def read_rows(path: str | Path, pool: str = "all") -> list[list[str]]:
    """The well-formed rows of a real export (``pool="coded"``: only rows that become triples).

    >>> read_rows("no/such.export.CSV")
    Traceback (most recent call last):
    ...
    geopolgraph.errors.InputError: no/such.export.CSV: no such file
    """
    from geopolgraph.loaders.gdelt import open_lines

    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    lines = [line.rstrip("\r\n") for line in open_lines(path)]
    rows = [line.split("\t") for line in lines if line]
    rows = [r for r in rows if len(r) == len(GDELT_EVENT_COLUMNS) and iso_date(r[1])
            and r[_C["DATEADDED"]][:8].isdigit()]
    if pool == "coded":
        kept = parse_gdelt(["\t".join(r) for r in rows], str(path)).events
        rows = [r for r in rows if kept.get(r[0], -1) >= 0]
    if not rows:
        raise InputError(f"{path}: no usable rows to resample")
    return rows


def _lag_days(row: Sequence[str]) -> int:
    added = iso_date(row[_C["DATEADDED"]][:8])
    return (dt.date.fromisoformat(added) - dt.date.fromisoformat(iso_date(row[1]))).days


def synthetic_rows(
    rows: Sequence[Sequence[str]], n: int, seed: int = 0, first_id: int = 900_000_000,
    start: dt.datetime = dt.datetime(2015, 2, 18), per_slot: int = 1,
) -> Iterator[list[str]]:
    """``n`` synthetic rows, ``per_slot`` rows per 15-minute slot from ``start`` on."""
    rng = random.Random(seed)
    lags = [_lag_days(r) for r in rows]
    domains = sorted({r[-1].split("/")[2] for r in rows if r[-1].count("/") >= 2}) or [
        "example.com"]
    for i in range(n):
        slot = start + _SLOT * (i // per_slot)
        pick = rng.choice
        actors, code, counts, tone_row, geo = (pick(rows) for _ in range(5))
        lag = lags[rng.randrange(len(rows))]
        day = (slot.date() - dt.timedelta(days=lag))
        event_id = first_id + i
        row = [""] * len(GDELT_EVENT_COLUMNS)
        row[0] = str(event_id)
        row[1] = day.strftime("%Y%m%d")
        row[2], row[3] = day.strftime("%Y%m"), day.strftime("%Y")
        row[4] = f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}"
        for block, source in ((_ACTORS, actors), (_CODE, code), (_COUNTS, counts), (_GEO, geo)):
            for c in block:
                row[c] = source[c]
        tone = float(tone_row[_C["AvgTone"]] or 0.0) + rng.uniform(-0.5, 0.5)
        row[_C["AvgTone"]] = f"{tone:.6f}"
        row[_C["DATEADDED"]] = slot.strftime("%Y%m%d%H%M%S")
        article = event_id // 3  # about three events per article, as in the real export
        row[-1] = f"https://{domains[article % len(domains)]}/synthetic/{article}"
        yield row


def write_synthetic_exports(
    folder: str | Path, n: int, *, rows: Sequence[Sequence[str]] | None = None,
    source: str | Path | None = None, files: int = 96, seed: int = 0, pool: str = "all",
    start: dt.datetime = dt.datetime(2015, 2, 18), first_id: int = 900_000_000,
) -> list[Path]:
    """Write ``n`` events resampled from ``rows`` (or the export ``source``) as ``files``
    zipped 15-minute exports in ``folder``; returns their paths (in time order)."""
    if rows is None:
        if source is None:
            raise InputError("synthetic GDELT needs real rows or a source export")
        rows = read_rows(source, pool)
    if files < 1 or n < 0:
        raise InputError(f"need at least one file and n >= 0, got files={files}, n={n}")
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    per_file = -(-n // files) if n else 0
    stream = synthetic_rows(rows, n, seed, first_id, start, max(per_file, 1))
    paths = []
    for index in range(files):
        stamp = (start + _SLOT * index).strftime("%Y%m%d%H%M%S")
        path = out / f"{stamp}.export.CSV.zip"
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED,
                             compresslevel=1) as archive, \
                archive.open(f"{stamp}.export.CSV", "w") as raw, \
                io.TextIOWrapper(raw, encoding="utf-8", newline="") as text:
            for _, row in zip(range(per_file), stream, strict=False):
                text.write("\t".join(row) + "\n")
        paths.append(path)
    return paths
