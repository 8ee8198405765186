"""``geopolgraph analyze``: bring a store to the current layout and recompute what is derived.

Relationships written before the lean layout get their evidence moved to Sentence nodes
(``Store.migrate_lean``), then the derived actor properties are recomputed. Every load and
delete already does the latter; ``analyze`` is for a store written before, or by other tools.
Named queries (``top-actors``) only read what it stores.
"""

from __future__ import annotations

import argparse
from typing import Any

__all__ = ["register", "run"]


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "analyze",
        help="recompute PageRank, degrees and first/last seen on every actor in Neo4j",
        description="Move evidence text written before the lean layout to Sentence nodes, "
                    "then recompute the derived actor properties (out/in/weighted degree, "
                    "PageRank, first_seen, last_seen: geopolgraph/graph/derived.py) over the "
                    "whole store and store them on the Actor nodes.",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from geopolgraph.graph.store import Store

    with Store() as store:
        moved = store.migrate_lean()
        actors = store.update_derived()
    print(f"analyzed {store.uri} ({store.database}): derived properties on {actors} actors"
          + (f"; {moved} relationships moved to the lean layout" if moved else ""))
    return 0
