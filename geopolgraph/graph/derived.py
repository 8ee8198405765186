"""Derived actor properties, computed when the graph changes and stored, never in a query.

For every actor with at least one triple: ``out_degree``, ``in_degree`` and ``degree`` (non-negated
triples), ``weighted_degree`` (summed |Goldstein| of those, rounded to 9 decimals so sums taken in
another order agree), ``pagerank`` (networkx over non-negated triple counts between actors, from
sorted input so that the store and the mirror get identical floats) and ``first_seen`` /
``last_seen`` (the earliest and latest date of its non-negated dated triples, ``""`` if none).
Beside them (``PAIR_KEYS``), an actor with outgoing triples keeps its out-pairs: ``out_pairs``
(target ids, sorted) and ``out_pair_counts`` (their non-negated triples), so that an incremental
load recomputes PageRank from the actors alone instead of reading every triple.

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
    "DERIVED_KEYS", "PAIR_KEYS", "actor_metrics", "add_metrics", "mirror_metrics",
    "pagerank_of_pairs", "pagerank_scores", "pair_lists", "pair_rows", "triple_pair_rows",
]

#: The Actor properties this module owns (written together, read by ``top-actors``).
DERIVED_KEYS: tuple[str, ...] = (
    "out_degree", "in_degree", "degree", "weighted_degree", "pagerank", "first_seen", "last_seen",
)
#: The out-pairs stored with them (absent, ``None`` here, for an actor without outgoing triples).
PAIR_KEYS: tuple[str, ...] = ("out_pairs", "out_pair_counts")
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
    pairs: dict[str, dict[str, int]] = defaultdict(dict)
    for source, target, n, weight, first, last in sorted(rows):
        pairs[source][target] = n
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
        m.update(pair_lists(pairs.get(ident, {})))
    return out


def pair_lists(targets: Mapping[str, int]) -> dict[str, list[Any] | None]:
    """An actor's ``PAIR_KEYS`` from ``{target: non-negated triples}``.

    >>> pair_lists({"RUS": 2, "CHN": 0})
    {'out_pairs': ['CHN', 'RUS'], 'out_pair_counts': [0, 2]}
    """
    ordered = sorted(targets)
    return {"out_pairs": ordered or None,
            "out_pair_counts": [targets[t] for t in ordered] or None}


def pagerank_of_pairs(counts: Iterable[tuple[str, str, int]]) -> dict[str, float]:
    """PageRank from ``(source, target, non-negated triples)`` per ordered pair, every actor of
    a pair ranked (what :func:`actor_metrics` computes, from the store's pair counts).

    >>> scores = pagerank_of_pairs([("A", "B", 1), ("B", "C", 0)])
    >>> sorted(scores), scores["B"] > scores["A"]
    (['A', 'B', 'C'], True)
    """
    rows = list(counts)
    nodes = {u for u, _, _ in rows} | {v for _, v, _ in rows}
    return pagerank_scores(nodes, [(u, v, n) for u, v, n in rows if n])


def add_metrics(stored: Mapping[str, Any], delta: Mapping[str, Any]) -> dict[str, Any]:
    """An actor's stored metrics after new triples whose own metrics are ``delta`` (degrees and
    weights add up, first/last seen widen; ``pagerank`` is left to :func:`pagerank_of_pairs`).
    ``stored`` may lack keys (an actor without triples so far).

    >>> add_metrics({"out_degree": 2, "in_degree": 1, "weighted_degree": 3.5,
    ...              "first_seen": "2024-01-02", "last_seen": "2024-03-01"},
    ...             {"out_degree": 1, "in_degree": 0, "weighted_degree": 1.25,
    ...              "first_seen": "2023-12-31", "last_seen": ""})["first_seen"]
    '2023-12-31'
    """
    out = {k: (stored.get(k) or 0) + delta[k] for k in ("out_degree", "in_degree")}
    out["degree"] = out["out_degree"] + out["in_degree"]
    out["weighted_degree"] = round((stored.get("weighted_degree") or 0.0)
                                   + delta["weighted_degree"], 9)
    firsts = [d for d in (stored.get("first_seen"), delta["first_seen"]) if d]
    lasts = [d for d in (stored.get("last_seen"), delta["last_seen"]) if d]
    out["first_seen"] = min(firsts) if firsts else ""
    out["last_seen"] = max(lasts) if lasts else ""
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
