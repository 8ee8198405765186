"""Derived actor properties, computed when the graph changes and stored, never in a query.

For every actor with at least one triple: ``out_degree``, ``in_degree`` and ``degree`` (non-negated
triples), ``weighted_degree`` (summed |Goldstein| of those, rounded to 9 decimals so sums taken in
another order agree), ``pagerank`` (networkx over non-negated triple counts between actors, from
sorted input so that the store and the mirror get identical floats) and ``first_seen`` /
``last_seen`` (the earliest and latest date of its non-negated dated triples, ``""`` if none).

The input is one row per ordered actor pair, which is what the store aggregates in one read
(``statements.DERIVED_INPUT``) and what :func:`pair_rows` makes from a mirror, so both sides run
the same arithmetic.

>>> from geopolgraph.graph.mirror import build_mirror
>>> from geopolgraph.model import Triple
>>> G = build_mirror([Triple("USA", "WARNS", "RUS", goldstein=-4.0, date="2024-06-10"),
...                   Triple("RUS", "WARNS", "USA", goldstein=-4.0, negated=True)], {})
>>> m = mirror_metrics(G)
>>> usa = m["USA"]
>>> usa["out_degree"], usa["in_degree"], usa["weighted_degree"], m["RUS"]["last_seen"]
(1, 0, 4.0, '2024-06-10')
>>> round(m["USA"]["pagerank"] + m["RUS"]["pagerank"], 6)
1.0
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx

__all__ = [
    "DERIVED_KEYS", "actor_metrics", "mirror_metrics", "pagerank_scores", "pair_rows",
    "triple_pair_rows",
]

#: The Actor properties this module owns (written together, read by ``top-actors``).
DERIVED_KEYS: tuple[str, ...] = (
    "out_degree", "in_degree", "degree", "weighted_degree", "pagerank", "first_seen", "last_seen",
)
#: One row per ordered actor pair: (source, target, non-negated triples, summed |Goldstein| of
#: them, earliest date, latest date); dates ISO or "".
PairRow = tuple[str, str, int, float, str, str]


def pagerank_scores(
    nodes: Iterable[str], weighted_edges: Iterable[tuple[str, str, int]]
) -> dict[str, float]:
    """PageRank over triple counts, from sorted input so both backends get identical floats.

    >>> pagerank_scores(["A", "B"], [("A", "B", 2)])["B"] > 0.5
    True
    """
    D = nx.DiGraph()
    D.add_nodes_from(sorted(nodes))
    D.add_weighted_edges_from(sorted(weighted_edges))
    if D.number_of_nodes() == 0:
        return {}
    scores = nx.pagerank(D, weight="weight")
    return {node: round(float(value), 12) for node, value in scores.items()}


def pair_rows(G: nx.MultiDiGraph) -> list[PairRow]:
    """A mirror's edges aggregated per ordered pair (negated triples add a zero-count row)."""
    return _pairs(G.edges(data=True))


def triple_pair_rows(triples: Iterable[Any]) -> list[PairRow]:
    """The same for Triples (what a bulk load writes)."""
    return _pairs((t.source, t.target, {"negated": t.negated, "goldstein": t.goldstein,
                                        "date": t.date}) for t in triples)


def _pairs(edges: Iterable[tuple[str, str, Mapping[str, Any]]]) -> list[PairRow]:
    acc: dict[tuple[str, str], list[Any]] = {}
    for u, v, d in edges:
        row = acc.setdefault((u, v), [0, 0.0, "", ""])
        if d.get("negated"):
            continue
        row[0] += 1
        row[1] += abs(float(d.get("goldstein", 0.0)))
        date = d.get("date", "")
        if date:
            row[2] = min(row[2], date) if row[2] else date
            row[3] = max(row[3], date)
    return [(u, v, *row) for (u, v), row in acc.items()]


def actor_metrics(rows: Iterable[PairRow]) -> dict[str, dict[str, Any]]:
    """Every actor in ``rows`` (both ends, with or without non-negated triples) → its metrics."""
    out: dict[str, dict[str, Any]] = {}
    weights: dict[str, float] = defaultdict(float)
    counts: list[tuple[str, str, int]] = []
    for source, target, n, weight, first, last in sorted(rows):
        for ident in (source, target):
            if ident not in out:
                out[ident] = {"out_degree": 0, "in_degree": 0, "first_seen": "", "last_seen": ""}
        out[source]["out_degree"] += n
        out[target]["in_degree"] += n
        weights[source] += weight
        weights[target] += weight
        if n:
            counts.append((source, target, n))
        for ident in (source, target):
            m = out[ident]
            if first and (not m["first_seen"] or first < m["first_seen"]):
                m["first_seen"] = first
            if last and last > m["last_seen"]:
                m["last_seen"] = last
    scores = pagerank_scores(out, counts)
    for ident, m in out.items():
        m["degree"] = m["out_degree"] + m["in_degree"]
        m["weighted_degree"] = round(weights[ident], 9)
        m["pagerank"] = scores.get(ident, 0.0)
    return out


def mirror_metrics(G: nx.MultiDiGraph) -> Mapping[str, dict[str, Any]]:
    """The metrics of a mirror, computed once per change (cached on ``G.graph``)."""
    stamp = (G.number_of_nodes(), G.number_of_edges())
    cached = G.graph.get("_derived")
    if cached is not None and cached[0] == stamp:
        return cached[1]
    metrics = actor_metrics(pair_rows(G))
    G.graph["_derived"] = (stamp, metrics)
    return metrics
