"""The page's data, computed in Python: collapsed edges, styled nodes, summary.

Pure functions from a mirror graph to plain dicts, so everything a page shows can be
tested without a browser. The browser only filters and highlights.

>>> from geopolgraph.graph.mirror import build_mirror
>>> from geopolgraph.model import Actor, Triple
>>> ts = [Triple(source="RUS", relation="VISITS", target="PRK", quad_class=2, sentence=i,
...              date=f"2024-06-1{i}", evidence=f"s{i}") for i in range(3)]
>>> G = build_mirror(ts, {"RUS": Actor("RUS", "Russia")})
>>> [(e.source, e.relation, e.target, e.count, e.first, e.last) for e in collapse_edges(G)]
[('RUS', 'VISITS', 'PRK', 3, '2024-06-10', '2024-06-12')]
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import networkx as nx

from geopolgraph.draw import style
from geopolgraph.draw.layout import fast_layout
from geopolgraph.graph.subgraph import edge_date

__all__ = [
    "LARGE_EDGES",
    "LARGE_NODES",
    "MAX_EVIDENCE",
    "CollapsedEdge",
    "collapse_edges",
    "page_data",
    "safe_url",
    "summary_line",
    "top_actors",
    "weighted_degrees",
]

MAX_EVIDENCE = 3
#: Above either, positions are computed in Python and physics is off in the browser.
LARGE_NODES = 1_500
LARGE_EDGES = 5_000


@dataclass
class CollapsedEdge:
    """The triples of one (source, relation, target), drawn as one edge."""

    source: str
    relation: str
    target: str
    triples: list[dict[str, Any]] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)  # effective dates, sorted, unique

    @property
    def count(self) -> int:
        return len(self.triples)

    @property
    def first(self) -> str:
        return self.dates[0] if self.dates else ""

    @property
    def last(self) -> str:
        return self.dates[-1] if self.dates else ""

    @property
    def quad_class(self) -> int:
        """The most frequent quad class; a tie goes to the more conflictual one."""
        counts = Counter(int(t.get("quad_class") or 0) for t in self.triples)
        return max(counts, key=lambda q: (counts[q], q))


def safe_url(url: object) -> str:
    """Only http(s) links reach the page (no ``javascript:`` or ``data:``).

    >>> safe_url("https://example.org/a?b=1"), safe_url("javascript:alert(1)"), safe_url(None)
    ('https://example.org/a?b=1', '', '')
    """
    if not isinstance(url, str):
        return ""
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    return url if parts.scheme.lower() in ("http", "https") and parts.netloc else ""


def collapse_edges(G: nx.MultiDiGraph) -> list[CollapsedEdge]:
    """Group parallel triples by (source, relation, target), in a stable order."""
    articles = G.graph.get("articles", {})
    groups: dict[tuple[str, str, str], CollapsedEdge] = {}
    for u, v, key, data in G.edges(keys=True, data=True):
        relation = str(data.get("relation") or "RELATED")
        k = (str(u), relation, str(v))
        edge = groups.get(k)
        if edge is None:
            edge = groups[k] = CollapsedEdge(*k)
        triple = dict(data)
        triple["id"] = key
        triple["_date"] = edge_date(data, articles)
        edge.triples.append(triple)
    for edge in groups.values():
        edge.triples.sort(key=lambda t: (t["_date"] or "9999", str(t.get("article_id")),
                                         int(t.get("sentence") or 0)))
        edge.dates = sorted({t["_date"] for t in edge.triples if t["_date"]})
    return sorted(groups.values(), key=lambda e: (e.source, e.target, e.relation))


def weighted_degrees(G: nx.MultiDiGraph) -> dict[str, int]:
    """Triples touching each actor (parallel triples each count)."""
    return {str(n): int(d) for n, d in G.degree()}


def top_actors(G: nx.MultiDiGraph, max_nodes: int | None) -> nx.MultiDiGraph:
    """The ``max_nodes`` busiest actors (ties by id) and the triples among them."""
    if max_nodes is None or G.number_of_nodes() <= max_nodes:
        return G
    if max_nodes < 1:
        raise ValueError(f"max_nodes must be at least 1, got {max_nodes}")
    degree = weighted_degrees(G)
    keep = sorted(G, key=lambda n: (-degree[str(n)], str(n)))[:max_nodes]
    return G.subgraph(keep).copy()


def _evidence(edge: CollapsedEdge, articles: Mapping[str, Any]) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    seen: set[str] = set()
    for t in edge.triples:
        text = str(t.get("evidence") or "").strip()
        if not text or text in seen:
            continue
        seen.add(text)
        out.append({
            "text": text,
            "article": str(t.get("article_id") or ""),
            "date": str(t.get("date") or ""),
            "modality": str(t.get("modality") or ""),
            "attributed_to": str(t.get("attributed_to") or ""),
        })
        if len(out) == MAX_EVIDENCE:
            break
    return out


def _modalities(edge: CollapsedEdge) -> dict[str, int]:
    counts: Counter[str] = Counter()
    for t in edge.triples:
        counts["negated" if t.get("negated") else str(t.get("modality") or "asserted")] += 1
    return dict(counts.most_common())


def _smooth(edges: list[CollapsedEdge]) -> dict[int, dict[str, Any]]:
    """Fan out edges that would overlap (several relations between a pair, either direction).

    The edges of an unordered pair take symmetric slots around the straight line; a curve's
    side is fixed in the pair's sorted direction, so A→B and B→A never share a slot.
    """
    by_pair: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, e in enumerate(edges):
        if e.source != e.target:
            by_pair[min(e.source, e.target), max(e.source, e.target)].append(i)
    out: dict[int, dict[str, Any]] = {}
    for (a, _b), idx in by_pair.items():
        n = len(idx)
        for slot, i in enumerate(idx):
            offset = slot - (n - 1) / 2
            if offset == 0:
                continue
            clockwise = (offset > 0) == (edges[i].source == a)
            out[i] = {"enabled": True, "type": "curvedCW" if clockwise else "curvedCCW",
                      "roundness": round(0.2 * abs(offset), 2)}
    return out


def summary_line(n_articles: int, n_triples: int, n_actors: int, first: str, last: str) -> str:
    """One line for the page header.

    >>> summary_line(1, 23, 9, "2023-09-01", "2024-06-19")
    '1 article · 23 triples · 9 actors · 2023-09-01 – 2024-06-19'
    """
    def n(k: int, word: str) -> str:
        return f"{k:,} {word}{'' if k == 1 else 's'}"

    span = f"{first} – {last}" if first and first != last else (first or "undated")
    parts = (n(n_articles, "article"), n(n_triples, "triple"), n(n_actors, "actor"), span)
    return " · ".join(parts)


def page_data(
    G: nx.MultiDiGraph,
    title: str,
    max_nodes: int | None = None,
    large: bool | None = None,
    seed: int = 0,
) -> dict[str, Any]:
    """Everything the page embeds: vis-ready nodes and edges plus legend and filter metadata.

    A large graph (``large=None``: more than LARGE_NODES actors or LARGE_EDGES drawn edges)
    gets positions computed here and no physics, curves or edge labels in the browser.
    """
    total_actors = G.number_of_nodes()
    H = top_actors(G, max_nodes)
    articles = G.graph.get("articles", {})
    edges = collapse_edges(H)
    if large is None:
        large = H.number_of_nodes() > LARGE_NODES or len(edges) > LARGE_EDGES
    positions = fast_layout(H, seed=seed) if large else None
    degree = weighted_degrees(H)
    max_degree = max(degree.values(), default=0)

    nodes = []
    for n, data in sorted(H.nodes(data=True), key=lambda nd: str(nd[0])):
        n = str(n)
        kind = style.kind_key(data.get("kind"))
        color = style.KIND_STYLES[kind]["color"]
        node: dict[str, Any] = {
            "id": n,
            "label": str(data.get("name") or n),
            "kind": kind,
            "country": str(data.get("country") or ""),
            "shape": style.KIND_STYLES[kind]["shape"],
            "color": {"background": color, "border": "#ffffff",
                      "highlight": {"background": color, "border": "#222222"},
                      "hover": {"background": color, "border": "#222222"}},
            "size": style.node_size(degree[n], max_degree),
            "wdeg": degree[n],
            "isolated": degree[n] == 0,
        }
        if positions is not None and n in positions:
            x, y = positions[n]
            node.update(x=round(float(x), 1), y=round(float(y), 1), physics=False)
        nodes.append(node)

    smooth = {} if large else _smooth(edges)
    used_articles: set[str] = set()
    vis_edges = []
    for i, e in enumerate(edges):
        quad = e.quad_class
        color = style.edge_color(quad)
        evidence = _evidence(e, articles)
        used_articles.update(ev["article"] for ev in evidence)
        goldstein = [float(t["goldstein"]) for t in e.triples if t.get("goldstein") is not None]
        item: dict[str, Any] = {
            "id": f"e{i}",
            "from": e.source,
            "to": e.target,
            "relation": e.relation,
            "label": e.relation if e.count == 1 else f"{e.relation} ×{e.count}",
            "quad": quad,
            "count": e.count,
            "dates": e.dates,
            "undated": sum(1 for t in e.triples if not t["_date"]),
            "cameo": sorted({str(t.get("cameo")) for t in e.triples if t.get("cameo")}),
            "goldstein": round(math.fsum(goldstein) / len(goldstein), 2) if goldstein else None,
            "modalities": _modalities(e),
            "evidence": evidence,
            "color": {"color": color, "highlight": color, "hover": color, "inherit": False},
            "width": style.edge_width(e.count),
        }
        if i in smooth:
            item["smooth"] = smooth[i]
        vis_edges.append(item)

    all_dates = sorted({d for e in edges for d in e.dates})
    n_triples = H.number_of_edges()
    n_articles = len({t.get("article_id") for e in edges for t in e.triples if t.get("article_id")})
    summary = summary_line(n_articles, n_triples, H.number_of_nodes(),
                           all_dates[0] if all_dates else "", all_dates[-1] if all_dates else "")
    if H.number_of_nodes() < total_actors:
        summary += f" · top {H.number_of_nodes():,} of {total_actors:,} actors by weighted degree"

    relations = Counter(e.relation for e in edges)
    rel_quad = {e.relation: e.quad_class for e in edges}
    kinds = sorted({n["kind"] for n in nodes}, key=list(style.KIND_STYLES).index)
    quads = sorted({e["quad"] for e in vis_edges}, key=lambda q: (q == 0, q))
    return {
        "title": title,
        "summary": summary,
        "large": large,
        "nodes": nodes,
        "edges": vis_edges,
        "dates": all_dates,
        "relations": [{"name": r, "count": c, "quad": rel_quad[r]}
                      for r, c in sorted(relations.items(), key=lambda rc: (-rc[1], rc[0]))],
        "kinds": [{"kind": k, **style.KIND_STYLES[k]} for k in kinds],
        "quads": [{"quad": q, **style.QUAD_STYLES[q]} for q in quads],
        "articles": {
            a: {
                "title": str(articles.get(a, {}).get("title") or ""),
                "source": str(articles.get(a, {}).get("source") or ""),
                "published": str(articles.get(a, {}).get("published") or ""),
                "url": safe_url(articles.get(a, {}).get("url")),
            }
            for a in sorted(used_articles) if a
        },
    }
