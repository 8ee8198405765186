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

``--supply-chains`` (also run by default) measures ``supply-chains`` where it used to take 25 s:
the 2,000-article corpus (``bench.corpus``, about 20,000 triples, each SUPPLIES pair repeated
dozens of times), on Neo4j (the project server) and the mirror, side by side with the previous
query text, which walked every combination of parallel relationships. Results go to
``bench/results/supply_chains.md``.
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
SUPPLY_RESULTS = RESULTS.with_name("supply_chains.md")
#: supply-chains as it was before it walked distinct neighbours (for the side-by-side run).
OLD_SUPPLY_CHAINS = """
MATCH (a:Actor {id: $actor})
CALL (a) {
  WITH a WHERE $direction = 'from'
  MATCH p = (a)((x)-[r:SUPPLIES|RECEIVES]-(y)
                WHERE (type(r) = 'SUPPLIES' AND startNode(r) = x)
                   OR (type(r) = 'RECEIVES' AND endNode(r) = x)){1,4}(:Actor)
  RETURN nodes(p) AS ns
  UNION
  WITH a WHERE $direction = 'to'
  MATCH p = (:Actor)((x)-[r:SUPPLIES|RECEIVES]-(y)
                     WHERE (type(r) = 'SUPPLIES' AND startNode(r) = x)
                        OR (type(r) = 'RECEIVES' AND endNode(r) = x)){1,4}(a)
  RETURN nodes(p) AS ns
}
WITH ns
WHERE size(ns) - 1 <= $hops
  AND all(i IN range(0, size(ns) - 2) WHERE NOT ns[i] IN ns[i + 1..])
WITH DISTINCT [n IN ns | n.id] AS ids
RETURN head(ids) AS start, last(ids) AS end, size(ids) - 1 AS hops,
       reduce(s = head(ids), x IN tail(ids) | s + ' > ' + x) AS chain
ORDER BY hops, chain
"""
SUPPLY_CASES = [({"actor": "RUS"}, "from Russia, 3 links"),
                ({"actor": "CHN", "direction": "to", "hops": 4}, "to China, 4 links")]
OLD_TIMEOUT_S = 60.0
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
        ("top-actors", {}, "stored PageRank (Neo4j), computed once on the mirror"),
        ("evidence", {"source": a(0), "relation": "WARNS", "target": a(1)}, "hub pair"),
        ("new-since", {"since": "2024-12-01"}, "whole store"),
        ("timeline", {"actor": a(100)}, "rank-100 actor"),
    ]


def load(G: nx.MultiDiGraph, store: Store) -> float:
    """Write ``G`` (layout of the store: dates as Neo4j dates, absent when unknown), then the
    derived actor properties a load stores (``Store.update_derived``)."""
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
    store.update_derived()  # what every load stores and top-actors reads
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
    parser.add_argument("--supply-chains", action="store_true",
                        help="only the supply-chains run on the 2,000-article corpus")
    parser.add_argument("--articles", type=int, default=2000,
                        help="corpus size for --supply-chains (2000)")
    args = parser.parse_args(list(argv) if argv is not None else [])
    supply_chains_on_articles(args.articles, args.repeat, neo4j=not args.no_neo4j)
    if args.supply_chains:
        return 0
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


def _old_supply_chains(store: Store, params: dict[str, Any]) -> float:
    """Seconds the previous supply-chains text takes (``inf`` past ``OLD_TIMEOUT_S``)."""
    from geopolgraph.errors import GeopolgraphError

    values = {"direction": "from", "hops": 3, **params}
    started = time.perf_counter()
    try:
        store.run_read(OLD_SUPPLY_CHAINS, values, check=False, timeout=OLD_TIMEOUT_S)
    except GeopolgraphError:  # the transaction timed out on the server
        return float("inf")
    return time.perf_counter() - started


def supply_chains_on_articles(n_articles: int, repeat: int, neo4j: bool = True) -> None:
    """supply-chains on the article corpus: Neo4j, mirror, and the old text, side by side."""
    from bench.corpus import article_copies
    from geopolgraph.graph.sync import mirror_to_neo4j
    from geopolgraph.pipeline import build_graph
    from geopolgraph.progress import set_quiet
    from geopolgraph.queries.synthetic import prefixed

    set_quiet(True)
    # letters only: an id that looks like an id ("bscabcdef:RUS") is not resolved as a name
    prefix = "bsc" + "".join(chr(97 + b % 26) for b in uuid.uuid4().bytes[:6]) + ":"
    with tempfile.TemporaryDirectory(prefix="gpg-bench-supply-") as tmp:
        G = prefixed(build_graph([article_copies(n_articles, Path(tmp))]), prefix)
    print(f"supply-chains corpus: {n_articles} articles, {G.number_of_edges():,} triples",
          flush=True)
    store = Store().connect() if neo4j else None
    rows = []
    try:
        if store is not None:
            mirror_to_neo4j(G, store)
        for params, note in SUPPLY_CASES:
            values = {**params, "actor": prefix + params["actor"]}
            mir_s, mir = _time(lambda v=values: run_query("supply-chains", v, backend="mirror",
                                                          graph=G), repeat)
            neo_s, old_s, same = float("nan"), float("nan"), "–"
            if store is not None:
                neo_s, neo = _time(lambda v=values: run_query(
                    "supply-chains", v, backend="neo4j", store=store), repeat)
                same = _same(neo, mir)
                old_s = _old_supply_chains(store, values)
            rows.append((note, len(mir), neo_s, mir_s, old_s, same))
            print(f"supply-chains {note}: {len(mir)} rows  neo4j {neo_s:.3f}s  mirror "
                  f"{mir_s:.3f}s  before {old_s:.1f}s  same={same}", flush=True)
    finally:
        if store is not None:
            store.delete_prefix(prefix)
            store.close()
    _report_supply(n_articles, G, rows, repeat)


def _report_supply(n_articles: int, G: nx.MultiDiGraph, rows: list[tuple[Any, ...]],
                   repeat: int) -> None:
    stamp = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    lines = [
        "# supply-chains on 20,000 article triples: Neo4j vs mirror, before and after",
        "",
        f"_{stamp}_",
        "",
        f"{n_articles:,} articles (copies of the 55 shared articles, `bench/corpus.py`): "
        f"{G.number_of_edges():,} triples; every SUPPLIES/RECEIVES pair is repeated once per "
        "copy. Median of "
        f"{repeat} runs after a warm-up through `run_query`; \"before\" is the previous query "
        "text (relationship paths, one run, stopped after "
        f"{OLD_TIMEOUT_S:.0f} s), run on the same store in the same run. Load average "
        f"{os.getloadavg()[0]:.1f} during the run.",
        "",
        "| case | rows | Neo4j | mirror | Neo4j before | same |",
        "|---|---:|---:|---:|---:|:-:|",
    ]
    for note, n, neo_s, mir_s, old_s, same in rows:
        old = "–" if old_s != old_s else (f"> {OLD_TIMEOUT_S:.0f} s" if old_s == float("inf")
                                          else f"{old_s:,.1f} s")
        neo = "–" if neo_s != neo_s else f"{neo_s * 1000:,.0f} ms"
        lines.append(f"| {note} | {n} | {neo} | {mir_s * 1000:,.0f} ms | {old} | {same} |")
    lines += ["", "Target (issue 13): at most 1 s on both backends.", ""]
    SUPPLY_RESULTS.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {SUPPLY_RESULTS}")


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
        + (f"; written to Neo4j (UNWIND CREATE, {BATCH:,}/tx, then the derived actor "
           f"properties) in {load_s:.0f} s." if neo4j
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
        "dicts; Neo4j pays Bolt transfer and per-row property reads instead. `top-actors` "
        "reads the PageRank and degrees stored when the graph changed (graph/derived.py); "
        "no named query computes or writes them.",
        "",
    ]
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {RESULTS}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
