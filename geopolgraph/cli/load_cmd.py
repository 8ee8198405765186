"""``geopolgraph load [PATH…] [--batch-size N]``: extract articles and write them to Neo4j.

Idempotent: ids are MERGEd, so loading the same articles again changes nothing.
"""

from __future__ import annotations

import argparse
from typing import Any

__all__ = ["register", "run"]


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "load",
        help="extract articles and write the triples to Neo4j (idempotent)",
        description=(
            "Extract triples from PATH (files or folders, default seeds/) and MERGE them into "
            "Neo4j: NEO4J_URI/NEO4J_USERNAME/NEO4J_PASSWORD/NEO4J_DATABASE, else the local "
            "server (geopolgraph neo4j start)."
        ),
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", default=["seeds/"])
    parser.add_argument(
        "--batch-size", type=int, default=10000, help="rows per UNWIND transaction (10000)"
    )
    parser.add_argument(
        "--bulk", action="store_true",
        help="first load into an empty local database: Neo4j's offline importer (the server "
             "is stopped and restarted on the result; a failed import leaves it as it was)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from geopolgraph.graph.store import Store
    from geopolgraph.graph.sync import mirror_to_neo4j
    from geopolgraph.pipeline import build_graph

    with Store() as store:
        store.connect()  # an unreachable server fails now, before any extraction
        graph = build_graph(args.paths)  # Neo4j gets exactly the mirror's graph
        if args.bulk:
            from geopolgraph.graph.bulk import load_mirror_bulk

            print(load_mirror_bulk(graph))
            return 0
        summary = mirror_to_neo4j(graph, store, batch_size=args.batch_size)
    print(f"loaded into {store.uri} ({store.database}): {summary}")
    return 0
