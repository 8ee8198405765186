"""``geopolgraph load [PATH…] [--batch-size N]``: extract articles and write them to Neo4j.

Idempotent: ids are MERGEd, so loading the same articles again changes nothing.
"""

from __future__ import annotations

import argparse
from typing import Any

from geopolgraph.errors import ServerError

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
        "--batch-size", type=int, default=1000, help="rows per UNWIND transaction (1000)"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from neo4j.exceptions import AuthError, Neo4jError, ServiceUnavailable

    from geopolgraph.graph import server
    from geopolgraph.graph.sync import mirror_to_neo4j
    from geopolgraph.pipeline import build_graph

    graph = build_graph(args.paths)  # Neo4j gets exactly the mirror's graph
    uri, _, _, database = server.connection_settings()
    try:
        with server.get_driver() as driver:
            driver.verify_connectivity()  # fail now, not after 30 s of write retries
            summary = mirror_to_neo4j(
                graph, driver, database=database, batch_size=args.batch_size
            )
    except ServiceUnavailable as exc:
        raise ServerError(
            f"cannot reach Neo4j at {uri}: start it with `geopolgraph neo4j start` "
            "(or set NEO4J_URI)"
        ) from exc
    except AuthError as exc:
        raise ServerError(f"Neo4j at {uri} refused the credentials: {exc.message}") from exc
    except Neo4jError as exc:
        raise ServerError(f"Neo4j at {uri} failed: {exc.message}") from exc
    print(f"loaded into {uri} ({database}): {summary}")
    return 0
