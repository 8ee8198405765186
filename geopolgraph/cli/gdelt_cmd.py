"""``geopolgraph gdelt FILE… [--out DIR] [--neo4j]``: GDELT 2.0 event exports, outputs as build."""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from geopolgraph.cli.build_cmd import write_outputs
from geopolgraph.errors import InputError
from geopolgraph.loaders.gdelt import read_gdelt


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "gdelt", help="GDELT 2.0 event exports to triples.csv, graph.graphml and graph.html",
        description="Read GDELT 2.0 event exports (tab-separated, 61 columns, .CSV or .CSV.zip), "
                    "roll actors up to project ids, label CAMEO codes and write DIR/triples.csv, "
                    "DIR/graph.graphml and DIR/graph.html. No server needed.",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="GDELT 2.0 *.export.CSV files")
    p.add_argument("--out", default="out", metavar="DIR", help="output folder (default out/)")
    p.add_argument("--neo4j", action="store_true", help="also load the graph into Neo4j")
    p.add_argument("--keep-domestic", action="store_true",
                   help="keep events whose two actors roll up to the same id (USAGOV → USACOP)")
    p.add_argument("--title", default="geopolgraph: GDELT", help="title of the HTML page")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise InputError(f"{out}: exists and is not a folder")
    result = read_gdelt(args.files, keep_domestic=args.keep_domestic)
    graph = result.graph()
    write_outputs(out, result.triples, graph, args.title, args.neo4j)
    top = ", ".join(f"{rel} {n}"
                    for rel, n in Counter(t.relation for t in result.triples).most_common(5))
    print(f"{result.stats.summary()}  actors: {graph.number_of_nodes()}")
    print(f"top relations: {top or 'none'}")
    print(f"wrote {out / 'triples.csv'}, {out / 'graph.graphml'}, {out / 'graph.html'}"
          + ("; loaded into Neo4j" if args.neo4j else ""))
    return 0
