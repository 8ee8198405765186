"""Write triples as CSV or JSON Lines, and files atomically (nothing half written on error).

>>> import io
>>> from geopolgraph.model import Triple
>>> buf = io.StringIO()
>>> write_triples_csv([Triple(source="USA", relation="WARNS", target="RUS")], buf)
>>> buf.getvalue().splitlines()[0].split(",")[:3]
['source', 'relation', 'target']
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from geopolgraph.model import Triple

__all__ = ["atomic_path", "write_triples_csv", "write_triples_jsonl"]


def write_triples_csv(triples: Iterable[Triple], stream: IO[str]) -> None:
    """One row per triple, one column per Triple field."""
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(Triple.field_names())
    for t in triples:
        writer.writerow([getattr(t, name) for name in Triple.field_names()])


def write_triples_jsonl(triples: Iterable[Triple], stream: IO[str]) -> None:
    """One JSON object per triple with every Triple field."""
    for t in triples:
        stream.write(json.dumps(t.as_dict(), ensure_ascii=False) + "\n")


@contextlib.contextmanager
def atomic_path(target: str | Path) -> Iterator[Path]:
    """A temporary path beside ``target`` that replaces it only if the block succeeds."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        # mkstemp makes the file private; outputs get the usual mode (0644 under umask 022)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
