"""Reopen what geopolgraph built: the mirror back from its own files, with no extraction.

:func:`open_graph` (also ``geopolgraph.open``) accepts

- ``graph.graphml`` and ``graph.gexf`` (what ``build`` and ``gdelt`` write),
- ``triples.csv`` and ``triples.parquet`` (every triple; the negated ones are left out of the
  mirror, as ``build`` leaves them out), or a folder of Parquet parts (a Spark or bulk export
  with the same columns),
- GDELT 2.0 event exports (``*.export.CSV``, ``*.CSV.zip``), read by ``loaders.gdelt``,
- a folder: its ``graph.graphml``, else ``triples.parquet``, else ``triples.csv``, else its
  Parquet parts, else its GDELT exports.

The mirror is the one ``build`` made: the same nodes, edge keys and attributes, so every named
query gives the same DataFrame. GraphML and Parquet carry the articles' metadata (outlet,
title, URL for ``evidence``); ``triples.csv`` cannot, so those come back empty from a CSV, and
actor names come from the lexicon.

>>> import tempfile, pathlib
>>> from geopolgraph.graph.mirror import build_mirror, write_graphml
>>> from geopolgraph.model import Actor, Triple
>>> G = build_mirror([Triple("USA", "WARNS", "RUS", date="2024-06-10", article_id="a")],
...                  {"USA": Actor("USA", "United States")})
>>> path = pathlib.Path(tempfile.mkdtemp()) / "graph.graphml"
>>> write_graphml(G, path)
>>> H = open_graph(path)
>>> list(H.edges(keys=True, data="date")) == list(G.edges(keys=True, data="date"))
True
>>> detect_format(path), H.nodes["USA"]["name"]
('graphml', 'United States')
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

import networkx as nx

from geopolgraph.errors import InputError
from geopolgraph.graph.mirror import EDGE_FIELDS, Mirror, add_triples
from geopolgraph.model import Actor, Triple
from geopolgraph.outputs import PARQUET_META_KEY, TRIPLE_FIELD_TYPES

__all__ = [
    "FORMATS",
    "detect_format",
    "mirror_from_nx",
    "open_graph",
    "parse_triples_csv",
    "read_graph_file",
    "read_graphml",
    "read_triples_parquet",
]

#: What :func:`open_graph` reads.
FORMATS: tuple[str, ...] = ("graphml", "gexf", "csv", "parquet", "gdelt")
#: A folder is opened through the first of these it holds.
_FOLDER_FILES = ("graph.graphml", "triples.parquet", "triples.csv", "graph.gexf")
_GDELT_COLUMNS = 61
_NODE_FIELDS = ("name", "kind", "country")
_SLOTS = frozenset(EDGE_FIELDS)
_SLOT_DEFAULTS = tuple((name, Triple.__dataclass_fields__[name].default) for name in EDGE_FIELDS)


def _gdelt_files(folder: Path) -> list[Path]:
    return sorted(
        p for p in folder.iterdir()
        if p.is_file() and p.name.lower().endswith((".export.csv", ".export.csv.zip"))
    )


def _first_line(path: Path) -> str:
    try:
        with path.open(encoding="utf-8", errors="replace", newline="") as stream:
            return stream.readline()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None


def detect_format(path: str | Path) -> str:
    """Which of :data:`FORMATS` ``path`` is (a folder: what it holds), by name and first line.

    >>> detect_format("nowhere.graphml")
    Traceback (most recent call last):
    ...
    geopolgraph.errors.InputError: nowhere.graphml: no such file or folder
    """
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    if path.is_dir():
        for name in _FOLDER_FILES:
            if (path / name).is_file():
                return detect_format(path / name)
        if any(path.glob("*.parquet")):
            return "parquet"
        if _gdelt_files(path):
            return "gdelt"
        raise InputError(
            f"{path}: holds no graph.graphml, triples.parquet, triples.csv, Parquet parts "
            "or GDELT exports"
        )
    name = path.name.lower()
    if name.endswith((".graphml", ".xml")):
        return "graphml"
    if name.endswith(".gexf"):
        return "gexf"
    if name.endswith(".parquet"):
        return "parquet"
    if name.endswith(".zip"):
        return "gdelt"
    first = _first_line(path)
    if first.count("\t") == _GDELT_COLUMNS - 1:
        return "gdelt"
    if first.lstrip("\ufeff").startswith("source,relation,target"):
        return "csv"
    raise InputError(
        f"{path}: not a graph this tool reads (expected .graphml, .gexf, .parquet, a "
        "triples.csv with the header source,relation,target,… or a GDELT 2.0 export)"
    )


def _typed(name: str, value: Any, where: str) -> Any:
    """A Triple field's value in its own type (GraphML, GEXF and CSV may give strings)."""
    kind = TRIPLE_FIELD_TYPES[name]
    if value is None:
        return Triple.__dataclass_fields__[name].default
    if isinstance(value, kind) and not (kind is int and isinstance(value, bool)):
        return value
    try:
        if kind is bool:
            text = str(value).strip().lower()
            if text not in ("true", "false", "1", "0", ""):
                raise ValueError
            return text in ("true", "1")
        if kind is int:
            return int(float(value)) if str(value).strip() else 0
        if kind is float:
            return float(value) if str(value).strip() else 0.0
    except (TypeError, ValueError):
        raise InputError(
            f"{where}: {name}: expected {kind.__name__}, got {value!r}"
        ) from None
    return str(value)


def mirror_from_nx(H: nx.Graph, where: str = "<graph>") -> Mirror:
    """A mirror from a graph read back from GraphML or GEXF: node and edge attributes typed
    as the data model says, article metadata from the ``articles_json`` graph attribute."""
    G = Mirror()
    raw = H.graph.get("articles_json")
    try:
        G.graph["articles"] = json.loads(raw) if raw else {}
    except json.JSONDecodeError:
        raise InputError(f"{where}: the articles_json graph attribute is not JSON") from None
    for node, data in H.nodes(data=True):
        G.add_node(str(node), **{k: str(data.get(k, "") or "") for k in _NODE_FIELDS})
        if not G.nodes[str(node)]["name"]:
            G.nodes[str(node)]["name"] = str(node)
    multi = H.is_multigraph()
    edges = H.edges(keys=True, data=True) if multi else (
        (u, v, d.get("id", ""), d) for u, v, d in H.edges(data=True)
    )
    for u, v, key, data in edges:
        if "relation" not in data:
            raise InputError(f"{where}: edge {u} -> {v} has no relation attribute")
        extra = {k: val for k, val in data.items() if k not in _SLOTS and k not in ("id", "label")}
        G.add_edge(
            str(u), str(v), key=str(key if multi else data.get("id") or key),
            **{name: _typed(name, data.get(name), f"{where}: edge {key}") for name in EDGE_FIELDS},
            **extra,  # what a loader added beyond the data model (GDELT's tone, mentions …)
        )
    return G


_NS = "{http://graphml.graphdrawing.org/xmlns}"
_EDGE, _NODE, _KEY, _GRAPH, _DATA = (_NS + t for t in ("edge", "node", "key", "graph", "data"))
_GRAPHML_TYPES: dict[str, Any] = {
    "string": str, "int": int, "long": int, "float": float, "double": float,
    "boolean": lambda text: text.strip().lower() in ("true", "1"),
}


def _graphml_converters(key: dict[str, str]) -> Any:
    """The function turning a ``<data>`` text of this key into the data model's type
    (``None`` for text that stays text)."""
    name, kind = key["name"], key["type"]
    target = TRIPLE_FIELD_TYPES.get(name) if key["for"] == "edge" else None
    if target is None:
        target = _GRAPHML_TYPES.get(kind, str)
    if target is bool:
        return _GRAPHML_TYPES["boolean"]
    return None if target is str else target


def read_graphml(path: str | Path) -> Mirror:
    """A GraphML file (as :func:`~geopolgraph.graph.mirror.write_graphml` writes it) streamed
    straight into a mirror: about four times faster than ``networkx.read_graphml`` and a copy.

    Edge ids are the triple ids; ``articles_json`` (a graph attribute) the article metadata.
    """
    where = str(path)
    fields: dict[str, tuple[str, Any]] = {}  # key id -> (attribute name, converter)
    G = Mirror()
    graph_attrs: dict[str, Any] = {}
    try:
        for el in _graphml_elements(where):
            tag = el.tag
            if tag == _EDGE:
                data = {}
                for d in el:
                    name, conv = fields[d.get("key", "")]
                    data[name] = (d.text or "") if conv is None else conv(d.text or "")
                _add_edge(G, el.get("source", ""), el.get("target", ""), el.get("id"), data,
                          where)
                el.clear()
            elif tag == _NODE:
                data = {}
                for d in el:
                    name, conv = fields[d.get("key", "")]
                    data[name] = (d.text or "") if conv is None else conv(d.text or "")
                G.add_node(el.get("id", ""), **{k: str(data.get(k) or "") for k in _NODE_FIELDS},
                           **{k: v for k, v in data.items() if k not in _NODE_FIELDS})
                el.clear()
            elif tag == _KEY:
                key = {"name": el.get("attr.name", ""), "type": el.get("attr.type", "string"),
                       "for": el.get("for", "all")}
                fields[el.get("id", "")] = (key["name"], _graphml_converters(key))
            elif tag == _GRAPH:  # its own <data> children (the nodes and edges are cleared)
                for d in el:
                    if d.tag == _DATA:
                        name, conv = fields[d.get("key", "")]
                        graph_attrs[name] = (d.text or "") if conv is None else conv(d.text or "")
    except SyntaxError as exc:  # ElementTree's and lxml's ParseError
        raise InputError(f"{where}: not readable GraphML ({exc})") from None
    except KeyError as exc:
        raise InputError(f"{where}: a <data> element names the undeclared key {exc}") from None
    except ValueError as exc:
        raise InputError(f"{where}: a value does not fit its type ({exc})") from None
    G.graph["articles"] = _articles(graph_attrs.get("articles_json"), where)
    for node, attrs in G.nodes(data=True):
        attrs["name"] = attrs.get("name") or node
    return G


def _graphml_elements(where: str) -> Iterator[Any]:
    """Every closed <key>, <node>, <edge> and <graph> element, in document order: lxml skips
    the half a million <data> events in C (five times faster), ElementTree is the fallback."""
    try:
        from lxml.etree import iterparse as lxml_iterparse
    except ImportError:  # pragma: no cover - lxml is a dependency
        from xml.etree.ElementTree import iterparse

        wanted = {_EDGE, _NODE, _KEY, _GRAPH}
        yield from (el for _, el in iterparse(where) if el.tag in wanted)
        return
    for _, el in lxml_iterparse(where, tag=(_EDGE, _NODE, _KEY, _GRAPH), huge_tree=True):
        yield el


def _articles(raw: Any, where: str) -> dict[str, Any]:
    try:
        return dict(json.loads(raw)) if raw else {}
    except (json.JSONDecodeError, TypeError, ValueError):
        raise InputError(f"{where}: the articles_json graph attribute is not JSON") from None


def _add_edge(
    G: Mirror, u: str, v: str, key: str | None, data: dict[str, Any], where: str
) -> None:
    """Add one edge, filling its slots directly (``EdgeData.update`` per edge is the slow part
    of reading a large file)."""
    if "relation" not in data:
        raise InputError(f"{where}: edge {u} -> {v} has no relation attribute")
    key = G.add_edge(u, v, key=key)
    slots = G.succ[u][v][key]
    for name, default in _SLOT_DEFAULTS:
        setattr(slots, name, data.pop(name, default))
    for name, value in data.items():  # what a loader added beyond the data model
        slots[name] = value


def parse_triples_csv(stream: IO[str], name: str = "<triples.csv>") -> Iterator[Triple]:
    """Triples from the CSV ``build`` writes (header = the Triple fields, any order)."""
    reader = csv.DictReader(stream)
    header = reader.fieldnames or []
    missing = [f for f in ("source", "relation", "target") if f not in header]
    if missing:
        raise InputError(f"line 1 of {name}: no {', '.join(missing)} column")
    known = [f for f in header if f in TRIPLE_FIELD_TYPES]
    for number, row in enumerate(reader, start=2):
        where = f"line {number} of {name}"
        if None in row:
            raise InputError(f"{where}: more values than columns")
        yield Triple(**{f: _typed(f, row[f], where) for f in known})


def read_triples_parquet(
    path: str | Path,
) -> tuple[list[Triple], dict[str, Actor] | None, dict[str, Any]]:
    """The triples of a Parquet file or folder of parts, and the actors and articles its
    metadata carries (``None`` / ``{}`` when written by another tool)."""
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(str(path))
    except (OSError, ValueError) as exc:  # pyarrow's ArrowInvalid is a ValueError
        raise InputError(f"{path}: not a readable Parquet file ({exc})") from None
    missing = [f for f in ("source", "relation", "target") if f not in table.column_names]
    if missing:
        raise InputError(f"{path}: no {', '.join(missing)} column")
    known = [f for f in table.column_names if f in TRIPLE_FIELD_TYPES]
    columns = [_column(table, f, path) for f in known]
    triples = [Triple(**dict(zip(known, row, strict=True))) for row in zip(*columns, strict=True)]
    meta = (table.schema.metadata or {}).get(PARQUET_META_KEY)
    if not meta:
        return triples, None, {}
    data = json.loads(meta)
    actors = {k: Actor(**v) for k, v in data.get("actors", {}).items()}
    return triples, actors, data.get("articles", {})


_ARROW_TYPES = {str: "string", int: "int64", float: "double", bool: "bool"}


def _column(table: Any, name: str, path: str | Path) -> list[Any]:
    """One Parquet column as Python values of the Triple field's type (converted only when
    another tool wrote it with another type)."""
    values = table.column(name).to_pylist()
    if str(table.schema.field(name).type) == _ARROW_TYPES[TRIPLE_FIELD_TYPES[name]]:
        default = Triple.__dataclass_fields__[name].default
        return [default if v is None else v for v in values]
    return [_typed(name, v, f"{path}: row {i + 1}") for i, v in enumerate(values)]


def _from_triples(
    triples: Iterable[Triple],
    actors: Mapping[str, Actor] | None,
    articles: Mapping[str, Any],
) -> Mirror:
    asserted = [t for t in triples if not t.negated]
    if actors is None:  # names and kinds from the lexicon, as build gives them
        from geopolgraph.pipeline import actors_for

        actors = actors_for(asserted)
    G = Mirror()
    G.graph["articles"] = dict(articles)
    return add_triples(G, asserted, actors)


def read_graph_file(path: Path, fmt: str) -> Mirror:
    """One file (or Parquet folder) of format ``fmt`` as a mirror."""
    where = str(path)
    if fmt == "graphml":
        return read_graphml(path)
    if fmt == "gexf":
        try:
            H = nx.read_gexf(str(path))
        except Exception as exc:
            raise InputError(f"{where}: not readable GEXF ({exc})") from None
        return mirror_from_nx(H, where)
    if fmt == "csv":
        with path.open(encoding="utf-8", newline="") as stream:
            return _from_triples(parse_triples_csv(stream, where), None, {})
    if fmt == "parquet":
        return _from_triples(*read_triples_parquet(path))
    if fmt == "gdelt":
        from geopolgraph.loaders.gdelt import read_gdelt

        graph = read_gdelt(path).graph()
        G = Mirror()
        G.graph.update(graph.graph)
        G.add_nodes_from(graph.nodes(data=True))
        G.add_edges_from(graph.edges(keys=True, data=True))
        return G
    raise InputError(f"{where}: unknown format {fmt!r}; valid: {', '.join(FORMATS)}")


def open_graph(path: str | Path) -> Mirror:
    """The mirror saved in ``path`` (see the module docstring for what is accepted)."""
    path = Path(path)
    fmt = detect_format(path)
    if path.is_dir() and fmt != "gdelt":
        chosen = next((path / n for n in _FOLDER_FILES if (path / n).is_file()), path)
        return read_graph_file(chosen, fmt)
    return read_graph_file(path, fmt)
