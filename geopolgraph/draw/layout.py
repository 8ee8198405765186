"""Layouts computed once in Python: a fast force-directed one and one grouped by community.

networkx's ``spring_layout`` takes about 5 s for 2,000 nodes and 8,000 edges (its sparse
path loops in Python); this vectorised Fruchterman–Reingold takes well under a second.

>>> import networkx as nx
>>> pos = fast_layout(nx.path_graph(4), seed=1)
>>> sorted(pos), all(len(p) == 2 for p in pos.values())
([0, 1, 2, 3], True)
"""

from __future__ import annotations

from collections.abc import Hashable

import networkx as nx
import numpy as np

__all__ = ["EXACT_LIMIT", "communities", "fast_layout", "grouped_layout"]

#: Up to this many nodes repulsion is exact (all pairs); above, sampled.
EXACT_LIMIT = 3_000
SAMPLE = 1_000
BLOCK = 4_096


def fast_layout(
    G: nx.Graph,
    iterations: int = 50,
    seed: int = 0,
    scale: float | None = None,
    exact_limit: int = EXACT_LIMIT,
) -> dict[Hashable, tuple[float, float]]:
    """Positions in pixels (centred on 0), Fruchterman–Reingold with float32 numpy arrays.

    Up to ``exact_limit`` nodes every pair repels (three n×n float32 arrays: 48 MB at 2,000);
    above it each node is repelled by a fresh random sample of SAMPLE nodes per iteration,
    scaled up, in row blocks, so memory stays bounded (a GDELT export can have 20,000 actors).
    Parallel edges pull harder.
    """
    nodes = list(G)
    n = len(nodes)
    if n == 0:
        return {}
    if scale is None:
        scale = 40.0 * np.sqrt(n) + 100.0
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    index = {node: i for i, node in enumerate(nodes)}
    pairs = np.array([(index[u], index[v]) for u, v in G.edges() if u != v], dtype=np.int64)
    if len(pairs) == 0:
        pairs = np.zeros((0, 2), dtype=np.int64)
    src, dst = pairs[:, 0], pairs[:, 1]

    rng = np.random.default_rng(seed)
    x = rng.random(n, dtype=np.float32)
    y = rng.random(n, dtype=np.float32)
    k2 = np.float32(1.0 / n)
    k = np.sqrt(k2)
    t = np.float32(0.1)
    cool = t / (iterations + 1)
    for _ in range(iterations):
        if n <= exact_limit:
            fx, fy = _repulsion(x, y, x, y, k2)
        else:
            anchors = rng.choice(n, size=SAMPLE, replace=False)
            fx = np.empty(n, np.float32)
            fy = np.empty(n, np.float32)
            for lo in range(0, n, BLOCK):
                hi = min(lo + BLOCK, n)
                fx[lo:hi], fy[lo:hi] = _repulsion(x[lo:hi], y[lo:hi], x[anchors], y[anchors], k2)
            fx *= np.float32(n / SAMPLE)
            fy *= np.float32(n / SAMPLE)
        ex, ey = x[src] - x[dst], y[src] - y[dst]
        pull = np.sqrt(ex * ex + ey * ey) / k  # attraction d²/k along the unit vector
        ax, ay = ex * pull, ey * pull
        fx += (np.bincount(dst, ax, n) - np.bincount(src, ax, n)).astype(np.float32)
        fy += (np.bincount(dst, ay, n) - np.bincount(src, ay, n)).astype(np.float32)
        # weak gravity keeps disconnected pieces from drifting off
        fx -= (x - x.mean()) * 0.05
        fy -= (y - y.mean()) * 0.05
        length = np.maximum(np.sqrt(fx * fx + fy * fy), 1e-9)
        step = np.minimum(length, t) / length
        x += fx * step
        y += fy * step
        t -= cool
    x -= x.mean()
    y -= y.mean()
    extent = float(max(np.abs(x).max(), np.abs(y).max())) or 1.0
    factor = scale / extent
    return {node: (float(x[i] * factor), float(y[i] * factor)) for i, node in enumerate(nodes)}


def _repulsion(
    x: np.ndarray, y: np.ndarray, ox: np.ndarray, oy: np.ndarray, k2: np.float32
) -> tuple[np.ndarray, np.ndarray]:
    """Force on each (x, y) from every (ox, oy): k²/d along the unit vector = k²/d² · delta."""
    dx = x[:, None] - ox[None, :]
    dy = y[:, None] - oy[None, :]
    d2 = dx * dx
    d2 += dy * dy
    np.maximum(d2, 1e-6, out=d2)
    np.divide(k2, d2, out=d2)
    return (d2 * dx).sum(axis=1), (d2 * dy).sum(axis=1)


def communities(G: nx.Graph, seed: int = 0) -> list[list[Hashable]]:
    """Louvain communities of the undirected graph, parallel edges as weight; largest first.

    >>> G = nx.MultiDiGraph([(1, 2), (2, 1), (3, 4), (4, 5)])
    >>> [sorted(c) for c in communities(G)]
    [[3, 4, 5], [1, 2]]
    """
    simple = nx.Graph()
    simple.add_nodes_from(G)
    for u, v in G.edges():
        if u != v:
            w = simple.get_edge_data(u, v, {"weight": 0})["weight"]
            simple.add_edge(u, v, weight=w + 1)
    found = nx.community.louvain_communities(simple, weight="weight", seed=seed)
    return sorted((sorted(c, key=str) for c in found), key=lambda c: (-len(c), str(c[0])))


def grouped_layout(
    G: nx.Graph, seed: int = 0, groups: list[list[Hashable]] | None = None
) -> dict[Hashable, tuple[float, float]]:
    """Each community laid out on its own, the communities side by side on a spiral.

    A community's disc has an area proportional to its size; the largest sits in the centre
    and the others follow on a golden-angle spiral, so related actors stay together.

    >>> G = nx.MultiDiGraph([(1, 2), (2, 3), (4, 5)])
    >>> pos = grouped_layout(G)
    >>> sorted(pos) == [1, 2, 3, 4, 5]
    True
    """
    if groups is None:
        groups = communities(G, seed=seed)
    small = [n for g in groups if len(g) < 3 for n in g]  # pairs and loners share one disc
    groups = [g for g in groups if len(g) >= 3] + ([small] if small else [])
    out: dict[Hashable, tuple[float, float]] = {}
    placed: list[tuple[float, float, float]] = []  # centre x, centre y, radius
    golden = np.pi * (3 - np.sqrt(5))
    for i, members in enumerate(groups):
        radius = 85.0 * np.sqrt(len(members)) + 40.0
        sub = G.subgraph(members) if members is not small else nx.empty_graph(members)
        inner = fast_layout(sub, seed=seed, scale=radius - 30.0) if len(members) > 1 else {
            members[0]: (0.0, 0.0)}
        cx = cy = 0.0
        if placed:
            angle, distance = i * golden, placed[0][2] + radius
            while True:  # walk outwards until the disc overlaps no placed one
                cx, cy = distance * np.cos(angle), distance * np.sin(angle)
                if all((cx - x) ** 2 + (cy - y) ** 2 >= (r + radius + 20) ** 2
                       for x, y, r in placed):
                    break
                distance += 0.25 * radius + 10
        placed.append((cx, cy, radius))
        for node, (x, y) in inner.items():
            out[node] = (float(cx + x), float(cy + y))
    return out
