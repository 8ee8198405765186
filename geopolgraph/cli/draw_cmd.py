"""``geopolgraph draw [PATH…] [--query NAME -p …] [--actor ID --hops N] [--since D --until D]``.

``--out FILE`` is required.

Builds the mirror from PATH (default ``seeds/``), narrows it with :func:`select`, and writes one
self-contained HTML page. Other selections (named queries) plug in by adding options in
``register`` and a step in ``select``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import networkx as nx

from geopolgraph.atomic import atomic_path
from geopolgraph.errors import InputError

__all__ = ["default_title", "register", "run", "select"]


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "draw",
        help="draw the graph as one self-contained, interactive HTML page",
        description=(
            "Extract triples from PATH (files or folders, default seeds/) and write an "
            "interactive page (works offline: nothing is loaded from the network)."
        ),
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", default=[])
    from geopolgraph.cli.query_cmd import add_graph_option

    add_graph_option(parser)
    parser.add_argument(
        "--actor", metavar="ID", help="only this actor's neighbourhood (id or name)"
    )
    parser.add_argument(
        "--hops", type=int, default=1, metavar="N", help="neighbourhood radius with --actor (1)"
    )
    parser.add_argument(
        "--query", metavar="NAME", help="draw what a named query's answer touches (query --list)"
    )
    parser.add_argument(
        "-p", "--param", action="append", default=[], metavar="KEY=VALUE",
        help="a parameter of --query (repeat for more)",
    )
    parser.add_argument(
        "--backend", choices=("mirror", "neo4j"), default="mirror",
        help="mirror (default): the graph of PATH or --graph; neo4j: the store's graph "
        "(and --query runs there)",
    )
    parser.add_argument("--since", metavar="YYYY-MM-DD", help="only triples dated on or after")
    parser.add_argument("--until", metavar="YYYY-MM-DD", help="only triples dated on or before")
    parser.add_argument(
        "--max-nodes", type=int, metavar="N", help="keep the N busiest actors (by triples)"
    )
    parser.add_argument("--title", help="page title (default: what is drawn, and from where)")
    parser.add_argument("--out", required=True, metavar="FILE", help="the HTML file to write")
    parser.set_defaults(func=run)


def select(G: nx.MultiDiGraph, args: argparse.Namespace, store: Any = None) -> nx.MultiDiGraph:
    """The part of ``G`` the options ask for: a query's subgraph, dates, the ego network."""
    from geopolgraph.graph.subgraph import subgraph_for_dates, subgraph_for_ego

    if getattr(args, "query", None):
        from geopolgraph.queries.params import parse_assignments
        from geopolgraph.queries.runner import query_subgraph

        params = parse_assignments(args.param)
        if args.backend == "mirror":
            G = query_subgraph(args.query, params, backend="mirror", graph=G)
        else:
            G = query_subgraph(args.query, params, backend="neo4j", store=store)
    elif getattr(args, "param", None):
        raise InputError("-p/--param needs --query")

    if getattr(args, "since", None) or getattr(args, "until", None):
        G = subgraph_for_dates(G, args.since, args.until)
    if getattr(args, "actor", None):
        G = subgraph_for_ego(G, args.actor, args.hops)
    elif getattr(args, "hops", 1) != 1:
        raise InputError("--hops needs --actor")
    return G


def _source(args: argparse.Namespace) -> str:
    if args.backend == "neo4j":
        return "Neo4j"
    return str(getattr(args, "graph", None) or ", ".join(str(p) for p in args.paths or ["seeds/"]))


def default_title(args: argparse.Namespace) -> str:
    """A title that says what the page shows: the query or slice, and where it came from.

    >>> ns = argparse.Namespace(paths=["seeds/"], query="between", param=["a=USA", "b=RUS"],
    ...                         backend="neo4j", actor=None, hops=1, since=None, until="2024-06-30")
    >>> default_title(ns)
    'geopolgraph: query between (a=USA, b=RUS) from Neo4j · until 2024-06-30'
    """
    if getattr(args, "query", None):
        params = f" ({', '.join(args.param)})" if args.param else ""
        where = "Neo4j" if args.backend == "neo4j" else _source(args)
        parts = [f"query {args.query}{params} from {where}"]
    else:
        parts = [_source(args)]
    if getattr(args, "actor", None):
        parts.append(f"{args.hops}-hop network of {args.actor}")
    if getattr(args, "since", None) or getattr(args, "until", None):
        parts.append(" ".join(b for b in (args.since and f"from {args.since}",
                                           args.until and f"until {args.until}") if b))
    return "geopolgraph: " + " · ".join(parts)


def _from_store(args: argparse.Namespace) -> nx.MultiDiGraph:
    """``--backend neo4j``: the store's graph (or a query's part of it); never a fallback."""
    from geopolgraph.graph.store import Store

    if args.paths or getattr(args, "graph", None):
        raise InputError("--backend neo4j draws the store's graph: give no PATH or --graph")
    with Store() as store:
        G = nx.MultiDiGraph() if args.query else store.read_graph()
        return select(G, args, store)


def run(args: argparse.Namespace) -> int:
    from geopolgraph.cli.query_cmd import mirror_for
    from geopolgraph.draw import page_data, write_page

    if args.max_nodes is not None and args.max_nodes < 1:
        raise InputError(f"--max-nodes: expected 1 or more, got {args.max_nodes}")
    if not args.out.lower().endswith((".html", ".htm")):
        raise InputError(f"--out: expected an .html file, got {args.out!r}")
    if Path(args.out).is_dir():
        raise InputError(f"--out {args.out}: is a folder; give the page's file name")
    G = _from_store(args) if args.backend == "neo4j" else select(mirror_for(args), args)
    data = page_data(G, title=args.title or default_title(args), max_nodes=args.max_nodes)
    try:
        with atomic_path(args.out) as tmp:  # a killed or failed write leaves the old page
            write_page(data, tmp)
        path = Path(args.out)
    except OSError as exc:
        raise InputError(f"cannot write {args.out}: {exc.strerror}") from exc
    counts = data["counts"]
    shown = ("" if data["top"] == counts["actors"]
             else f"; the page opens on the top {data['top']:,}")
    used, total = counts["articles_with_triples"], counts["articles"]
    articles = f"{used:,} of {total:,}" if total > used else f"{used:,}"
    print(f"wrote {path} ({counts['actors']:,} actors, {counts['triples']:,} triples from "
          f"{articles} articles{shown})")
    return 0
