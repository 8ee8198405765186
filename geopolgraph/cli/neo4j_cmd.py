"""``geopolgraph neo4j start|stop|status``: the project's local Neo4j server."""

from __future__ import annotations

import argparse
from typing import Any

from geopolgraph.graph import server

__all__ = ["register", "run"]


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "neo4j",
        help="start, stop or check the local Neo4j (Bolt on 127.0.0.1)",
        description=(
            "The local Neo4j 5.26 server (embedded, Bolt on 127.0.0.1 only). Its data folder is "
            ".geopolgraph/neo4j/ unless GEOPOLGRAPH_NEO4J_DIR says otherwise."
        ),
    )
    parser.add_argument("action", choices=("start", "stop", "status"))
    parser.add_argument(
        "--port", type=int, default=None, help="Bolt port for start (default 7687)"
    )
    parser.add_argument(
        "--timeout", type=float, default=None,
        help="seconds to wait for start (180) or a clean stop (60)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.action == "start":
        before = server.status()
        uri = server.start(port=args.port, timeout=args.timeout or 180.0)
        state = "already running" if before.running else "started"
        print(f"neo4j {state}: {uri} (data {before.data_dir}, log {before.log})")
        return 0
    if args.action == "stop":
        stopped = server.stop(timeout=args.timeout or 60.0)
        print("neo4j stopped" if stopped else "neo4j was not running")
        return 0
    info = server.status()
    if info.running:
        print(f"neo4j running: {info.uri} (pid {info.pid}, data {info.data_dir})")
        return 0
    print(f"neo4j not running (data {info.data_dir})")
    return 0
