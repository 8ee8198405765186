"""Named rules of the extractor that can be switched off one at a time (for the ablation report).

Every frame handler, reference handler and general rule registers a name here with a line
saying what it does; the extractor asks :func:`on` before applying it. :func:`disabled` switches
rules off inside a ``with`` block, which is how ``geopolgraph eval --ablate`` measures what each
one is worth on the gold set.

>>> register("demo.rule", "a rule for this example")
'demo.rule'
>>> on("demo.rule")
True
>>> with disabled("demo.rule"):
...     on("demo.rule")
False
>>> on("demo.rule")
True
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from geopolgraph.errors import GeopolgraphError

__all__ = ["RULES", "disabled", "on", "register"]

#: rule name -> what it does (insertion order: the ablation report's order)
RULES: dict[str, str] = {}
_OFF: set[str] = set()


def register(name: str, description: str) -> str:
    """Declare a switchable rule; returns ``name`` so modules can keep it as a constant."""
    RULES[name] = description
    return name


def on(name: str) -> bool:
    """Whether rule ``name`` applies (all rules do unless switched off by :func:`disabled`)."""
    return name not in _OFF


@contextmanager
def disabled(*names: str) -> Iterator[None]:
    """Switch ``names`` off for the duration of the block (unknown names are an error)."""
    unknown = [n for n in names if n not in RULES]
    if unknown:
        raise GeopolgraphError(f"unknown extractor rule(s): {', '.join(unknown)}")
    before = set(_OFF)
    _OFF.update(names)
    try:
        yield
    finally:
        _OFF.clear()
        _OFF.update(before)
