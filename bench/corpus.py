"""A large article corpus for benchmarks: copies of the shared evaluation articles.

``../shared/articles`` holds 55 real articles (Indonesian and English); ``article_copies``
writes ``n`` of them round-robin into a folder under new file names (``c0001-<name>.txt``), so
each copy is its own article (its own id and triple ids) with the real text, date and dateline.
The texts belong to their publishers: the copies live in a temporary folder only.
"""

from __future__ import annotations

import shutil
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "articles"


def article_copies(n: int, folder: Path) -> Path:
    """``folder`` filled with ``n`` article files (copies of the shared ones)."""
    sources = sorted(SHARED.rglob("*.txt"))
    if not sources:
        raise FileNotFoundError(f"{SHARED}: no articles (the benchmark needs ../shared)")
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        src = sources[i % len(sources)]
        shutil.copyfile(src, folder / f"c{i:04d}-{src.name}")
    return folder
