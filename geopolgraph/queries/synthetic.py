"""Seeded random mirrors for query parity tests and benchmarks.

Endpoints follow a heavy-tailed popularity (a few hub states, many minor actors), 85 % of
triples carry a date in 2020-2024, a few are negated, RECEIVES and self-loops occur, and every
id starts with ``prefix`` so a test's data never collides with anything else in a store.

>>> G = synthetic_graph(200, seed=1, prefix="x:")
>>> G.number_of_edges(), all(str(n).startswith("x:") for n in G)
(200, True)
>>> synthetic_graph(50, seed=3).edges(keys=True) == synthetic_graph(50, seed=3).edges(keys=True)
True
"""

from __future__ import annotations

import datetime as dt
import itertools
import random

import networkx as nx

from geopolgraph.model import ACTOR_KINDS, MODALITIES, RELATIONS

__all__ = ["prefixed", "synthetic_graph"]

_START = dt.date(2020, 1, 1).toordinal()
_DAYS = 5 * 365


def _quad(index: int) -> int:
    # the vocabulary runs roughly from cooperation to conflict
    return 1 + index * 4 // len(RELATIONS)


def synthetic_graph(
    n_triples: int, n_actors: int | None = None, seed: int = 0, prefix: str = ""
) -> nx.MultiDiGraph:
    """A mirror of ``n_triples`` random triples among ``n_actors`` (default ~n/50, ≥ 20)."""
    rng = random.Random(seed)
    n_actors = n_actors or max(20, n_triples // 50)
    actors = [f"{prefix}A{i:05d}" for i in range(n_actors)]
    cum = list(itertools.accumulate(1.0 / (rank + 1) ** 0.9 for rank in range(n_actors)))
    n_articles = max(1, n_triples // 20)
    G = nx.MultiDiGraph()
    G.graph["articles"] = {
        f"{prefix}art{j:06d}": {
            "id": f"{prefix}art{j:06d}", "source": rng.choice(("Tribunnews.com", "Reuters", "")),
            "published": dt.date.fromordinal(_START + rng.randrange(_DAYS)).isoformat(),
            "lang": rng.choice(("id", "en")), "url": "", "title": f"Article {j}",
            "path": f"synthetic/{j}.txt",
        }
        for j in range(n_articles)
    }
    for i, actor in enumerate(actors):
        G.add_node(actor, name=f"Actor {i}", kind=ACTOR_KINDS[i % len(ACTOR_KINDS)],
                   country="" if i % 3 else "XXX")
    ends = rng.choices(actors, cum_weights=cum, k=2 * n_triples)
    for i in range(n_triples):
        source, target = ends[2 * i], ends[2 * i + 1]
        if source == target and rng.random() < 0.9:  # keep a few self-loops, not many
            target = actors[(actors.index(target) + 1) % n_actors]
        r = rng.randrange(len(RELATIONS))
        quad = _quad(r)
        dated = rng.random() < 0.85
        G.add_edge(
            source, target, key=f"t:{prefix}{i:08x}",
            relation=RELATIONS[r], source_mention=source, target_mention=target,
            cameo=f"{r:03d}", plover="", quad_class=quad,
            goldstein=round(rng.uniform(-10, 10), 1),
            date=dt.date.fromordinal(_START + rng.randrange(_DAYS)).isoformat() if dated else "",
            modality=rng.choice(MODALITIES), negated=rng.random() < 0.05,
            article_id=f"{prefix}art{rng.randrange(n_articles):06d}", sentence=rng.randrange(40),
            line=rng.randrange(1, 60), char_start=0, char_end=0,
            evidence=f"Sentence {i}.", attributed_to="", confidence=round(rng.random(), 2),
        )
    return G


def prefixed(G: nx.MultiDiGraph, prefix: str) -> nx.MultiDiGraph:
    """A copy of ``G`` whose actor, article and triple ids all start with ``prefix``."""
    H = nx.MultiDiGraph()
    H.graph["articles"] = {
        prefix + k: {**v, "id": prefix + k} for k, v in G.graph.get("articles", {}).items()
    }
    H.add_nodes_from((prefix + n, d) for n, d in G.nodes(data=True))
    for u, v, k, d in G.edges(keys=True, data=True):
        attrs = dict(d)
        if attrs.get("article_id"):
            attrs["article_id"] = prefix + attrs["article_id"]
        H.add_edge(prefix + u, prefix + v, key=f"{k}:{prefix}", **attrs)
    return H
