"""The page's data, computed in Python: collapsed edges, actors with their layouts, triples.

Pure functions from a mirror graph to plain dicts, so what a page holds can be tested without
a browser. The browser filters, recounts what is visible (``view.visible_view`` is the same
computation in Python) and highlights.

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
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import networkx as nx

from geopolgraph.draw import style
from geopolgraph.draw.layout import fast_layout, grouped_layout
from geopolgraph.draw.names import actor_aliases, person_of
from geopolgraph.graph.subgraph import edge_date

__all__ = [
    "DEFAULT_TOP",
    "LARGE_EDGES",
    "LARGE_NODES",
    "CollapsedEdge",
    "collapse_edges",
    "default_top",
    "page_data",
    "safe_url",
    "summary_line",
    "top_actors",
    "weighted_degrees",
]

#: Above either, edges are drawn straight and unlabelled (positions always come from Python).
LARGE_NODES = 1_500
LARGE_EDGES = 5_000
#: Up to this many actors the browser refines the Python layout with a short stabilisation.
STABILISE_NODES = 300
#: The page shows every actor up to TOP_ALL, else the DEFAULT_TOP busiest (a control changes it).
TOP_ALL = 500
DEFAULT_TOP = 300
#: The grouped layout clusters at most this many (the busiest) actors; the rest ring them.
GROUP_LIMIT = 2_000


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
                      "roundness": round(0.12 * abs(offset), 2)}
    return out


def summary_line(
    n_articles: int, n_triples: int, n_actors: int, first: str, last: str,
    total_articles: int | None = None,
) -> str:
    """One line for the page header; the browser builds the same line for what is visible.

    >>> summary_line(1, 23, 9, "2023-09-01", "2024-06-19")
    '1 article · 23 triples · 9 actors · 2023-09-01 – 2024-06-19'
    >>> summary_line(54, 535, 62, "2023-09-06", "2025-11-20", total_articles=55)
    '54 of 55 articles · 535 triples · 62 actors · 2023-09-06 – 2025-11-20'
    """
    def n(k: int, word: str) -> str:
        return f"{k:,} {word}{'' if k == 1 else 's'}"

    span = f"{first} – {last}" if first and first != last else (first or "undated")
    articles = n(n_articles, "article")
    if total_articles is not None and total_articles != n_articles:
        articles = f"{n_articles:,} of {n(total_articles, 'article')}"
    return " · ".join((articles, n(n_triples, "triple"), n(n_actors, "actor"), span))


def default_top(n_actors: int) -> int:
    """How many actors the page shows at first: all up to TOP_ALL, else DEFAULT_TOP.

    >>> default_top(62), default_top(20_000)
    (62, 300)
    """
    return n_actors if n_actors <= TOP_ALL else DEFAULT_TOP


class _Strings:
    """A string table: each distinct string stored once in the page, triples hold indices."""

    def __init__(self) -> None:
        self.items: list[str] = [""]
        self.index: dict[str, int] = {"": 0}

    def __call__(self, value: object) -> int:
        text = "" if value is None else str(value)
        i = self.index.get(text)
        if i is None:
            i = self.index[text] = len(self.items)
            self.items.append(text)
        return i


def _triple_columns(
    edges: list[CollapsedEdge], dates: list[str], article_ids: list[str]
) -> tuple[dict[str, list[Any]], list[str]]:
    """Every triple of every edge, edge by edge, as columns (an edge owns a contiguous run)."""
    strings = _Strings()
    date_at = {d: i for i, d in enumerate(dates)}
    article_at = {a: i for i, a in enumerate(article_ids)}
    names = ("date", "article", "sm", "tm", "ev", "att", "mod", "cameo", "gs")
    cols: dict[str, list[Any]] = {k: [] for k in names}
    for e in edges:
        for t in e.triples:
            cols["date"].append(date_at.get(t["_date"], -1))
            cols["article"].append(article_at.get(str(t.get("article_id") or ""), -1))
            cols["sm"].append(strings(t.get("source_mention")))
            cols["tm"].append(strings(t.get("target_mention")))
            cols["ev"].append(strings(str(t.get("evidence") or "").strip()))
            cols["att"].append(strings(t.get("attributed_to")))
            modality = "negated" if t.get("negated") else (t.get("modality") or "asserted")
            cols["mod"].append(strings(modality))
            cols["cameo"].append(strings(t.get("cameo")))
            g = t.get("goldstein")
            cols["gs"].append(None if g is None or g == "" else round(float(g), 2))
    return cols, strings.items


def _positions(H: nx.MultiDiGraph, seed: int) -> tuple[dict[Any, Any], dict[Any, Any]]:
    """Force-directed and grouped positions; on big graphs groups cover the busiest actors."""
    force = fast_layout(H, seed=seed)
    degree = weighted_degrees(H)
    busiest = sorted(H, key=lambda n: (-degree[str(n)], str(n)))[:GROUP_LIMIT]
    grouped = grouped_layout(H.subgraph(busiest), seed=seed)
    rest = [n for n in H if n not in grouped]
    if rest:  # the long tail on a ring outside the groups
        reach = max((math.hypot(x, y) for x, y in grouped.values()), default=0.0) + 200.0
        for i, n in enumerate(sorted(rest, key=str)):
            a = 2 * math.pi * i / len(rest)
            grouped[n] = (reach * math.cos(a), reach * math.sin(a))
    return force, grouped


def page_data(
    G: nx.MultiDiGraph,
    title: str,
    max_nodes: int | None = None,
    large: bool | None = None,
    seed: int = 0,
) -> dict[str, Any]:
    """Everything the page embeds: actors with two precomputed layouts, collapsed edges, every
    triple (as columns, so the page can recount any filter or date window), legend metadata.

    ``max_nodes`` keeps only the busiest actors in the file. A large graph (``large=None``:
    more than LARGE_NODES actors or LARGE_EDGES drawn edges) is drawn without curves or edge
    labels; a small one gets a short in-browser stabilisation from the Python layout.
    """
    total_actors = G.number_of_nodes()
    H = top_actors(G, max_nodes)
    articles = G.graph.get("articles", {})
    edges = collapse_edges(H)
    if large is None:
        large = H.number_of_nodes() > LARGE_NODES or len(edges) > LARGE_EDGES
    nodes = _page_nodes(H, seed)
    dates = sorted({d for e in edges for d in e.dates})
    article_ids = sorted({str(t.get("article_id")) for e in edges for t in e.triples
                          if t.get("article_id")})
    columns, strings = _triple_columns(edges, dates, article_ids)
    named = person_of({strings[i] for i in set(columns["sm"]) | set(columns["tm"])} - {""})
    people = {i: list(named[text]) for i, text in enumerate(strings) if text in named}
    vis_edges = _page_edges(edges, large)

    n_triples = H.number_of_edges()
    summary = summary_line(len(article_ids), n_triples, H.number_of_nodes(),
                           dates[0] if dates else "", dates[-1] if dates else "",
                           total_articles=len(articles) if articles else None)
    note = ""
    if H.number_of_nodes() < total_actors:
        note = f"top {H.number_of_nodes():,} of {total_actors:,} actors by weighted degree"
    relations = Counter(e.relation for e in edges for _ in e.triples)
    rel_quad = {e.relation: e.quad_class for e in edges}
    kinds = sorted({n["kind"] for n in nodes}, key=list(style.KIND_STYLES).index)
    quads = sorted({e["quad"] for e in vis_edges}, key=lambda q: (q == 0, q))
    return {
        "title": title,
        "summary": summary,
        "note": note,
        "large": large,
        "stabilise": not large and len(nodes) <= STABILISE_NODES,
        "top": default_top(len(nodes)),
        "counts": {"articles": len(articles), "articles_with_triples": len(article_ids),
                   "triples": n_triples, "actors": len(nodes), "edges": len(vis_edges),
                   "actors_before_max_nodes": total_actors},
        "nodes": nodes,
        "edges": vis_edges,
        "triples": columns,
        "strings": strings,
        "people": people,  # string index of a mention -> [person id, name]
        "dates": dates,
        "articleIds": article_ids,
        "relations": [{"name": r, "count": c, "quad": rel_quad[r]}
                      for r, c in sorted(relations.items(), key=lambda rc: (-rc[1], rc[0]))],
        "kinds": [{"kind": k, **style.KIND_STYLES[k]} for k in kinds],
        "quads": [{"quad": q, **style.QUAD_STYLES[q]} for q in quads],
        "articles": {a: _article_meta(articles.get(a, {})) for a in article_ids},
    }


def _page_nodes(H: nx.MultiDiGraph, seed: int) -> list[dict[str, Any]]:
    """The page's actors, sorted by id: style keys, weighted degree, both layouts' positions
    and the lexicon aliases that differ from the label (what the search box also matches)."""
    force, grouped = _positions(H, seed)
    degree = weighted_degrees(H)
    aliases = actor_aliases(str(n) for n in H)
    nodes = []
    for n, data in sorted(H.nodes(data=True), key=lambda nd: str(nd[0])):
        n = str(n)
        label = str(data.get("name") or n)
        node: dict[str, Any] = {
            "id": n, "label": label, "kind": style.kind_key(data.get("kind")),
            "country": str(data.get("country") or ""), "wdeg": degree[n],
            "x": round(force[n][0], 1), "y": round(force[n][1], 1),
            "gx": round(grouped[n][0], 1), "gy": round(grouped[n][1], 1),
        }
        names = [a for a in aliases.get(n, []) if a.casefold() != label.casefold()]
        if names:
            node["aliases"] = names
        nodes.append(node)
    return nodes


def _page_edges(edges: list[CollapsedEdge], large: bool) -> list[dict[str, Any]]:
    """The page's collapsed edges, each naming its run ``[t0, t1)`` of the triple columns
    (curves only on a small graph)."""
    smooth = {} if large else _smooth(edges)
    vis_edges, start = [], 0
    for i, e in enumerate(edges):
        item: dict[str, Any] = {"id": f"e{i}", "from": e.source, "to": e.target,
                                "relation": e.relation, "quad": e.quad_class,
                                "t0": start, "t1": start + e.count}
        start += e.count
        if i in smooth:
            item["smooth"] = smooth[i]
        vis_edges.append(item)
    return vis_edges


def _article_meta(meta: Any) -> dict[str, str]:
    """What the page shows of an article: title, source, date and a link only if http(s).

    >>> _article_meta({"title": "T", "url": "javascript:alert(1)"})["url"]
    ''
    """
    return {
        "title": str(meta.get("title") or ""),
        "source": str(meta.get("source") or ""),
        "published": str(meta.get("published") or ""),
        "url": safe_url(meta.get("url")),
    }
