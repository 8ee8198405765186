"""The NetworkX mirror: a ``MultiDiGraph`` with one node per actor and one edge per triple.

Node key = actor id (attrs ``name``, ``kind``, ``country``); edge key = triple id, edge attrs =
every Triple field but ``source``, ``target`` and ``id``; ``G.graph["articles"]`` maps article
ids to their metadata. GraphML export keeps only GraphML-safe types (str, int, float, bool).

>>> from geopolgraph.model import Actor, Triple
>>> t = Triple(source="USA", relation="WARNS", target="RUS", article_id="a", sentence=1)
>>> G = build_mirror([t], {"USA": Actor("USA", "United States"), "RUS": Actor("RUS", "Russia")})
>>> (G.number_of_nodes(), G.number_of_edges(), G.nodes["USA"]["name"])
(2, 1, 'United States')
>>> triples_from_mirror(G) == [t]
True
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping, MutableMapping
from dataclasses import fields
from pathlib import Path
from typing import Any

import networkx as nx

from geopolgraph.columns import TripleTable
from geopolgraph.model import Actor, Article, Triple

__all__ = [
    "EDGE_FIELDS",
    "EdgeData",
    "Mirror",
    "RowEdge",
    "add_triples",
    "build_mirror",
    "graphml_safe",
    "triples_from_mirror",
    "write_gexf",
    "write_graphml",
]

#: Triple fields stored on an edge (source, target and id are the edge's ends and key).
EDGE_FIELDS: tuple[str, ...] = tuple(
    f.name for f in fields(Triple) if f.name not in ("source", "target", "id")
)
_DEFAULTS = {f.name: f.default for f in fields(Triple)}


_SLOT_SET = frozenset(EDGE_FIELDS)


class _Edge(MutableMapping[str, Any]):
    """What both edge attribute classes share: size, copies (plain slots) and pickling."""

    __slots__ = ()

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def copy(self) -> EdgeData:
        return EdgeData(self)

    def __repr__(self) -> str:
        return repr(dict(self))

    def __reduce__(self) -> tuple[Any, ...]:
        return (EdgeData, (dict(self),))


class EdgeData(_Edge):
    """One edge's attributes: the Triple fields live in slots, anything else in a small dict.

    A mirror edge holds 18 attributes; as a plain dict that costs about 470 bytes, as slots
    about 200, which is most of the mirror's memory at a million edges. It behaves as a dict
    (``d["relation"]``, ``d.get("date")``, ``dict(d)``, ``d.copy()``, equality).

    >>> d = EdgeData(relation="WARNS", note="extra")
    >>> d["relation"], d.get("date", "?"), sorted(d), d == {"relation": "WARNS", "note": "extra"}
    ('WARNS', '?', ['note', 'relation'], True)
    """

    __slots__ = (*EDGE_FIELDS, "_extra")

    def __init__(self, data: Any = (), **kwargs: Any) -> None:
        self._extra: dict[str, Any] | None = None
        if data or kwargs:
            self.update(data, **kwargs)

    def __getitem__(self, key: str) -> Any:
        if key in _SLOT_SET:
            try:
                return getattr(self, key)
            except AttributeError:
                raise KeyError(key) from None
        if self._extra is not None and key in self._extra:
            return self._extra[key]
        raise KeyError(key)

    def __setitem__(self, key: str, value: Any) -> None:
        if key in _SLOT_SET:
            setattr(self, key, value)
        else:
            if self._extra is None:
                self._extra = {}
            self._extra[key] = value

    def __delitem__(self, key: str) -> None:
        if key in _SLOT_SET:
            try:
                delattr(self, key)
            except AttributeError:
                raise KeyError(key) from None
        elif self._extra is not None and key in self._extra:
            del self._extra[key]
        else:
            raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        for name in EDGE_FIELDS:
            if hasattr(self, name):
                yield name
        if self._extra:
            yield from self._extra


    def __contains__(self, key: object) -> bool:
        if isinstance(key, str) and key in _SLOT_SET:
            return hasattr(self, key)
        return self._extra is not None and key in self._extra

    def get(self, key: str, default: Any = None) -> Any:
        if key in _SLOT_SET:
            return getattr(self, key, default)
        return self._extra.get(key, default) if self._extra is not None else default



_GONE = object()  # marks a table field deleted from one edge


class RowEdge(_Edge):
    """One edge's attributes read from row ``row`` of a :class:`~geopolgraph.columns.TripleTable`.

    About 60 bytes per edge instead of copying 25 values: the mirror of a table refers to its
    rows. Writes and deletions stay on the edge (a small dict); the table is never changed.

    >>> from geopolgraph.columns import TripleTable
    >>> d = RowEdge(TripleTable([Triple("USA", "WARNS", "RUS", date="2024-06-10")]), 0)
    >>> d["relation"], d.get("date"), d.get("nope", "?")
    ('WARNS', '2024-06-10', '?')
    >>> d["relation"] = "THREATENS"; del d["date"]; d["relation"], "date" in d
    ('THREATENS', False)
    """

    __slots__ = ("_extra", "_row", "_table")

    def __init__(self, table: Any, row: int) -> None:
        self._table = table
        self._row = row
        self._extra: dict[str, Any] | None = None

    def __getitem__(self, key: str) -> Any:
        if self._extra is not None and key in self._extra:
            value = self._extra[key]
            if value is _GONE:
                raise KeyError(key)
            return value
        if key in _SLOT_SET:
            return self._table.value(self._row, key)
        raise KeyError(key)

    def __setitem__(self, key: str, value: Any) -> None:
        if self._extra is None:
            self._extra = {}
        self._extra[key] = value

    def __delitem__(self, key: str) -> None:
        if key not in self:
            raise KeyError(key)
        if key in _SLOT_SET:
            self[key] = _GONE
        else:
            del self._extra[key]  # type: ignore[union-attr]

    def __iter__(self) -> Iterator[str]:
        extra = self._extra or {}
        for name in EDGE_FIELDS:
            if extra.get(name) is not _GONE:
                yield name
        for key in extra:
            if key not in _SLOT_SET:
                yield key


    def __contains__(self, key: object) -> bool:
        if self._extra is not None and key in self._extra:
            return self._extra[key] is not _GONE
        return key in _SLOT_SET

    def get(self, key: str, default: Any = None) -> Any:
        try:
            return self[key]
        except KeyError:
            return default



class Mirror(nx.MultiDiGraph):
    """The mirror's graph class: a MultiDiGraph whose edge attributes are :class:`EdgeData`."""

    edge_attr_dict_factory = EdgeData

    def fresh_copy(self) -> Mirror:
        return Mirror()


def _actor_attrs(actor_id: str, actors: Mapping[str, Actor]) -> dict[str, str]:
    actor = actors.get(actor_id)
    if actor is None:
        return {"name": actor_id, "kind": "", "country": ""}
    return {"name": actor.name, "kind": actor.kind, "country": actor.country}


def _add_table(G: nx.MultiDiGraph, table: TripleTable, actors: Mapping[str, Actor]) -> None:
    """Edges that refer to the table's rows (:class:`RowEdge`), put in place directly."""
    sources, targets, ids = table.getter("source"), table.getter("target"), table.getter("id")
    succ, pred = G._succ, G._pred
    for row in range(len(table)):
        u, v, key = sources(row), targets(row), ids(row)
        for actor_id in (u, v):
            if actor_id not in succ:
                G.add_node(actor_id, **_actor_attrs(actor_id, actors))
        keydict = succ[u].get(v)
        if keydict is None:
            keydict = succ[u][v] = pred[v][u] = G.edge_key_dict_factory()
        keydict[key] = RowEdge(table, row)


def add_triples(
    G: nx.MultiDiGraph, triples: Iterable[Triple], actors: Mapping[str, Actor]
) -> nx.MultiDiGraph:
    """Add triples (and their actors) to ``G`` in place; an existing edge key is replaced.

    The edges of a :class:`~geopolgraph.columns.TripleTable` refer to its rows.
    """
    if isinstance(triples, TripleTable):
        _add_table(G, triples, actors)
        return G
    for triple in triples:
        for actor_id in (triple.source, triple.target):
            if actor_id not in G:
                G.add_node(actor_id, **_actor_attrs(actor_id, actors))
        G.add_edge(
            triple.source,
            triple.target,
            key=triple.id,
            **{name: getattr(triple, name) for name in EDGE_FIELDS},
        )
    return G


def build_mirror(
    triples: Iterable[Triple],
    actors: Mapping[str, Actor],
    articles: Iterable[Article] = (),
) -> nx.MultiDiGraph:
    """A new mirror holding ``triples``, the actors they name and the articles' metadata."""
    G = Mirror()
    G.graph["articles"] = {a.id: a.metadata() for a in articles}
    return add_triples(G, triples, actors)


def triples_from_mirror(G: nx.MultiDiGraph) -> list[Triple]:
    """Every edge back as a Triple (missing attributes take the dataclass defaults)."""
    out = []
    for source, target, key, data in G.edges(keys=True, data=True):
        values = {name: data.get(name, _DEFAULTS[name]) for name in EDGE_FIELDS}
        out.append(Triple(source=source, target=target, id=key, **values))
    return out


#: Characters XML 1.0 cannot hold (control characters such as NUL, ESC, form feed; lone
#: surrogates): GraphML and GEXF get U+FFFD in their place, so the file stays well-formed.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(value: str) -> str:
    r"""``value`` with every character XML cannot hold replaced by U+FFFD.

    >>> xml_text("Kim\x0cJong\x00Un\x1b")
    'Kim\ufffdJong\ufffdUn\ufffd'
    """
    return _NOT_XML.sub("\ufffd", value)


def graphml_safe(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose graph, node and edge attributes are all str, int, float or bool, and
    whose text (ids included) holds only characters XML allows (``xml_text``)."""

    def clean(attrs: Mapping[str, object]) -> dict[str, object]:
        return {
            k: xml_text(v) if isinstance(v, str) else v
            if isinstance(v, int | float | bool) else xml_text(str(v))
            for k, v in attrs.items()
            if v is not None
        }

    def node(n: object) -> object:
        return xml_text(n) if isinstance(n, str) else n

    H = nx.MultiDiGraph()
    articles = G.graph.get("articles", {})
    # the article metadata as JSON, so that a reopened graph answers `evidence` in full
    H.graph.update(
        {"articles": len(articles),
         "articles_json": xml_text(json.dumps(articles, ensure_ascii=False))}
    )
    H.add_nodes_from((node(n), clean(d)) for n, d in G.nodes(data=True))
    H.add_edges_from((node(u), node(v), node(k), clean(d))
                     for u, v, k, d in G.edges(keys=True, data=True))
    return H


def write_graphml(G: nx.MultiDiGraph, path: str | Path) -> None:
    """Write ``G`` as GraphML (edge ids are the triple ids)."""
    nx.write_graphml(graphml_safe(G), str(path), edge_id_from_attribute=None)


def write_gexf(G: nx.MultiDiGraph, path: str | Path) -> None:
    """Write ``G`` as GEXF 1.2 for Gephi: node labels are the actor names, edge ids the
    triple ids, edge labels the relations; every attribute is kept."""
    H = graphml_safe(G)
    for node, data in H.nodes(data=True):
        data["label"] = str(data.get("name") or node)
    for _u, _v, data in H.edges(data=True):
        data["label"] = str(data.get("relation", ""))
    nx.write_gexf(H, str(path))
