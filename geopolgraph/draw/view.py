"""What the page shows for a given set of controls, computed in Python from the page's data.

The page script does the same computation in the browser (``graph.js``, ``computeView``); the
browser tests compare the two. Order: an edge keeps the triples that pass the relation, event
class and date filters; it is shown if it keeps at least ``min_count``; actors are ranked by
the triples of their shown edges and the ``top`` busiest kept; then only edges between kept
actors remain, and every count (edge, actor, legend, header) is of those.

>>> from geopolgraph.graph.mirror import build_mirror
>>> from geopolgraph.model import Triple
>>> from geopolgraph.draw.data import page_data
>>> G = build_mirror([Triple(source="A", relation="WARNS", target="B", sentence=i,
...                          date=f"2024-01-0{i}") for i in (1, 2, 3)], {})
>>> v = visible_view(page_data(G, "t"), since="2024-01-02")
>>> v["edges"], v["nodes"], v["summary"]
({'e0': 2}, {'A': 2, 'B': 2}, '0 articles · 2 triples · 2 actors · 2024-01-02 – 2024-01-03')
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection
from typing import Any

from geopolgraph.draw.data import summary_line

__all__ = ["visible_view"]


def _window(
    data: dict[str, Any], since: str, until: str, keep_undated: bool
) -> Callable[[int], bool]:
    dates = data["dates"]
    lo = next((i for i, d in enumerate(dates) if d >= since), len(dates)) if since else 0
    hi = (max((i for i, d in enumerate(dates) if d <= until), default=-1) if until
          else len(dates) - 1)
    active = len(dates) > 1 and (lo > 0 or hi < len(dates) - 1)

    def ok(date_index: int) -> bool:
        if not active:
            return True
        return keep_undated if date_index < 0 else lo <= date_index <= hi

    return ok


def visible_view(
    data: dict[str, Any],
    relations: Collection[str] | None = None,
    quads: Collection[int] | None = None,
    since: str = "",
    until: str = "",
    keep_undated: bool = True,
    min_count: int = 1,
    top: int | None = None,
) -> dict[str, Any]:
    """Counts of what the page shows: ``edges`` {id: triples}, ``nodes`` {id: triples},
    ``triples`` (indices), ``relations``, ``quads``, ``kinds`` and the header ``summary``."""
    ok = _window(data, since, until, keep_undated)
    cols = data["triples"]
    passing: dict[str, list[int]] = {}
    for e in data["edges"]:
        if relations is not None and e["relation"] not in relations:
            continue
        if quads is not None and e["quad"] not in quads:
            continue
        kept = [i for i in range(e["t0"], e["t1"]) if ok(cols["date"][i])]
        if kept and len(kept) >= max(min_count, 1):
            passing[e["id"]] = kept
    by_id = {e["id"]: e for e in data["edges"]}
    total: Counter[str] = Counter()
    for eid, kept in passing.items():
        total[by_id[eid]["from"]] += len(kept)
        total[by_id[eid]["to"]] += len(kept)
    filtered = (relations is not None or quads is not None or min_count > 1
                or any(not ok(i) for i in range(len(data["dates"]))) or not keep_undated)
    candidates = [n["id"] for n in data["nodes"]
                  if total[n["id"]] > 0 or (n["wdeg"] == 0 and not filtered)]
    candidates.sort(key=lambda n: (-total[n], n))
    kept_nodes = set(candidates[: data["top"] if top is None else top])
    edges = {eid: len(kept) for eid, kept in passing.items()
             if by_id[eid]["from"] in kept_nodes and by_id[eid]["to"] in kept_nodes}
    nodes = {n: 0 for n in kept_nodes}
    triples: list[int] = []
    rel: Counter[str] = Counter()
    quad: Counter[int] = Counter()
    for eid, count in edges.items():
        e = by_id[eid]
        nodes[e["from"]] += count
        nodes[e["to"]] += count
        triples.extend(passing[eid])
        rel[e["relation"]] += count
        quad[e["quad"]] += count
    kind = {n["id"]: n["kind"] for n in data["nodes"]}
    seen_dates = sorted({data["dates"][cols["date"][i]] for i in triples if cols["date"][i] >= 0})
    n_articles = len({cols["article"][i] for i in triples if cols["article"][i] >= 0})
    total_articles = data["counts"]["articles"] or None
    return {
        "edges": edges,
        "nodes": dict(sorted(nodes.items())),
        "triples": sorted(triples),
        "relations": dict(rel),
        "quads": dict(quad),
        "kinds": dict(Counter(kind[n] for n in nodes)),
        "summary": summary_line(n_articles, len(triples), len(nodes),
                                seen_dates[0] if seen_dates else "",
                                seen_dates[-1] if seen_dates else "", total_articles),
    }
