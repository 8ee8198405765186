"""``geopolgraph cypher "…"``: read-only ad-hoc Cypher (statements that write are refused)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from geopolgraph.cli.query_cmd import add_common, render

__all__ = ["register", "run"]


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "cypher",
        help="run read-only Cypher on Neo4j",
        description=(
            "Run a Cypher statement in a read transaction; statements that write (CREATE, MERGE, "
            "SET, DELETE, REMOVE, LOAD CSV, write procedures, ...) are refused before they run. "
            "-p values take a type (since=date:2025-07-01, n=int:5, ids=list:USA,RUS, "
            "a=actor:Kamboja; dates also in words, Indonesian or English); untyped ones are "
            "JSON when they parse (numbers, lists), text otherwise. Neo4j's warnings (a "
            "misspelt property, label or relationship type) are shown on stderr."
        ),
    )
    parser.add_argument("statement", help="the Cypher text; values as $parameters")
    add_common(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from geopolgraph.queries.params import cypher_params
    from geopolgraph.queries.runner import run_cypher

    params = cypher_params(args.param)
    sys.stdout.write(render(run_cypher(args.statement, params), args.format))
    return 0
