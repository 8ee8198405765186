"""The named queries: ``*.cypher`` files beside this module, each opening with a header.

A header is the run of ``//`` comment lines at the top of the file::

    // name: between
    // description: Every relation between two actors, both directions, oldest first.
    // param: a: actor -- one actor
    // param: hops: int[1..4] = 2 -- how far to go
    // param: since: date = null -- optional (``null`` means "not given")
    // columns: source:str, relation:str, goldstein:float

Parameter types: ``string``, ``actor`` (an actor id that must exist; a name, alias or person
resolves to one: ``geopolgraph.actors``), ``int[LO..HI]``, ``date``
(ISO ``YYYY-MM-DD``), ``relation`` (one label of ``model.RELATIONS``), ``relations`` (a list of
them; ``[]`` means all), ``choice[a|b]``. A parameter without ``=`` is required. ``columns`` fixes
the answer's column names and dtypes (``str``, ``int``, ``float``, ``bool``) on both backends.
An optional ``requires:`` line is parsed but no query needs one: what a query reads that is
derived (PageRank, degrees) is stored when the graph changes (``graph.derived``).

>>> q = parse_query(
...     "// name: demo\\n// description: One line.\\n// param: n: int[1..3] = 2\\n"
...     "// columns: n:int\\nRETURN $n AS n\\n", "demo.cypher")
>>> (q.name, q.params[0].low, q.params[0].high, q.params[0].default, q.columns)
('demo', 1, 3, 2, (('n', 'int'),))
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from geopolgraph.errors import QueryError

__all__ = [
    "COLUMN_TYPES",
    "PARAM_TYPES",
    "Param",
    "Query",
    "load_catalog",
    "parse_query",
]

PARAM_TYPES: tuple[str, ...] = (
    "string", "actor", "int", "date", "relation", "relations", "choice",
)
COLUMN_TYPES: tuple[str, ...] = ("str", "int", "float", "bool")

_PARAM_RE = re.compile(
    r"^(?P<name>[a-z_][a-z0-9_]*)\s*:\s*(?P<type>[a-z]+)(?:\[(?P<spec>[^\]]*)\])?"
    r"\s*(?:=\s*(?P<default>\S+))?\s*(?:--\s*(?P<doc>.*))?$"
)
_KEYS = ("name", "description", "param", "columns", "requires")
_REQUIRED = object()


@dataclass(frozen=True)
class Param:
    """One ``$parameter`` of a named query, as its header declares it."""

    name: str
    type: str
    default: Any = None
    required: bool = True
    low: int | None = None
    high: int | None = None
    choices: tuple[str, ...] = ()
    doc: str = ""

    def signature(self) -> str:
        """``hops: int[1..4] = 2`` (what ``query --list`` and error messages show)."""
        kind = self.type
        if self.type == "int" and self.low is not None:
            kind = f"int[{self.low}..{self.high}]"
        elif self.type == "choice":
            kind = f"choice[{'|'.join(self.choices)}]"
        if self.required:
            return f"{self.name}: {kind}"
        return f"{self.name}: {kind} = {json.dumps(self.default)}"


@dataclass(frozen=True)
class Query:
    """A named query: its header and its Cypher text (with the header)."""

    name: str
    description: str
    params: tuple[Param, ...]
    columns: tuple[tuple[str, str], ...]
    text: str
    requires: tuple[str, ...] = ()
    origin: str = ""

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)

    @property
    def column_names(self) -> list[str]:
        return [name for name, _ in self.columns]


def _default(raw: str | None, kind: str, where: str) -> tuple[Any, bool]:
    if raw is None:
        return None, True
    try:
        value = json.loads(raw)
    except json.JSONDecodeError:
        raise QueryError(f"{where}: default {raw!r} is not JSON") from None
    return value, False


def _param(body: str, where: str) -> Param:
    match = _PARAM_RE.match(body.strip())
    if not match:
        raise QueryError(f"{where}: cannot read parameter {body.strip()!r}")
    kind, spec = match["type"], match["spec"]
    if kind not in PARAM_TYPES:
        raise QueryError(f"{where}: unknown type {kind!r}; valid: {', '.join(PARAM_TYPES)}")
    low = high = None
    choices: tuple[str, ...] = ()
    if kind == "int" and spec:
        lo, _, hi = spec.partition("..")
        low, high = int(lo), int(hi)
    elif kind == "choice":
        choices = tuple(c.strip() for c in (spec or "").split("|") if c.strip())
        if not choices:
            raise QueryError(f"{where}: choice parameter {match['name']!r} lists no choices")
    elif spec:
        raise QueryError(f"{where}: type {kind!r} takes no [..] part")
    default, required = _default(match["default"], kind, where)
    return Param(
        name=match["name"], type=kind, default=default, required=required,
        low=low, high=high, choices=choices, doc=(match["doc"] or "").strip(),
    )


def _columns(body: str, where: str) -> tuple[tuple[str, str], ...]:
    out = []
    for item in body.split(","):
        name, _, kind = item.strip().partition(":")
        if kind.strip() not in COLUMN_TYPES:
            raise QueryError(f"{where}: column {item.strip()!r} needs a type of {COLUMN_TYPES}")
        out.append((name.strip(), kind.strip()))
    return tuple(out)


def parse_query(text: str, origin: str) -> Query:
    """Read the header of one ``.cypher`` file (``origin`` names it in error messages)."""
    fields: dict[str, Any] = {"param": [], "columns": (), "requires": ()}
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped.startswith("//"):
            break
        key, sep, body = stripped[2:].strip().partition(":")
        if not sep or key.strip() not in _KEYS:
            continue  # a free comment inside the header
        where = f"line {number} of {origin}"
        key = key.strip()
        if key == "param":
            fields["param"].append(_param(body, where))
        elif key == "columns":
            fields["columns"] = _columns(body, where)
        elif key == "requires":
            fields["requires"] = tuple(r.strip() for r in body.split(",") if r.strip())
        else:
            fields[key] = body.strip()
    for key in ("name", "description", "columns"):
        if not fields.get(key):
            raise QueryError(f"{origin}: the header has no {key!r} line")
    used = set(re.findall(r"\$([A-Za-z_][A-Za-z0-9_]*)", _strip_header(text)))
    declared = {p.name for p in fields["param"]}
    if used != declared:
        raise QueryError(
            f"{origin}: the text uses ${', $'.join(sorted(used))} "
            f"but the header declares {', '.join(sorted(declared)) or 'nothing'}"
        )
    return Query(
        name=fields["name"],
        description=fields["description"],
        params=tuple(fields["param"]),
        columns=fields["columns"],
        text=text,
        requires=fields["requires"],
        origin=origin,
    )


def _strip_header(text: str) -> str:
    return "\n".join(line.split("//", 1)[0] for line in text.splitlines())


@cache
def load_catalog() -> dict[str, Query]:
    """Every named query shipped with the package, by name (sorted)."""
    out: dict[str, Query] = {}
    folder = resources.files("geopolgraph.queries")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".cypher"):
            continue
        query = parse_query(entry.read_text(encoding="utf-8"), entry.name)
        if query.name != entry.name.removesuffix(".cypher"):
            raise QueryError(f"{entry.name}: header name {query.name!r} differs from the file")
        out[query.name] = query
    return out
