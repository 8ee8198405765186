"""Progress, the standard way: tqdm bars on a terminal and in notebooks, periodic log lines
when output goes to a file or a pipe, nothing at all when quiet.

Every long step (extracting articles, reading GDELT, writing outputs, Neo4j batches) wraps its
loop in :func:`progress`; ``geopolgraph --quiet`` (or :func:`set_quiet`, or tqdm's own
``TQDM_DISABLE=1``) turns them all off.

>>> set_quiet(True)
>>> [x for x in progress(range(3), desc="demo", unit="item")]
[0, 1, 2]
>>> set_quiet(False)
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable
from typing import Any, TypeVar

from tqdm.std import tqdm as std_tqdm

__all__ = ["LOG_INTERVAL", "LogProgress", "in_notebook", "is_quiet", "progress", "set_quiet"]

T = TypeVar("T")
#: Seconds between two log lines when output is not a terminal.
LOG_INTERVAL = 10.0
LOG = logging.getLogger("geopolgraph.progress")
_state = {"quiet": False}


def set_quiet(quiet: bool = True) -> None:
    """Turn every progress bar and progress log line off (or back on)."""
    _state["quiet"] = quiet


def is_quiet() -> bool:
    return _state["quiet"]


def in_notebook() -> bool:
    """True inside a Jupyter kernel (where tqdm draws a widget)."""
    shell = sys.modules.get("IPython")
    if shell is None:
        return False
    try:
        ip = shell.get_ipython()
    except Exception:  # pragma: no cover - a broken IPython install
        return False
    return ip is not None and "IPKernelApp" in getattr(ip, "config", {})


class LogProgress(std_tqdm):
    """A tqdm that writes one plain line every :data:`LOG_INTERVAL` seconds (and when done)
    to the ``geopolgraph.progress`` logger, or to stderr when logging is not configured.

    >>> import io, contextlib
    >>> with contextlib.redirect_stderr(io.StringIO()):
    ...     bar = LogProgress(total=4, desc="extract", unit="article")
    ...     bar.update(1)
    ...     half = bar.line()
    ...     bar.update(3)
    ...     bar.close()
    >>> half.split(",")[0], bar.line()
    ('extract: 1/4 articles (25%)', 'extract: 4/4 articles (100%) in 00:00')
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("mininterval", LOG_INTERVAL)
        kwargs.setdefault("miniters", 1)
        self._logged: tuple[int, bool] | None = None
        super().__init__(*args, **kwargs)

    def line(self) -> str:
        """What the next log line says: done/total, percent, elapsed and time left."""
        d = self.format_dict
        unit = d.get("unit") or "it"
        plural = unit if unit.endswith("s") else unit + "s"
        total = d.get("total")
        elapsed = self.format_interval(d["elapsed"])
        if not total:
            return f"{d['prefix']}: {d['n']:,} {plural} in {elapsed}"
        head = f"{d['prefix']}: {d['n']:,}/{total:,} {plural} ({100 * d['n'] / total:.0f}%)"
        if d["n"] >= total:
            return f"{head} in {elapsed}"
        if not d["n"]:
            return head
        rate = d["n"] / d["elapsed"] if d["elapsed"] and d["n"] else 0
        eta = self.format_interval((total - d["n"]) / rate) if rate else "?"
        return f"{head}, {elapsed} elapsed, about {eta} left"

    def display(self, msg: str | None = None, pos: int | None = None) -> bool:
        done = (bool(self.total) and self.n >= self.total) or bool(getattr(self, "_closing", False))
        if self._logged == (self.n, done):
            return True
        self._logged = (self.n, done)
        line = self.line()
        if LOG.hasHandlers():
            LOG.info("%s", line)
        else:
            print(f"geopolgraph: {line}", file=sys.stderr, flush=True)
        return True

    def close(self) -> None:
        if getattr(self, "disable", True):
            return
        self._closing = True
        if self._logged != (self.n, True):
            self.display()
        self.disable = True  # tqdm's own close would write to the terminal


def progress(
    iterable: Iterable[T] | None = None,
    *,
    total: int | None = None,
    desc: str = "",
    unit: str = "it",
    **kwargs: Any,
) -> std_tqdm:
    """A progress bar over ``iterable`` (or one updated by hand with ``.update(n)``).

    In a notebook: tqdm's widget; on a terminal: tqdm's bar on stderr; otherwise a
    :class:`LogProgress` line every :data:`LOG_INTERVAL` seconds; with :func:`set_quiet`:
    nothing.
    """
    options = {"total": total, "desc": desc, "unit": unit, **kwargs}
    if is_quiet():
        return std_tqdm(iterable, disable=True, **options)
    if in_notebook():
        try:
            from tqdm.notebook import tqdm as notebook_tqdm

            return notebook_tqdm(iterable, **options)
        except ImportError:  # no ipywidgets: tqdm's text bar in the cell's stderr
            return std_tqdm(iterable, file=sys.stderr, **options)
    if sys.stderr.isatty():
        return std_tqdm(iterable, file=sys.stderr, **options)
    return LogProgress(iterable, **options)
