"""Turn user-given parameter values (CLI strings or Python values) into a query's typed values.

A ``-p`` value may carry its type: ``since=date:1 Juli 2025``, ``n=int:5``,
``ids=list:USA,RUS`` (see :data:`VALUE_TYPES`); dates are read by dateparser in Indonesian and
English, day first. Named queries also type their parameters by their header
(``catalog.Param``); every failure is a one-line ``QueryError`` that says what is valid.

>>> from geopolgraph.queries.catalog import load_catalog
>>> bind_params(load_catalog()["ego"], {"actor": "RUS", "hops": "1", "relations": "warns,visits"})
{'actor': 'RUS', 'hops': 1, 'since': None, 'until': None, 'relations': ['WARNS', 'VISITS'], \
'limit': 1000}
>>> bind_params(load_catalog()["ego"], {"actor": "RUS", "hops": 9})
Traceback (most recent call last):
...
geopolgraph.errors.QueryError: ego: hops must be an integer in 1..4, got 9
"""

from __future__ import annotations

import contextlib
import datetime as dt
import difflib
import json
import re
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from geopolgraph.errors import GeopolgraphWarning, InputError, QueryError
from geopolgraph.model import RELATIONS
from geopolgraph.queries.catalog import Param, Query

__all__ = [
    "VALUE_TYPES",
    "bind_params",
    "check_actors",
    "closest",
    "cypher_params",
    "parse_assignments",
    "parse_date",
    "parse_datetime",
    "typed_value",
]

# --- typed values: ``-p key=type:value`` ---------------------------------------------------

#: dateparser settings: Indonesian and English write the day first ("10/6/2024" is 10 June).
_DATE_SETTINGS = {
    "DATE_ORDER": "DMY",
    "PREFER_DAY_OF_MONTH": "first",
    "RETURN_AS_TIMEZONE_AWARE": False,
    "REQUIRE_PARTS": ["year"],
}


def parse_datetime(text: str) -> dt.datetime:
    """An ISO timestamp, or a date in Indonesian or English words (dateparser).

    >>> parse_datetime("2025-07-01T10:30"), parse_datetime("Senin (10/6/2024)").date()
    (datetime.datetime(2025, 7, 1, 10, 30), datetime.date(2024, 6, 10))
    """
    text = text.strip()
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        pass
    import dateparser  # imported on first use: it takes a moment to load its languages

    found = dateparser.parse(text, languages=["id", "en"], settings=_DATE_SETTINGS)
    if found is None:
        raise ValueError(f"not a date: {text!r}")
    return found


def parse_date(text: str) -> dt.date:
    """``2025-07-01``, ``1 Juli 2025``, ``10/6/2024`` (day first), ``June 10, 2024`` → a date.

    >>> parse_date("1 Juli 2025"), parse_date("10/6/2024")
    (datetime.date(2025, 7, 1), datetime.date(2024, 6, 10))
    """
    text = text.strip()
    if len(text) == 10 and text[4] == "-":
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
    return parse_datetime(text).date()


def _bool(text: str) -> bool:
    low = text.strip().lower()
    if low in ("true", "yes", "1", "ya"):
        return True
    if low in ("false", "no", "0", "tidak"):
        return False
    raise ValueError(f"not true/false: {text!r}")


def _items(text: str) -> list[str]:
    return [v.strip() for v in text.split(",") if v.strip()]


#: ``-p key=TYPE:value`` types. ``str:`` keeps a value that starts with a type name as text.
VALUE_TYPES: dict[str, Callable[[str], Any]] = {
    "str": str,
    "int": int,
    "float": float,
    "bool": _bool,
    "date": parse_date,
    "datetime": parse_datetime,
    "list": _items,
    "list[str]": _items,
    "list[int]": lambda text: [int(v) for v in _items(text)],
    "list[float]": lambda text: [float(v) for v in _items(text)],
    "list[date]": lambda text: [parse_date(v) for v in _items(text)],
    "json": json.loads,
    "actor": lambda text: _actor_id(text),
    "list[actor]": lambda text: [_actor_id(v) for v in _items(text)],
}


def _actor_id(text: str) -> str:
    """``actor:Kamboja`` → ``KHM``: a name, alias or person (geopolgraph.actors)."""
    from geopolgraph.actors import resolve_actor_id

    return resolve_actor_id(text)


def typed_value(raw: str, where: str = "parameter") -> tuple[Any, bool]:
    """``(value, typed)``: ``"date:1 Juli 2025"`` → ``(date(2025, 7, 1), True)``; text without
    a known ``TYPE:`` prefix → ``(text, False)``.

    >>> typed_value("int:5"), typed_value("list[int]:1,2"), typed_value("person:x-y")
    ((5, True), ([1, 2], True), ('person:x-y', False))
    """
    kind, sep, rest = raw.partition(":")
    if not sep or kind.strip() not in VALUE_TYPES:
        return raw, False
    try:
        return VALUE_TYPES[kind.strip()](rest.strip()), True
    except (ValueError, json.JSONDecodeError) as exc:
        raise QueryError(
            f"{where}: {raw!r} is not a valid {kind.strip()} ({exc}); types: "
            f"{', '.join(VALUE_TYPES)}"
        ) from None


def parse_assignments(items: Iterable[str]) -> dict[str, Any]:
    """``["hops=2", "since=date:1 Juli 2025"]`` → ``{"hops": "2", "since": date(2025, 7, 1)}``
    (the CLI's ``-p``): a value with a ``TYPE:`` prefix is typed, any other stays text.

    >>> parse_assignments(["a=RUS", "since=2024-01-01", "n=int:3"])
    {'a': 'RUS', 'since': '2024-01-01', 'n': 3}
    """
    return {key: value for key, value, _ in _typed_items(items)}


def _typed_items(items: Iterable[str]) -> Iterator[tuple[str, Any, bool]]:
    """``(key, value, typed)`` for each ``key=[TYPE:]value``."""
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise QueryError(f"parameter {item!r} is not key=value")
        typed, is_typed = typed_value(value.strip(), f"parameter {key.strip()}")
        yield key.strip(), typed, is_typed


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def cypher_params(items: Iterable[str]) -> dict[str, Any]:
    """``-p`` values for ad-hoc Cypher: typed ones (``date:…``) as typed, the others JSON when
    they parse (numbers, lists), text otherwise. Text that looks like a date raises a
    ``GeopolgraphWarning``: the store keeps dates as Neo4j dates, which never equal text.

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     cypher_params(["n=3", "since=2025-07-01", "until=date:2025-07-31"])
    {'n': 3, 'since': '2025-07-01', 'until': datetime.date(2025, 7, 31)}
    >>> str(caught[0].message).split(";")[0]
    "since='2025-07-01' is sent as text"
    """
    out: dict[str, Any] = {}
    for key, value, typed in _typed_items(items):
        if not typed:
            with contextlib.suppress(json.JSONDecodeError):
                value = json.loads(value)
        if not typed and isinstance(value, str) and _ISO_DATE.fullmatch(value):
            warnings.warn(
                f"{key}={value!r} is sent as text; the store's dates are Neo4j dates, which "
                f"never equal text: write -p {key}=date:{value} (or str:{value} to keep text)",
                GeopolgraphWarning, stacklevel=2,
            )
        out[key] = value
    return out


# --- binding to a named query's header ------------------------------------------------------


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
    try:
        return parse_date(str(value)).isoformat()
    except ValueError:
        raise QueryError(
            f"{query.name}: {p.name} must be a date (YYYY-MM-DD, or words such as "
            f"'1 Juli 2025'), got {value!r}"
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


def _actor(query: Query, p: Param, value: Any) -> str:
    """An actor id from an id, a name or alias (id/en) or a person (geopolgraph.actors)."""
    from geopolgraph.actors import resolve_actor_id

    try:
        return resolve_actor_id(str(value))
    except InputError as exc:
        raise QueryError(f"{query.name}: {p.name}: {exc}") from exc


def _one(query: Query, p: Param, value: Any) -> Any:
    if p.type == "int":
        return _int(query, p, value)
    if p.type == "date":
        return _date(query, p, value)
    if p.type == "relation":
        return _relation(query, p, value)
    if p.type == "relations":
        return _relations(query, p, value)
    if p.type == "actor":
        return _actor(query, p, value)
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


def bind_params(
    query: Query, given: Mapping[str, Any], known: Callable[[str], bool] | None = None
) -> dict[str, Any]:
    """Every declared parameter of ``query``, typed (dates as ISO strings; null as ``None``).

    ``known`` says whether an actor id is in the graph at hand: such a value is taken as it is,
    without loading the lexicon to resolve names (half a second of a CLI call).
    """
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
        if p.type == "actor" and known is not None and isinstance(value, str) and known(value):
            out[p.name] = value
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
