"""``geopolgraph build [PATH…] [--out DIR] [--neo4j]``: articles to triples.csv, GraphML, HTML."""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import networkx as nx

from geopolgraph.errors import InputError
from geopolgraph.graph.mirror import build_mirror, write_graphml
from geopolgraph.loaders.lexicons import load_lexicon
from geopolgraph.loaders.text import iter_sentences
from geopolgraph.model import Triple
from geopolgraph.outputs import atomic_path, write_triples_csv
from geopolgraph.pipeline import DEFAULT_PATHS, extract_paths


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "build", help="extract articles and write triples.csv, graph.graphml and graph.html",
        description="Extract every article under PATH (default seeds/) and write DIR/triples.csv, "
                    "DIR/graph.graphml and DIR/graph.html. No server needed.",
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders")
    p.add_argument("--out", default="out", metavar="DIR", help="output folder (default out/)")
    p.add_argument("--neo4j", action="store_true", help="also load the graph into Neo4j")
    p.add_argument("--title", default="geopolgraph", help="title of the HTML page")
    p.set_defaults(func=run)


def write_outputs(
    out: Path, triples: list[Triple], graph: nx.MultiDiGraph, title: str, neo4j: bool
) -> None:
    """triples.csv, graph.graphml and graph.html in ``out``, each written atomically (shared
    with ``geopolgraph gdelt``); with ``neo4j`` the mirror is also loaded into Neo4j."""
    from geopolgraph.draw import write_html  # pyvis is only imported when drawing

    with atomic_path(out / "triples.csv") as tmp, tmp.open("w", encoding="utf-8",
                                                           newline="") as stream:
        write_triples_csv(triples, stream)
    with atomic_path(out / "graph.graphml") as tmp:
        write_graphml(graph, tmp)
    with atomic_path(out / "graph.html") as tmp:
        write_html(graph, tmp, title=title)
    if neo4j:
        from geopolgraph.graph.server import get_driver
        from geopolgraph.graph.sync import mirror_to_neo4j

        with get_driver() as driver:
            mirror_to_neo4j(graph, driver)


def run(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise InputError(f"{out}: exists and is not a folder")
    articles, triples, actors = extract_paths(args.paths or DEFAULT_PATHS)
    if not articles:
        raise InputError(f"{' '.join(args.paths or DEFAULT_PATHS)}: no articles found")
    asserted = [t for t in triples if not t.negated]
    graph = build_mirror(asserted, actors, articles)
    write_outputs(out, triples, graph, args.title, args.neo4j)
    lex = load_lexicon()
    sentences = sum(sum(1 for _ in iter_sentences(a.text, lex.furniture.classify))
                    for a in articles)
    top = ", ".join(f"{rel} {n}" for rel, n in Counter(t.relation for t in asserted).most_common(5))
    print(f"articles: {len(articles)}  sentences: {sentences}  triples: {len(asserted)} "
          f"(+{len(triples) - len(asserted)} negated)  actors: {graph.number_of_nodes()}")
    print(f"top relations: {top or 'none'}")
    print(f"wrote {out / 'triples.csv'}, {out / 'graph.graphml'}, {out / 'graph.html'}"
          + ("; loaded into Neo4j" if args.neo4j else ""))
    return 0
