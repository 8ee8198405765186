"""``geopolgraph cypher "…"``: read-only ad-hoc Cypher (statements that write are refused)."""

from __future__ import annotations

import argparse
import json
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
            "-p values are JSON when they parse (numbers, lists), strings otherwise."
        ),
    )
    parser.add_argument("statement", help="the Cypher text; values as $parameters")
    add_common(parser)
    parser.set_defaults(func=run)


def _literal(value: Any) -> Any:
    if not isinstance(value, str):  # already typed (-p ids=list:USA,RUS, a=actor:Kamboja)
        return value
    try:
        return json.loads(value)
    except json.JSONDecodeError:
        return value


def run(args: argparse.Namespace) -> int:
    from geopolgraph.queries.params import parse_assignments
    from geopolgraph.queries.runner import run_cypher

    params = {k: _literal(v) for k, v in parse_assignments(args.param).items()}
    sys.stdout.write(render(run_cypher(args.statement, params), args.format))
    return 0
