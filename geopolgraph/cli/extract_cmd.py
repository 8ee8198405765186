"""``geopolgraph extract PATH… [--format jsonl|csv]``: triples to stdout, every field."""

from __future__ import annotations

import argparse
import sys

from geopolgraph.outputs import write_triples_csv, write_triples_jsonl
from geopolgraph.pipeline import iter_paths


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "extract", help="print the triples of articles (JSON Lines or CSV)",
        description="Extract triples from article files or folders and print one record per "
                    "triple with every field of the data model.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    p.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    triples = (t for _, found in iter_paths(args.paths) for t in found)
    if args.format == "csv":
        write_triples_csv(triples, sys.stdout)
    else:
        write_triples_jsonl(triples, sys.stdout)
    return 0
