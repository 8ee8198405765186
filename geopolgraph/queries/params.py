"""Turn user-given parameter values (CLI strings or Python values) into a query's typed values.

Validation follows the header types of ``catalog.Param``; every failure is a one-line
``QueryError`` that says what is valid.

>>> from geopolgraph.queries.catalog import load_catalog
>>> bind_params(load_catalog()["ego"], {"actor": "RUS", "hops": "1", "relations": "warns,visits"})
{'actor': 'RUS', 'hops': 1, 'since': None, 'until': None, 'relations': ['WARNS', 'VISITS']}
>>> bind_params(load_catalog()["ego"], {"actor": "RUS", "hops": 9})
Traceback (most recent call last):
...
geopolgraph.errors.QueryError: ego: hops must be an integer in 1..4, got 9
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from geopolgraph.errors import QueryError
from geopolgraph.model import RELATIONS
from geopolgraph.queries.catalog import Param, Query

__all__ = ["bind_params", "check_actors", "closest", "parse_assignments"]


def parse_assignments(items: Iterable[str]) -> dict[str, str]:
    """``["hops=2", "actor=RUS"]`` → ``{"hops": "2", "actor": "RUS"}`` (the CLI's ``-p``).

    >>> parse_assignments(["a=RUS", "since=2024-01-01"])
    {'a': 'RUS', 'since': '2024-01-01'}
    """
    out: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise QueryError(f"parameter {item!r} is not key=value")
        out[key.strip()] = value.strip()
    return out


def closest(word: str, candidates: Iterable[str], n: int = 5) -> list[str]:
    """The candidates most like ``word`` (case-insensitive), best first."""
    pool = sorted(set(candidates))
    by_upper: dict[str, str] = {}
    for c in pool:
        by_upper.setdefault(c.upper(), c)
    hits = difflib.get_close_matches(word.upper(), list(by_upper), n=n, cutoff=0.4)
    return [by_upper[h] for h in hits]


def _is_null(value: Any) -> bool:
    return value is None or (isinstance(value, str) and value.strip().lower() in ("", "null"))


def _int(query: Query, p: Param, value: Any) -> int:
    span = f" in {p.low}..{p.high}" if p.low is not None else ""
    try:
        if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
            raise ValueError
        number = int(value)
    except (TypeError, ValueError):
        raise QueryError(
            f"{query.name}: {p.name} must be an integer{span}, got {value!r}"
        ) from None
    if p.low is not None and p.high is not None and not p.low <= number <= p.high:
        raise QueryError(f"{query.name}: {p.name} must be an integer{span}, got {number}")
    return number


def _date(query: Query, p: Param, value: Any) -> str:
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    try:
        if len(text) != 10:
            raise ValueError
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise QueryError(
            f"{query.name}: {p.name} must be a date YYYY-MM-DD, got {value!r}"
        ) from None


def _relation(query: Query, p: Param, value: Any) -> str:
    label = str(value).strip().upper()
    if label not in RELATIONS:
        near = closest(label, RELATIONS, 3)
        hint = f" (did you mean {', '.join(near)}?)" if near else ""
        raise QueryError(
            f"{query.name}: {p.name}: unknown relation {value!r}{hint}; "
            f"valid: {', '.join(RELATIONS)}"
        )
    return label


def _relations(query: Query, p: Param, value: Any) -> list[str]:
    if isinstance(value, str):
        items = [v for v in value.replace(";", ",").split(",") if v.strip()]
    elif isinstance(value, Iterable):
        items = list(value)
    else:
        raise QueryError(f"{query.name}: {p.name} must be a list of relations, got {value!r}")
    out: list[str] = []
    for item in items:
        label = _relation(query, p, item)
        if label not in out:
            out.append(label)
    return out


def _one(query: Query, p: Param, value: Any) -> Any:
    if p.type == "int":
        return _int(query, p, value)
    if p.type == "date":
        return _date(query, p, value)
    if p.type == "relation":
        return _relation(query, p, value)
    if p.type == "relations":
        return _relations(query, p, value)
    if p.type == "choice":
        text = str(value).strip()
        if text not in p.choices:
            raise QueryError(
                f"{query.name}: {p.name} must be one of {', '.join(p.choices)}, got {value!r}"
            )
        return text
    if not isinstance(value, str) or not value.strip():
        raise QueryError(f"{query.name}: {p.name} must be a non-empty string, got {value!r}")
    return value.strip()


def bind_params(query: Query, given: Mapping[str, Any]) -> dict[str, Any]:
    """Every declared parameter of ``query``, typed (dates as ISO strings; null as ``None``)."""
    unknown = sorted(set(given) - {p.name for p in query.params})
    if unknown:
        valid = "; ".join(p.signature() for p in query.params) or "none"
        raise QueryError(f"{query.name}: unknown parameter {unknown[0]!r}; valid: {valid}")
    out: dict[str, Any] = {}
    for p in query.params:
        value = given.get(p.name)
        if p.name not in given or (_is_null(value) and p.type != "relations"):
            if p.required:
                raise QueryError(f"{query.name}: missing parameter {p.signature()}")
            out[p.name] = list(p.default) if isinstance(p.default, list) else p.default
            continue
        out[p.name] = _one(query, p, value)
    return out


def check_actors(
    query: Query,
    values: Mapping[str, Any],
    exists: Callable[[str], bool],
    all_ids: Callable[[], Iterable[str]],
) -> None:
    """Raise ``QueryError`` naming the closest ids when an ``actor`` value is not in the graph."""
    for p in query.params:
        value = values.get(p.name)
        if p.type != "actor" or value is None or exists(value):
            continue
        near = closest(value, all_ids())
        hint = f"closest: {', '.join(near)}" if near else "the graph has no similar actor id"
        raise QueryError(f"{query.name}: {p.name}: unknown actor id {value!r}; {hint}")
