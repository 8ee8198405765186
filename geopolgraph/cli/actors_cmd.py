"""``geopolgraph actors [PATH…|--graph FILE] [--search TEXT] [--format table|csv|json]``.

Lists every actor of the mirror built from PATH (default ``seeds/``), or reopened from what
``build``/``gdelt`` wrote (``--graph``), with its id, name, kind, country, counts of triples and
other names; ``--search`` keeps those whose id, name or alias contains TEXT, or the actor TEXT
names ("Kamboja", "Putin": a person's state, with a note).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

__all__ = ["register", "run"]


def register(subparsers: Any) -> None:
    from geopolgraph.cli.query_cmd import FORMATS, add_graph_option

    parser = subparsers.add_parser(
        "actors",
        help="list the actors of the graph (ids, names, kind, counts); --search by name",
        description=(
            "List the actors of the graph built from PATH (files or folders, default seeds/): "
            "id, name, kind, country, triples, and the names and aliases (Indonesian and "
            "English) that resolve to it anywhere an actor id is asked for."
        ),
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", default=[])
    add_graph_option(parser)
    parser.add_argument(
        "--search",
        metavar="TEXT",
        help="only actors whose id, name or alias contains TEXT, or that TEXT names",
    )
    parser.add_argument("--format", choices=FORMATS, default="table", help="output format")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from geopolgraph.actors import actor_table
    from geopolgraph.cli.query_cmd import mirror_for, render
    from geopolgraph.errors import InputError

    if args.graph and args.paths:
        raise InputError("give either PATH or --graph, not both")
    frame = actor_table(mirror_for(args), search=args.search)
    sys.stdout.write(render(frame, args.format))
    return 0
