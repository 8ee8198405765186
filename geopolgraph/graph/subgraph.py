"""Slices of the mirror that a page or a query wants to look at: an actor's ego network,
a date window. Both return new graphs that keep ``G.graph`` (the articles' metadata).

An edge's date is its triple's ``date``, or, when the text gave none, its article's
``published`` date; edges with neither are kept only when no date bound is given.

>>> from geopolgraph.graph.mirror import build_mirror
>>> from geopolgraph.model import Actor, Triple
>>> ts = [Triple(source="RUS", relation="VISITS", target="PRK", date="2024-06-19", article_id="a"),
...       Triple(source="USA", relation="WARNS", target="RUS", date="2023-09-01", article_id="a")]
>>> G = build_mirror(ts, {"RUS": Actor("RUS", "Russia")})
>>> sorted(subgraph_for_ego(G, "PRK", 1))
['PRK', 'RUS']
>>> sorted(subgraph_for_ego(G, "Korea Utara", 1))  # a name or alias in either language
['PRK', 'RUS']
>>> sorted(subgraph_for_ego(G, "Japan", 2))  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
geopolgraph.errors.InputError: 'Japan' is JPN, which is not in this graph; ...
>>> [d["relation"] for *_, d in subgraph_for_dates(G, since="2024-01-01").edges(data=True)]
['VISITS']
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import networkx as nx

from geopolgraph.errors import InputError

__all__ = ["edge_date", "parse_date", "resolve_actor", "subgraph_for_dates", "subgraph_for_ego"]


def parse_date(value: str | dt.date | None, option: str = "date") -> str:
    """An ISO date string from user input ("" for None); a bad value is an InputError.

    >>> parse_date("2024-06-10"), parse_date(None), parse_date(dt.date(2024, 1, 2))
    ('2024-06-10', '', '2024-01-02')
    """
    if value is None or value == "":
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise InputError(f"{option}: expected a date as YYYY-MM-DD, got {value!r}") from None


def edge_date(data: Mapping[str, Any], articles: Mapping[str, Mapping[str, Any]]) -> str:
    """The date an edge counts under: the triple's, else its article's published date."""
    date = data.get("date") or ""
    if date:
        return str(date)
    article = articles.get(data.get("article_id") or "", {})
    return str(article.get("published") or "")


def resolve_actor(G: nx.MultiDiGraph, actor: str) -> str:
    """An actor id of ``G`` from an id, a name or alias (Indonesian or English) or a person
    (:func:`geopolgraph.actors.resolve_actor`; a note on stderr says which state a person is
    taken for); unknown or ambiguous names are an InputError."""
    from geopolgraph.actors import announce
    from geopolgraph.actors import resolve_actor as resolve_name

    if actor in G:
        return actor
    found = resolve_name(actor, graph=G)
    if found.id not in G:
        examples = ", ".join(sorted(str(n) for n in G)[:3]) or "RUS"
        raise InputError(f"{actor!r} is {found.id}, which is not in this graph; e.g. {examples}")
    announce(found)
    return found.id


def subgraph_for_ego(G: nx.MultiDiGraph, actor: str, hops: int = 1) -> nx.MultiDiGraph:
    """Every actor within ``hops`` steps of ``actor`` (either direction), edges among them."""
    if hops < 0:
        raise InputError(f"--hops: expected 0 or more, got {hops}")
    center = resolve_actor(G, actor)
    reach = nx.single_source_shortest_path_length(G.to_undirected(as_view=True), center, hops)
    return G.subgraph(reach).copy()


def subgraph_for_dates(
    G: nx.MultiDiGraph,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
) -> nx.MultiDiGraph:
    """The edges dated within ``[since, until]`` (inclusive) and the actors they touch."""
    lo, hi = parse_date(since, "--since"), parse_date(until, "--until")
    if lo and hi and lo > hi:
        raise InputError(f"--since {lo} is after --until {hi}")
    if not lo and not hi:
        return G.copy()
    articles = G.graph.get("articles", {})
    H = nx.MultiDiGraph()
    H.graph.update(G.graph)
    for u, v, key, data in G.edges(keys=True, data=True):
        date = edge_date(data, articles)
        if not date or (lo and date < lo) or (hi and date > hi):
            continue
        for n in (u, v):
            if n not in H:
                H.add_node(n, **G.nodes[n])
        H.add_edge(u, v, key=key, **data)
    return H
