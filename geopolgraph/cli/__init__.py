"""The ``geopolgraph`` console script: a thin argparse layer over the library.

Each command lives in its own module with ``register(subparsers)``; a handler takes the parsed
arguments and returns an exit status. Project errors become one line on stderr and exit 2.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from geopolgraph.errors import GeopolgraphError

__all__ = ["COMMANDS", "build_parser", "main"]

#: Command modules under ``geopolgraph.cli``, in the order ``--help`` lists them.
COMMANDS: list[str] = [
    "build_cmd",
    "extract_cmd",
    "eval_cmd",
    "neo4j_cmd",
    "load_cmd",
    "query_cmd",
    "cypher_cmd",
    "draw_cmd",
    "gdelt_cmd",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="geopolgraph",
        description="News articles to an actor-relation-actor graph (Neo4j + NetworkX).",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMANDS:
        module = importlib.import_module(f"geopolgraph.cli.{name}")
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except GeopolgraphError as exc:
        print(f"geopolgraph: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # e.g. `geopolgraph extract … | head`
        return 0
    except KeyboardInterrupt:
        print("geopolgraph: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
