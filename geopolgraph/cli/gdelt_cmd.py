"""``geopolgraph gdelt PATH… [--out DIR] [--neo4j]``: GDELT 2.0 exports, outputs as build."""

from __future__ import annotations

import argparse
import warnings
from collections import Counter
from pathlib import Path

from geopolgraph.cli.build_cmd import write_outputs
from geopolgraph.errors import GeopolgraphWarning, InputError
from geopolgraph.loaders.gdelt import GdeltOptions, read_gdelt
from geopolgraph.loaders.gdelt_rows import iso_date


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "gdelt", help="GDELT 2.0 event exports to triples.csv, graph.graphml and graph.html",
        description="Read GDELT 2.0 event exports as GDELT publishes them (*.export.CSV or "
                    "*.export.CSV.zip, read from the zip; files, folders or globs), join "
                    "*.mentions.CSV(.zip) by GLOBALEVENTID, roll actors up to project ids, "
                    "label CAMEO codes and write DIR/triples.csv, DIR/graph.graphml and "
                    "DIR/graph.html. No server needed.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="export/mentions files, folders holding them, or glob patterns")
    p.add_argument("--out", default="out", metavar="DIR", help="output folder (default out/)")
    p.add_argument("--neo4j", action="store_true", help="also load the graph into Neo4j")
    p.add_argument("--bulk", action="store_true",
                   help="with --neo4j, into an empty local database: Neo4j's offline importer")
    p.add_argument("--keep-domestic", action="store_true",
                   help="keep events whose two actors roll up to the same id (USAGOV → USACOP)")
    p.add_argument("--actors", choices=("known", "typed"), default="known",
                   help="typed: a side with an actor type but no country becomes a typed "
                        "actor (COP → group:police) instead of dropping the row")
    p.add_argument("--since", metavar="DATE", help="keep events with SQLDATE on or after DATE")
    p.add_argument("--until", metavar="DATE", help="keep events with SQLDATE on or before DATE")
    p.add_argument("--title", default="geopolgraph: GDELT", help="title of the HTML page")
    p.set_defaults(func=run)


def _date(value: str | None, option: str) -> str | None:
    if value is None:
        return None
    iso = iso_date(value.replace("-", ""))
    if not iso:
        raise InputError(f"{option} {value!r}: expected a date YYYY-MM-DD (or YYYYMMDD)")
    return iso


def run(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise InputError(f"{out}: exists and is not a folder")
    options = GdeltOptions(
        keep_domestic=args.keep_domestic, typed=args.actors == "typed",
        since=_date(args.since, "--since"), until=_date(args.until, "--until"),
    )
    result = read_gdelt(args.paths, options=options)
    for message in result.failed:
        warnings.warn(GeopolgraphWarning(f"skipped {message}"), stacklevel=1)
    if result.stats.bad:
        warnings.warn(GeopolgraphWarning(f"skipped {result.stats.bad} malformed rows; first: "
                                         f"{result.stats.first_bad}"), stacklevel=1)
    if result.mentions and result.mentions.bad:
        warnings.warn(GeopolgraphWarning(
            f"skipped {result.mentions.bad} malformed mention rows; first: "
            f"{result.mentions.first_bad}"), stacklevel=1)
    if args.bulk and not args.neo4j:
        raise InputError("--bulk goes with --neo4j")
    graph = result.graph()
    write_outputs(out, result.triples, graph, args.title, args.neo4j and not args.bulk)
    if args.bulk:
        from geopolgraph.graph.bulk import load_bulk

        print(load_bulk(result.triples, result.actors, result.articles.values()))
    top = ", ".join(f"{rel} {n}"
                    for rel, n in Counter(t.relation for t in result.triples).most_common(5))
    print(f"files: {result.files}  {result.stats.summary()}  actors: {graph.number_of_nodes()}")
    if result.mentions:
        print(result.mentions.summary())
    print(f"top relations: {top or 'none'}")
    print(f"wrote {out / 'triples.csv'}, {out / 'graph.graphml'}, {out / 'graph.html'}"
          + ("; loaded into Neo4j" if args.neo4j else ""))
    return 0
