"""``geopolgraph analyze``: recompute the derived actor properties stored in Neo4j.

Every load and delete already does this; ``analyze`` is for a store written before, or by
other tools. Named queries (``top-actors``) only read what it stores.
"""

from __future__ import annotations

import argparse
from typing import Any

__all__ = ["register", "run"]


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "analyze",
        help="recompute PageRank, degrees and first/last seen on every actor in Neo4j",
        description="Recompute the derived actor properties (out/in/weighted degree, PageRank, "
                    "first_seen, last_seen: geopolgraph/graph/derived.py) over the whole store "
                    "and store them on the Actor nodes.",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from geopolgraph.graph.store import Store

    with Store() as store:
        actors = store.update_derived()
    print(f"analyzed {store.uri} ({store.database}): derived properties on {actors} actors")
    return 0
