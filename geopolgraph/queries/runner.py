"""Run a named query on Neo4j or on the mirror and get the same DataFrame from both.

>>> from geopolgraph.graph.mirror import build_mirror
>>> from geopolgraph.model import Triple
>>> G = build_mirror([Triple("USA", "WARNS", "RUS", date="2024-06-10", article_id="a")], {})
>>> run_query("who-does", {"relation": "warns"}, backend="mirror", graph=G)[["source", "triples"]]
  source  triples
0    USA        1
>>> run_query("timeline", {"actor": "RSU"}, backend="mirror", graph=G)
Traceback (most recent call last):
...
geopolgraph.errors.QueryError: timeline: actor: unknown actor id 'RSU'; closest: RUS
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import warnings
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import networkx as nx
import pandas as pd

from geopolgraph.errors import GeopolgraphWarning, QueryError
from geopolgraph.graph import statements as cy
from geopolgraph.graph.readonly import check_read_only
from geopolgraph.graph.store import Store
from geopolgraph.queries.catalog import Query, load_catalog
from geopolgraph.queries.mirror_impl import IMPLEMENTATIONS
from geopolgraph.queries.params import bind_params, check_actors, closest

__all__ = [
    "BACKENDS",
    "FLOAT_DIGITS",
    "cut_at_limit",
    "get_query",
    "list_queries",
    "query_subgraph",
    "run_cypher",
    "run_query",
]

BACKENDS = ("neo4j", "mirror")
#: Floats are rounded to this many decimals so that sums taken in another order still agree.
FLOAT_DIGITS = 9
_DTYPES = {"str": "object", "int": "int64", "float": "float64", "bool": "bool"}


def list_queries() -> pd.DataFrame:
    """One row per named query: ``name``, ``parameters`` (signatures), ``description``."""
    rows = [
        {
            "name": q.name,
            "parameters": ", ".join(p.signature() for p in q.params),
            "description": q.description,
        }
        for q in load_catalog().values()
    ]
    return pd.DataFrame(rows, columns=["name", "parameters", "description"])


def get_query(name: str) -> Query:
    """The named query, or ``QueryError`` listing the valid names."""
    catalog = load_catalog()
    if name not in catalog:
        near = closest(name, catalog, 3)
        hint = f" (did you mean {', '.join(near)}?)" if near else ""
        raise QueryError(f"unknown query {name!r}{hint}; valid: {', '.join(catalog)}")
    return catalog[name]


def _frame(query: Query, rows: Sequence[Mapping[str, Any]]) -> pd.DataFrame:
    """Rows → DataFrame with exactly the header's columns and dtypes (strings as object)."""
    names = query.column_names
    data: dict[str, list[Any]] = {name: [] for name in names}
    for row in rows:
        for name, kind in query.columns:
            value = row.get(name)
            if kind == "str":
                value = "" if value is None else _text(value)
            elif kind == "int":
                value = int(value or 0)
            elif kind == "float":
                value = round(float(value or 0.0), FLOAT_DIGITS) + 0.0  # no -0.0
            else:
                value = bool(value)
            data[name].append(value)
    return pd.DataFrame(
        {name: pd.Series(data[name], dtype=_DTYPES[kind]) for name, kind in query.columns},
        columns=names,
    )


def cut_at_limit(query: Query, frame: pd.DataFrame, limit: int | None) -> pd.DataFrame:
    """The first ``limit`` rows; when there were more, say so (a ``GeopolgraphWarning``, and
    ``frame.attrs["cut"] = True``)."""
    if limit is None or len(frame) <= limit:
        return frame
    frame = frame.iloc[:limit].reset_index(drop=True)
    frame.attrs["cut"] = True
    warnings.warn(
        f"{query.name}: more than {limit:,} rows match; showing the first {limit:,} "
        f"(-p limit=N for more)",
        GeopolgraphWarning,
        stacklevel=3,
    )
    return frame


def _text(value: Any) -> str:
    if hasattr(value, "iso_format"):
        return str(value.iso_format())
    return str(value)


def _neo4j_params(query: Query, values: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(values)
    for p in query.params:
        if p.type == "date" and out.get(p.name) is not None:
            out[p.name] = dt.date.fromisoformat(out[p.name])
    return out


@contextlib.contextmanager
def _opened(store: Store | None) -> Iterator[Store]:
    """``store``, or the project's store from the environment, closed afterwards."""
    if store is not None:
        yield store
        return
    with Store() as own:
        yield own


def _actor_lookups(store: Store) -> tuple[Any, Any]:
    def exists(actor_id: str) -> bool:
        return bool(store.read(cy.ACTOR_EXISTS, {"id": actor_id})[0]["n"])

    def all_ids() -> list[str]:
        return [r["id"] for r in store.read(cy.ACTOR_IDS) if r["id"] is not None]

    return exists, all_ids


def _run_neo4j(query: Query, values: dict[str, Any], store: Store | None) -> pd.DataFrame:
    with _opened(store) as db:
        exists, all_ids = _actor_lookups(db)
        check_actors(query, values, exists, all_ids)
        keys, rows = db.run_read(query.text, _neo4j_params(query, values))
    if keys != query.column_names:
        raise QueryError(f"{query.origin}: returns {keys}, the header says {query.column_names}")
    return _frame(query, [dict(zip(keys, row, strict=True)) for row in rows])


def _run_mirror(query: Query, values: dict[str, Any], graph: nx.MultiDiGraph) -> pd.DataFrame:
    check_actors(query, values, graph.__contains__, lambda: [str(n) for n in graph])
    rows = IMPLEMENTATIONS[query.name](graph, **values)
    return _frame(query, rows)


def run_query(
    name: str,
    params: Mapping[str, Any] | None = None,
    backend: str = "neo4j",
    graph: nx.MultiDiGraph | None = None,
    store: Store | None = None,
) -> pd.DataFrame:
    """The answer of named query ``name`` as a DataFrame (columns and dtypes from its header).

    ``backend="neo4j"`` runs the ``.cypher`` file in a read transaction (``store`` defaults to
    the project's server, ``Store()``); ``backend="mirror"`` computes the same rows on ``graph``.
    """
    query = get_query(name)
    known = graph.__contains__ if backend == "mirror" and graph is not None else None
    values = bind_params(query, params or {}, known)
    asked = values.get("limit") if query.param("limit") else None
    if asked is not None:
        values["limit"] = asked + 1  # one row more tells whether the limit cut anything
    if backend == "mirror":
        if graph is None:
            raise QueryError("the mirror backend needs a graph (build one from articles)")
        frame = _run_mirror(query, values, graph)
    elif backend == "neo4j":
        frame = _run_neo4j(query, values, store)
    else:
        raise QueryError(f"unknown backend {backend!r}; valid: {', '.join(BACKENDS)}")
    return cut_at_limit(query, frame, asked)


def run_cypher(
    text: str, params: Mapping[str, Any] | None = None, store: Store | None = None
) -> pd.DataFrame:
    """Ad-hoc read-only Cypher: refused unless the text check and then the server's plan say it
    only reads (``graph.readonly``); run in a read transaction.

    Nodes, relationships and paths come back as dicts of their properties (plus ``_labels`` /
    ``_type``); Neo4j dates as ISO strings. Neo4j's warnings (a misspelt property, label or
    relationship type) are issued as ``GeopolgraphWarning`` and kept in
    ``frame.attrs["notifications"]``.
    """
    check_read_only(text)
    notices: list[str] = []
    with _opened(store) as db:
        keys, rows = db.run_read(text, params, notices=notices)
    frame = pd.DataFrame(rows, columns=keys)
    frame.attrs["notifications"] = notices
    for notice in dict.fromkeys(notices):
        warnings.warn(notice, GeopolgraphWarning, stacklevel=2)
    return frame


# --- what a query's answer touches (for `geopolgraph draw --query`) ----------------------------


def _touched(
    G: nx.MultiDiGraph, name: str, frame: pd.DataFrame, values: Mapping[str, Any]
) -> nx.MultiDiGraph:
    """The part of ``G`` an answer names: its triple ids, or its actors and relations."""
    nodes: set[str] = set()
    edges: set[tuple[str, str, str]] = set()
    cols = set(frame.columns)
    if name == "evidence":
        edges.update((values["source"], values["target"], k) for k in frame["id"])
    elif "id" in cols and {"source", "target"} <= cols:
        for u, v, key in frame[["source", "target", "id"]].itertuples(index=False):
            edges.add((u, v, key))
    elif "chain" in cols:
        supply = name == "supply-chains"
        for chain in frame["chain"]:
            ids = chain.split(" > ")
            nodes.update(ids)
            for x, y in itertools.pairwise(ids):
                for u, v in ((x, y), (y, x)):
                    for key, d in G.succ[u].get(v, {}).items():
                        rel = d.get("relation")
                        if not supply or (rel, u) in (("SUPPLIES", x), ("RECEIVES", y)):
                            edges.add((u, v, key))
    elif {"actor_a", "actor_b"} <= cols:
        for a, b in frame[["actor_a", "actor_b"]].drop_duplicates().itertuples(index=False):
            for u, v in {(a, b), (b, a)}:
                edges.update((u, v, k) for k in G.succ[u].get(v, {}))
    elif {"source", "relation", "target"} <= cols:
        for s, rel, t in frame[["source", "relation", "target"]].itertuples(index=False):
            edges.update(
                (s, t, k) for k, d in G.succ[s].get(t, {}).items() if d.get("relation") == rel
            )
    elif "id" in cols:  # top-actors: the actors and the relations among them
        nodes.update(frame["id"])
        edges.update(
            (u, v, k) for u, v, k in G.subgraph(nodes).edges(keys=True)
        )
    H = nx.MultiDiGraph()
    H.graph["articles"] = {}
    articles = G.graph.get("articles", {})
    for u, v, k in sorted(edges):
        if not G.has_edge(u, v, k):
            continue
        d = G.edges[u, v, k]
        for n in (u, v):
            H.add_node(n, **G.nodes[n])
        H.add_edge(u, v, key=k, **d)
        art = d.get("article_id", "")
        if art in articles:
            H.graph["articles"][art] = articles[art]
    for n in sorted(nodes):
        if n in G and n not in H:
            H.add_node(n, **G.nodes[n])
    return H


def query_subgraph(
    name: str,
    params: Mapping[str, Any] | None = None,
    backend: str = "neo4j",
    graph: nx.MultiDiGraph | None = None,
    store: Store | None = None,
) -> nx.MultiDiGraph:
    """The actors and triples a query's answer touches, as a mirror (what ``draw`` shows)."""
    frame = run_query(name, params, backend, graph, store)
    values = bind_params(get_query(name), params or {})
    if backend == "mirror":
        assert graph is not None
        return _touched(graph, name, frame, values)
    actors = _answer_actors(frame) | {
        v for k, v in values.items() if k in ("source", "target") and v
    }
    with _opened(store) as db:
        G = db.read_subgraph(cy.SUBGRAPH_OF_ACTORS, {"ids": sorted(actors)})
    return _touched(G, name, frame, values)


def _answer_actors(frame: pd.DataFrame) -> set[str]:
    out: set[str] = set()
    for col in ("source", "target", "actor_a", "actor_b"):
        if col in frame.columns:
            out.update(frame[col])
    if "chain" in frame.columns:
        for chain in frame["chain"]:
            out.update(chain.split(" > "))
    if "id" in frame.columns and "source" not in frame.columns:
        out.update(frame["id"])
    return out

