"""Each named query computed on the NetworkX mirror: the same rows as its ``.cypher`` file.

One function per query, named after it (``who-does`` → ``who_does``), taking the mirror and the
bound parameters (dates as ISO strings) and returning row dicts in the query's final order.
The runner turns them into a DataFrame with the header's columns and dtypes.

>>> from geopolgraph.graph.mirror import build_mirror
>>> from geopolgraph.model import Actor, Triple
>>> G = build_mirror([Triple("USA", "WARNS", "RUS", date="2024-06-10", article_id="a")], {})
>>> [(r["source"], r["relation"], r["target"], r["date"]) for r in timeline(G, "RUS")]
[('USA', 'WARNS', 'RUS', '2024-06-10')]
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import networkx as nx

from geopolgraph.graph.derived import mirror_metrics

__all__ = [
    "IMPLEMENTATIONS",
    "between",
    "dyad_balance",
    "ego",
    "evidence",
    "new_since",
    "path",
    "supply_chains",
    "timeline",
    "top_actors",
    "who_does",
]

Row = dict[str, Any]
Edge = tuple[str, str, str, dict[str, Any]]


def _keep(
    d: dict[str, Any],
    since: str | None = None,
    until: str | None = None,
    relations: set[str] | frozenset[str] = frozenset(),
) -> bool:
    """Mirror of ``($since IS NULL OR r.date >= $since) AND … AND type(r) IN $relations``."""
    date = d.get("date", "")
    if since is not None and not (date and date >= since):
        return False
    if until is not None and not (date and date <= until):
        return False
    return not relations or d.get("relation") in relations


def _incident(G: nx.MultiDiGraph, node: str) -> Iterator[Edge]:
    """Every edge touching ``node`` once (a self-loop once, too)."""
    for target, keys in G.succ[node].items():
        for key, d in keys.items():
            yield node, target, key, d
    for source, keys in G.pred[node].items():
        if source == node:
            continue
        for key, d in keys.items():
            yield source, node, key, d


def _by_date(row: Row) -> tuple[Any, ...]:
    """``ORDER BY r.date IS NULL, date, source, target, relation, id``."""
    return (
        row["date"] == "", row["date"], row["source"], row["target"], row["relation"], row["id"]
    )


def _name(G: nx.MultiDiGraph, node: str, attr: str = "name") -> str:
    return str(G.nodes[node].get(attr, "") or "")


def ego(
    G: nx.MultiDiGraph,
    actor: str,
    hops: int = 2,
    since: str | None = None,
    until: str | None = None,
    relations: Iterable[str] = (),
    limit: int = 1000,
) -> list[Row]:
    rels = set(relations)
    ball = {actor}
    frontier = [actor]
    for _ in range(hops - 1):
        nxt = []
        for node in frontier:
            for u, v, _key, d in _incident(G, node):
                other = v if u == node else u
                if other not in ball and _keep(d, since, until, rels):
                    ball.add(other)
                    nxt.append(other)
        frontier = nxt
    seen: set[str] = set()
    rows = []
    for node in ball:
        for u, v, key, d in _incident(G, node):
            if key in seen or not _keep(d, since, until, rels):
                continue
            seen.add(key)
            rows.append({
                "source": u, "relation": d["relation"], "target": v, "date": d.get("date", ""),
                "cameo": d.get("cameo", ""), "goldstein": d.get("goldstein", 0.0),
                "quad_class": d.get("quad_class", 0), "modality": d.get("modality", ""),
                "negated": d.get("negated", False), "article_id": d.get("article_id", ""),
                "sentence": d.get("sentence", 0), "id": key,
            })
    return sorted(rows, key=_by_date)[:limit]


def _edge_row(u: str, v: str, key: str, d: dict[str, Any], *extra: str) -> Row:
    row = {"source": u, "relation": d["relation"], "target": v, "id": key}
    for name in extra:
        row[name] = d.get(name)
    return row


_LISTING = (
    "date", "cameo", "quad_class", "goldstein", "modality", "negated", "evidence",
    "attributed_to", "article_id", "sentence",
)


def between(
    G: nx.MultiDiGraph,
    a: str,
    b: str,
    since: str | None = None,
    until: str | None = None,
    relations: Iterable[str] = (),
    limit: int = 1000,
) -> list[Row]:
    rels = set(relations)
    pairs = [(a, b)] if a == b else [(a, b), (b, a)]
    rows = [
        _edge_row(u, v, key, d, *_LISTING)
        for u, v in pairs
        if G.has_edge(u, v)
        for key, d in G[u][v].items()
        if _keep(d, since, until, rels)
    ]
    return sorted(rows, key=_by_date)[:limit]


def who_does(
    G: nx.MultiDiGraph,
    relation: str,
    since: str | None = None,
    until: str | None = None,
    limit: int = 100,
) -> list[Row]:
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for u, v, d in G.edges(data=True):
        if d["relation"] == relation and not d.get("negated") and _keep(d, since, until):
            groups[(u, v)].append(d.get("date", ""))
    rows: list[Row] = []
    for (u, v), dates in groups.items():
        known = [x for x in dates if x]
        rows.append({
            "source": u, "source_name": _name(G, u), "relation": relation, "target": v,
            "target_name": _name(G, v), "triples": len(dates),
            "first_date": min(known, default=""), "last_date": max(known, default=""),
        })
    rows.sort(key=lambda r: (-r["triples"], r["source"], r["target"]))
    return rows[:limit]


def _supply_links(G: nx.MultiDiGraph) -> dict[str, set[str]]:
    """x → {y}: SUPPLIES(x, y) or RECEIVES(y, x)."""
    links: dict[str, set[str]] = defaultdict(set)
    for u, v, d in G.edges(data=True):
        if d["relation"] == "SUPPLIES":
            links[u].add(v)
        elif d["relation"] == "RECEIVES":
            links[v].add(u)
    return links


def supply_chains(
    G: nx.MultiDiGraph, actor: str, direction: str = "from", hops: int = 3
) -> list[Row]:
    forward = _supply_links(G)
    if direction == "to":
        step: dict[str, set[str]] = defaultdict(set)
        for x, ys in forward.items():
            for y in ys:
                step[y].add(x)
    else:
        step = forward
    chains: list[list[str]] = []

    def walk(trail: list[str]) -> None:
        if len(trail) > 1:
            chains.append(trail if direction == "from" else trail[::-1])
        if len(trail) > hops:
            return
        for nxt in step.get(trail[-1], ()):
            if nxt not in trail:
                walk([*trail, nxt])

    walk([actor])
    rows = [
        {"start": c[0], "end": c[-1], "hops": len(c) - 1, "chain": " > ".join(c)} for c in chains
    ]
    return sorted(rows, key=lambda r: (r["hops"], r["chain"]))


def _neighbours(G: nx.MultiDiGraph, node: str) -> set[str]:
    return set(G.succ[node]) | set(G.pred[node])


def _distances(G: nx.MultiDiGraph, start: str, limit: int) -> dict[str, int]:
    dist = {start: 0}
    frontier = [start]
    for level in range(1, limit + 1):
        nxt = []
        for node in frontier:
            for other in _neighbours(G, node):
                if other not in dist:
                    dist[other] = level
                    nxt.append(other)
        frontier = nxt
    return dist


def path(G: nx.MultiDiGraph, source: str, target: str, max_hops: int = 4) -> list[Row]:
    if source == target:
        return []
    from_source = _distances(G, source, max_hops)
    if target not in from_source:
        return []
    length = from_source[target]
    from_target = _distances(G, target, length)
    on_path = {n for n, k in from_source.items() if from_target.get(n, length + 1) + k == length}
    paths: list[list[str]] = []

    def extend(trail: list[str]) -> None:
        if trail[-1] == target:
            paths.append(trail)
            return
        k = len(trail)
        for other in _neighbours(G, trail[-1]):
            if other in on_path and from_source[other] == k:
                extend([*trail, other])

    extend([source])
    rows = []
    for trail in paths:
        chain = " > ".join(trail)
        for step, (x, y) in enumerate(itertools.pairwise(trail), start=1):
            counts: dict[tuple[str, str, str], int] = defaultdict(int)
            for u, v in ((x, y), (y, x)):
                for d in G.succ[u].get(v, {}).values():
                    counts[(u, d["relation"], v)] += 1
            for (u, rel, v), n in counts.items():
                rows.append({
                    "chain": chain, "hops": length, "step": step, "source": u,
                    "relation": rel, "target": v, "triples": n,
                })
    return sorted(
        rows, key=lambda r: (r["chain"], r["step"], r["source"], r["relation"], r["target"])
    )


def dyad_balance(
    G: nx.MultiDiGraph,
    actor: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 10000,
) -> list[Row]:
    names = ("verbal_coop", "material_coop", "verbal_conflict", "material_conflict")
    groups: dict[tuple[str, str, str], Row] = {}
    for u, v, d in G.edges(data=True):
        date = d.get("date", "")
        if not date or d.get("negated") or not _keep(d, since, until):
            continue
        if actor is not None and actor not in (u, v):
            continue
        key = (min(u, v), max(u, v), date[:7])
        row = groups.get(key)
        if row is None:
            row = groups[key] = {
                "actor_a": key[0], "actor_b": key[1], "month": key[2],
                **dict.fromkeys(names, 0), "triples": 0, "goldstein": 0.0,
            }
        quad = d.get("quad_class", 0)
        if 1 <= quad <= 4:
            row[names[quad - 1]] += 1
        row["triples"] += 1
        row["goldstein"] += float(d.get("goldstein", 0.0))
    rows = sorted(groups.values(), key=lambda r: (r["actor_a"], r["actor_b"], r["month"]))
    return rows[:limit]


def mirror_pagerank(G: nx.MultiDiGraph) -> dict[str, float]:
    """PageRank of the actors with at least one triple, over non-negated triples."""
    return {node: m["pagerank"] for node, m in mirror_metrics(G).items()}


def top_actors(G: nx.MultiDiGraph, by: str = "pagerank", limit: int = 20) -> list[Row]:
    """Reads the derived metrics (``graph.derived``), as the Cypher reads stored properties."""
    rows = []
    for node, m in mirror_metrics(G).items():
        if node not in G or G.degree(node) == 0:
            continue
        rows.append({
            "id": node, "name": _name(G, node), "kind": _name(G, node, "kind"),
            **{k: m[k] for k in ("out_degree", "in_degree", "degree", "weighted_degree",
                                 "pagerank")},
        })
    rows.sort(key=lambda r: (-r[by], r["id"]))
    return rows[:limit]


def evidence(G: nx.MultiDiGraph, source: str, relation: str, target: str) -> list[Row]:
    articles = G.graph.get("articles", {})
    rows = []
    for key, d in G.succ[source].get(target, {}).items():
        if d["relation"] != relation:
            continue
        art = articles.get(d.get("article_id", ""), {})
        rows.append({
            "date": d.get("date", ""), "article_id": d.get("article_id", ""),
            "outlet": art.get("source", ""), "published": art.get("published", ""),
            "title": art.get("title", ""), "url": art.get("url", ""),
            "sentence": d.get("sentence", 0), "line": d.get("line", 0),
            "evidence": d.get("evidence", ""), "modality": d.get("modality", ""),
            "negated": d.get("negated", False), "attributed_to": d.get("attributed_to", ""),
            "confidence": d.get("confidence", 0.0), "id": key,
        })
    rows.sort(key=lambda r: (r["date"] == "", r["date"], r["article_id"], r["sentence"], r["id"]))
    return rows


def new_since(
    G: nx.MultiDiGraph,
    since: str,
    actor: str | None = None,
    relations: Iterable[str] = (),
    limit: int = 1000,
) -> list[Row]:
    rels = set(relations)
    groups: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for u, v, d in G.edges(data=True):
        if not d.get("date") or d.get("negated") or not _keep(d, relations=rels):
            continue
        if actor is not None and actor not in (u, v):
            continue
        groups[(u, d["relation"], v)].append(d)
    rows = []
    for (u, rel, v), ds in groups.items():
        dates = [d["date"] for d in ds]
        if min(dates) <= since:
            continue
        rows.append({
            "first_seen": min(dates), "last_seen": max(dates), "source": u, "relation": rel,
            "target": v, "triples": len(ds),
            "articles": len({d.get("article_id") for d in ds if d.get("article_id") is not None}),
        })
    rows.sort(key=lambda r: (r["first_seen"], r["source"], r["relation"], r["target"]))
    return rows[:limit]


def timeline(
    G: nx.MultiDiGraph,
    actor: str,
    since: str | None = None,
    until: str | None = None,
    relations: Iterable[str] = (),
    limit: int = 1000,
) -> list[Row]:
    rels = set(relations)
    rows = []
    for u, v, key, d in _incident(G, actor):
        if not _keep(d, since, until, rels):
            continue
        row = _edge_row(
            u, v, key, d, "date", "quad_class", "goldstein", "modality", "negated", "evidence",
            "article_id",
        )
        row["direction"] = "out" if u == actor else "in"
        rows.append(row)
    return sorted(rows, key=_by_date)[:limit]


#: Query name → mirror function.
IMPLEMENTATIONS: dict[str, Callable[..., list[Row]]] = {
    "between": between,
    "dyad-balance": dyad_balance,
    "ego": ego,
    "evidence": evidence,
    "new-since": new_since,
    "path": path,
    "supply-chains": supply_chains,
    "timeline": timeline,
    "top-actors": top_actors,
    "who-does": who_does,
}
