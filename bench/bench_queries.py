"""Benchmark: latency of every named query on a 1,000,000-edge graph, Neo4j and mirror.

    python -m bench.bench_queries [--edges 1000000] [--actors 20000] [--repeat 3] [--no-neo4j]

Unless ``NEO4J_URI`` names a server (or ``--shared``), the benchmark starts a private Neo4j
(data in a temporary folder, a free port, 4 GB heap, 2 GB page cache) and removes it afterwards:
the project server's 1 GB heap makes a million-row load crawl, and a store of its own lets the
whole-store answers be compared too.

The graph is ``queries.synthetic.synthetic_graph`` (heavy-tailed degrees: the top actor has
tens of thousands of relations, the median a few dozen). It is written to Neo4j with plain
``CREATE`` in ``UNWIND`` batches (the store's MERGE loader is idempotent but too slow for a
million rows inside this benchmark's budget), under an id prefix that is deleted afterwards.
Each query runs once to warm up (plan cache, JIT), then ``--repeat`` times; the median is
reported, with the row count and whether both backends gave the same DataFrame.
Results go to ``bench/results/queries.md`` and stdout.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import shutil
import socket
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import networkx as nx
import pandas as pd

from geopolgraph.errors import GeopolgraphError
from geopolgraph.graph.store import Store
from geopolgraph.model import RELATIONS
from geopolgraph.queries.runner import run_query
from geopolgraph.queries.synthetic import synthetic_graph

RESULTS = Path(__file__).resolve().parent / "results" / "queries.md"
BATCH = 10_000
#: One CREATE text per relationship type, from the whitelist only (types cannot be parameters).
_CREATE = {
    rel: f"UNWIND $rows AS row MATCH (s:Actor {{id: row.s}}) MATCH (t:Actor {{id: row.t}}) "
    f"CREATE (s)-[r:{rel}]->(t) SET r = row.p"
    for rel in RELATIONS
}
_ACTORS = "UNWIND $rows AS row CREATE (a:Actor) SET a = row"
_ARTICLES = "UNWIND $rows AS row CREATE (a:Article) SET a = row"


def cases(prefix: str, n_actors: int) -> list[tuple[str, dict[str, Any], str]]:
    """``(query, params, note)`` sized for a million edges (hubs make some answers huge).

    Ranks scale with the actor count: with 20,000 actors, 100 is a well-connected actor and
    5,000 / 9,000 are minor ones.
    """

    def a(rank: int) -> str:
        return f"{prefix}A{rank * n_actors // 20_000:05d}"

    return [
        ("ego", {"actor": a(100), "hops": 1}, "rank-100 actor"),
        ("ego", {"actor": a(5000), "hops": 2, "relations": "ATTACKS",
                 "since": "2024-06-01", "until": "2024-06-30"}, "2 hops, one type, one month"),
        ("between", {"a": a(0), "b": a(1)}, "the two biggest hubs"),
        ("who-does", {"relation": "SUPPLIES"}, "whole store"),
        ("supply-chains", {"actor": a(5000), "hops": 2}, "from a minor actor"),
        ("supply-chains", {"actor": a(5000), "direction": "to", "hops": 2}, "to a minor actor"),
        ("path", {"source": a(5000), "target": a(9000)}, "two minor actors"),
        ("dyad-balance", {"actor": a(10)}, "pairs of a rank-10 actor"),
        ("top-actors", {}, "PageRank recomputed (and written back on Neo4j)"),
        ("evidence", {"source": a(0), "relation": "WARNS", "target": a(1)}, "hub pair"),
        ("new-since", {"since": "2024-12-01"}, "whole store"),
        ("timeline", {"actor": a(100)}, "rank-100 actor"),
    ]


def load(G: nx.MultiDiGraph, store: Store) -> float:
    """Write ``G`` (layout of the store: dates as Neo4j dates, absent when unknown)."""
    started = time.perf_counter()
    store.ensure_schema()
    store.write_rows(_ACTORS, [{"id": n, **d} for n, d in G.nodes(data=True)], BATCH)
    articles = []
    for meta in G.graph["articles"].values():
        row = {k: v for k, v in meta.items() if v != ""}
        if "published" in row:
            row["published"] = dt.date.fromisoformat(row["published"])
        articles.append(row)
    store.write_rows(_ARTICLES, articles, BATCH)
    by_rel: dict[str, list[dict[str, Any]]] = {rel: [] for rel in RELATIONS}
    for u, v, k, d in G.edges(keys=True, data=True):
        props = {**d, "id": k, "source": u, "target": v}
        if d["date"]:
            props["date"] = dt.date.fromisoformat(d["date"])
        else:
            del props["date"]
        by_rel[d["relation"]].append({"s": u, "t": v, "p": props})
    for rel, rows in by_rel.items():
        store.write_rows(_CREATE[rel], rows, BATCH)
    return time.perf_counter() - started


@contextlib.contextmanager
def private_server() -> Iterator[None]:
    """A throw-away local Neo4j for the duration of the benchmark."""
    from geopolgraph.graph import server

    folder = tempfile.mkdtemp(prefix="gpg-bench-neo4j-")
    saved = os.environ.get("GEOPOLGRAPH_NEO4J_DIR")
    os.environ["GEOPOLGRAPH_NEO4J_DIR"] = folder
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    try:
        uri = server.start(port=port, timeout=300, heap="4g", pagecache="2g")
        print(f"private neo4j at {uri} (data {folder})", flush=True)
        yield
    finally:
        server.stop()
        if saved is None:
            os.environ.pop("GEOPOLGRAPH_NEO4J_DIR", None)
        else:
            os.environ["GEOPOLGRAPH_NEO4J_DIR"] = saved
        shutil.rmtree(folder, ignore_errors=True)


def _time(fn: Callable[[], pd.DataFrame], repeat: int) -> tuple[float, pd.DataFrame]:
    frame = fn()  # warm-up
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        frame = fn()
        times.append(time.perf_counter() - started)
        if times[-1] > 30:  # a slow query: one timed run is enough
            break
    return statistics.median(times), frame


def _same(a: pd.DataFrame | None, b: pd.DataFrame) -> str:
    if a is None:
        return "–"
    try:
        pd.testing.assert_frame_equal(a, b, check_exact=False, rtol=1e-9, atol=1e-12)
    except AssertionError:
        return "no"
    return "yes"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_queries")
    parser.add_argument("--edges", type=int, default=1_000_000)
    parser.add_argument("--actors", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-neo4j", action="store_true", help="mirror only")
    parser.add_argument(
        "--shared", action="store_true",
        help="use connection_settings() (the project server) instead of a private server",
    )
    args = parser.parse_args(list(argv) if argv is not None else [])
    private = not (args.no_neo4j or args.shared or os.environ.get("NEO4J_URI"))
    with private_server() if private else contextlib.nullcontext():
        return _run(args, cleanup_after=not private)


def _run(args: argparse.Namespace, cleanup_after: bool = True) -> int:
    prefix = f"bq-{uuid.uuid4().hex[:6]}:"
    started = time.perf_counter()
    G = synthetic_graph(args.edges, n_actors=args.actors, seed=2024, prefix=prefix)
    build_s = time.perf_counter() - started
    degrees = sorted((d for _, d in G.degree()), reverse=True)
    print(f"mirror: {G.number_of_edges():,} edges, {G.number_of_nodes():,} actors "
          f"in {build_s:.1f}s", flush=True)

    store: Store | None = None
    load_s = 0.0
    exclusive = True
    if not args.no_neo4j:
        try:
            store = Store().connect()
        except GeopolgraphError as exc:
            print(f"{exc}; mirror only", file=sys.stderr)
    rows = []
    try:
        if store is not None:
            load_s = load(G, store)
            print(f"neo4j: loaded in {load_s:.1f}s", flush=True)
            exclusive = store.counts()["nodes"] == store.counts(prefix)["nodes"]
        for name, params, note in cases(prefix, args.actors):
            neo_s, neo_frame = (float("nan"), None)
            if store is not None:
                neo_s, neo_frame = _time(
                    lambda n=name, p=params: run_query(n, p, backend="neo4j", store=store),
                    args.repeat,
                )
            mir_s, mir_frame = _time(
                lambda n=name, p=params: run_query(n, p, backend="mirror", graph=G), args.repeat
            )
            whole = not ({"actor", "a", "source"} & set(params))
            same = _same(neo_frame, mir_frame) if exclusive or not whole else "n/a"
            shown = ", ".join(f"{k}={v}" for k, v in params.items()).replace(prefix, "")
            rows.append((name, shown, note, len(mir_frame), neo_s, mir_s, same))
            print(f"{name:14} {len(mir_frame):7} rows  neo4j {neo_s:8.3f}s  "
                  f"mirror {mir_s:8.3f}s  same={same}", flush=True)
    finally:
        if store is not None:
            if cleanup_after:  # a private server goes away with its folder
                store.delete_prefix(prefix)
            store.close()
    _report(args, G, degrees, build_s, load_s, rows, store is not None, exclusive)
    return 0


def _report(
    args: argparse.Namespace, G: nx.MultiDiGraph, degrees: list[int], build_s: float,
    load_s: float, rows: list[tuple[Any, ...]], neo4j: bool, exclusive: bool,
) -> None:
    stamp = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    lines = [
        "# Named queries: Neo4j vs mirror latency",
        "",
        f"_{stamp}_",
        "",
        f"Synthetic graph (`queries.synthetic`, seed 2024): {G.number_of_edges():,} triples "
        f"between {G.number_of_nodes():,} actors; degree max {degrees[0]:,}, "
        f"rank 100 {degrees[100]:,}, median {degrees[len(degrees) // 2]:,}. "
        f"Mirror built in {build_s:.0f} s"
        + (f"; written to Neo4j (UNWIND CREATE, {BATCH:,}/tx) in {load_s:.0f} s." if neo4j
           else "; no Neo4j server (mirror only)."),
        "",
        f"Median of {args.repeat} runs after one warm-up, wall clock through `run_query` "
        "(parameter checks, actor lookup, DataFrame building included). Actor `A00000` has "
        "the highest degree, `A00100` is well connected, `A05000` and `A09000` are minor. "
        "\"same\" = both backends returned an equal DataFrame"
        + ("" if exclusive else " (n/a: the store held other data, so whole-store answers "
           "differ by design)") + ".",
        "",
        "| query | parameters | what | rows | Neo4j | mirror | same |",
        "|---|---|---|---:|---:|---:|:-:|",
    ]
    for name, shown, note, n, neo_s, mir_s, same in rows:
        neo = f"{neo_s * 1000:,.0f} ms" if neo_s == neo_s else "–"
        lines.append(
            f"| `{name}` | {shown} | {note} | {n:,} | {neo} | {mir_s * 1000:,.0f} ms | {same} |"
        )
    lines += [
        "",
        "Notes: the mirror answers from Python dicts already in memory, so scans of the whole "
        "graph (`who-does`, `new-since`, `top-actors`) cost it one pass over a million edge "
        "dicts; Neo4j pays Bolt transfer and per-row property reads instead. `top-actors` on "
        "Neo4j pulls the pair counts, runs networkx PageRank and writes `Actor.pagerank` "
        "back before it reads, so it is the dearest query on both backends.",
        "",
    ]
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {RESULTS}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
