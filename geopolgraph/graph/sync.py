"""Mirror ⇄ Neo4j: write a NetworkX mirror to the store, or read the store (or a query) back.

The round trip mirror → Neo4j → mirror keeps nodes, edge keys and attributes: dates come back as
ISO strings and properties never stored come back as the dataclass defaults.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields
from typing import Any

import networkx as nx

from geopolgraph.graph.mirror import triples_from_mirror
from geopolgraph.graph.rows import DEFAULT_BATCH_SIZE, LoadSummary
from geopolgraph.graph.store import Store
from geopolgraph.model import Actor, Article

_ARTICLE_META = frozenset(f.name for f in fields(Article)) - {"id", "text"}

__all__ = ["actors_from_mirror", "articles_from_mirror", "mirror_to_neo4j", "neo4j_to_mirror"]


def actors_from_mirror(G: nx.MultiDiGraph) -> dict[str, Actor]:
    """Every node as an Actor (``name`` defaults to the id, as in ``mirror.build_mirror``)."""
    return {
        str(node): Actor(
            id=str(node),
            name=str(data.get("name", node)),
            kind=str(data.get("kind", "")),
            country=str(data.get("country", "")),
        )
        for node, data in G.nodes(data=True)
    }


def articles_from_mirror(G: nx.MultiDiGraph) -> list[Article]:
    """``G.graph["articles"]`` back as Articles (without text: the store keeps metadata only)."""
    out = []
    for article_id, meta in (G.graph.get("articles") or {}).items():
        values = {k: str(v) for k, v in dict(meta).items() if k in _ARTICLE_META}
        out.append(Article(id=str(article_id), text="", **values))
    return out


def mirror_to_neo4j(
    G: nx.MultiDiGraph, store: Store, batch_size: int = DEFAULT_BATCH_SIZE
) -> LoadSummary:
    """Write the whole mirror (actors, articles, one relationship per edge) to the store."""
    return store.write_graph(
        triples_from_mirror(G),
        actors_from_mirror(G),
        articles_from_mirror(G),
        batch_size=batch_size,
    )


def neo4j_to_mirror(
    store: Store, query: str | None = None, params: Mapping[str, Any] | None = None
) -> nx.MultiDiGraph:
    """The whole store as a mirror, or (with ``query``) the subgraph that query returns."""
    if query is None:
        return store.read_graph()
    return store.read_subgraph(query, params)
