"""The ``geopolgraph`` console script: a thin argparse layer over the library.

Each command lives in its own module with ``register(subparsers)``; a handler takes the parsed
arguments and returns an exit status. Project errors become one line on stderr and exit 2.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import warnings
from collections.abc import Sequence
from typing import Any

from geopolgraph.errors import GeopolgraphError, GeopolgraphWarning

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
    "actors_cmd",
    "analyze_cmd",
    "spark_cmd",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="geopolgraph",
        description="News articles to an actor-relation-actor graph (Neo4j + NetworkX).",
    )
    _add_global_options(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMANDS:
        module = importlib.import_module(f"geopolgraph.cli.{name}")
        module.register(subparsers)
    return parser


def _add_global_options(parser: argparse.ArgumentParser) -> None:
    """``--version`` and ``--quiet`` (before the command: ``geopolgraph --quiet build …``)."""
    from geopolgraph import __version__

    parser.add_argument("--version", action="version", version=f"geopolgraph {__version__}")
    parser.add_argument("-q", "--quiet", action="store_true",
                        help="no progress bars or progress lines")


def _one_line_warning(message: Any, category: Any, *args: Any, **kwargs: Any) -> None:
    """Warnings (Neo4j notifications, rows cut at a limit) as one line on stderr."""
    text = " ".join(str(message).split())
    print(f"geopolgraph: warning: {text}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    from geopolgraph.progress import is_quiet, set_quiet

    parser = build_parser()
    args = parser.parse_args(argv)
    was_quiet = is_quiet()
    set_quiet(args.quiet or was_quiet)
    try:
        with warnings.catch_warnings():  # restores the filters and showwarning afterwards
            warnings.simplefilter("always", GeopolgraphWarning)
            warnings.showwarning = _one_line_warning
            return _run(args)
    finally:
        set_quiet(was_quiet)


def _run(args: argparse.Namespace) -> int:
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
