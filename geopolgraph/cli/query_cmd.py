"""``geopolgraph query``: run a named query on Neo4j or on the mirror, print a table/CSV/JSON."""

from __future__ import annotations

import argparse
import shutil
import sys
from typing import Any

import pandas as pd

from geopolgraph.errors import QueryError

__all__ = ["add_common", "add_graph_option", "mirror_for", "register", "render", "run_query_cmd"]

FORMATS = ("table", "csv", "json")


def add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-p", "--param", action="append", default=[], metavar="KEY=VALUE",
        help="a parameter (repeat for more); lists are comma-separated: relations=WARNS,ACCUSES",
    )
    parser.add_argument("--format", choices=FORMATS, default="table", help="output format")


def add_graph_option(parser: argparse.ArgumentParser) -> None:
    """``--graph FILE``: reopen what build/gdelt wrote instead of extracting articles."""
    parser.add_argument(
        "--graph", metavar="FILE",
        help="a graph.graphml, graph.gexf, triples.csv, triples.parquet, GDELT export or a "
             "build's output folder: the mirror is rebuilt from it, with no extraction",
    )


def register(subparsers: Any) -> None:
    query = subparsers.add_parser(
        "query",
        help="run a named query (geopolgraph query --list shows them)",
        description=(
            "Run one of the named queries (geopolgraph/queries/*.cypher) on Neo4j, or compute "
            "the same answer on the NetworkX mirror built from articles."
        ),
    )
    query.add_argument("name", nargs="?", help="the query's name (see --list)")
    query.add_argument("--list", action="store_true", help="list the named queries and exit")
    add_common(query)
    query.add_argument(
        "--backend", choices=("neo4j", "mirror"), default=None,
        help="where to run (default neo4j; mirror when --articles or --graph is given)",
    )
    query.add_argument(
        "--articles", action="append", default=[], metavar="PATH",
        help="for the mirror backend: article files or folders (default seeds/)",
    )
    add_graph_option(query)
    query.set_defaults(func=run_query_cmd)


def render(frame: pd.DataFrame, fmt: str) -> str:
    """A DataFrame as a readable table, CSV or JSON records (one line per row)."""
    if fmt == "csv":
        return str(frame.to_csv(index=False))
    if fmt == "json":
        text = frame.to_json(orient="records", lines=True, force_ascii=False, date_format="iso")
        return str(text).rstrip("\n") + "\n" if len(frame) else ""
    if frame.empty:
        return f"(no rows; columns: {', '.join(map(str, frame.columns))})\n"
    width = max(80, shutil.get_terminal_size((160, 24)).columns)
    return str(frame.to_string(index=False, line_width=width, max_colwidth=60)) + "\n"


def _catalog_text() -> str:
    """``query --list`` as text: name and description, then the parameters, indented."""
    from geopolgraph.queries.catalog import load_catalog

    lines = []
    for q in load_catalog().values():
        lines.append(f"{q.name:<14} {q.description}")
        for p in q.params:
            doc = f"  -- {p.doc}" if p.doc else ""
            lines.append(f"{'':<16}{p.signature()}{doc}")
    return "\n".join(lines) + "\n"


def mirror_for(args: argparse.Namespace) -> Any:
    """The mirror a command reads: reopened from ``--graph``, else built from the articles."""
    if getattr(args, "graph", None):
        if getattr(args, "articles", None):
            raise QueryError("give either --graph or --articles, not both")
        from geopolgraph.reopen import open_graph

        return open_graph(args.graph)
    from geopolgraph.pipeline import build_graph

    return build_graph(getattr(args, "articles", None) or getattr(args, "paths", None)
                       or ["seeds/"])


def run_query_cmd(args: argparse.Namespace) -> int:
    from geopolgraph.queries.params import parse_assignments
    from geopolgraph.queries.runner import list_queries, run_query

    if args.list:
        if args.format == "table":
            sys.stdout.write(_catalog_text())
        else:
            sys.stdout.write(render(list_queries(), args.format))
        return 0
    if not args.name:
        raise QueryError("name a query, or use --list to see them")
    params = parse_assignments(args.param)
    backend = args.backend or ("mirror" if args.articles or args.graph else "neo4j")
    if backend == "neo4j" and (args.articles or args.graph):
        raise QueryError("--articles and --graph are for the mirror backend, not neo4j")
    graph = mirror_for(args) if backend == "mirror" else None
    frame = run_query(args.name, params, backend=backend, graph=graph)
    sys.stdout.write(render(frame, args.format))
    return 0
