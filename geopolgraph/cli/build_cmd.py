"""``geopolgraph build [PATH…] [--out DIR] [--neo4j]``: articles to triples.csv, GraphML, HTML."""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import networkx as nx

from geopolgraph.atomic import check_output_folder, output_set
from geopolgraph.errors import InputError
from geopolgraph.graph.mirror import build_mirror, write_gexf, write_graphml
from geopolgraph.loaders.lexicons import load_lexicon
from geopolgraph.loaders.text import iter_sentences
from geopolgraph.model import Triple
from geopolgraph.outputs import write_triples_csv, write_triples_parquet
from geopolgraph.pipeline import DEFAULT_PATHS, extract_paths
from geopolgraph.progress import progress

#: Graph file formats ``--format`` can ask for (GraphML is what ``--graph`` reopens fastest
#: after Parquet; GEXF is Gephi's own).
GRAPH_FORMATS = {"graphml": ("graph.graphml", write_graphml), "gexf": ("graph.gexf", write_gexf)}


def graph_formats(text: str) -> tuple[str, ...]:
    """``--format graphml,gexf`` → ``("graphml", "gexf")`` (argparse type)."""
    chosen = tuple(dict.fromkeys(f.strip().lower() for f in text.split(",") if f.strip()))
    bad = [f for f in chosen if f not in GRAPH_FORMATS]
    if bad or not chosen:
        raise argparse.ArgumentTypeError(
            f"unknown graph format {', '.join(bad) or text!r}; valid: {', '.join(GRAPH_FORMATS)}"
        )
    return chosen


def add_format_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", type=graph_formats, default=("graphml",), metavar="FMT[,FMT]",
                   help="graph files to write: graphml (default), gexf (for Gephi) or both")


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
    add_format_option(p)
    p.set_defaults(func=run)


def output_names(formats: tuple[str, ...] = ("graphml",)) -> list[str]:
    """The files ``write_outputs`` writes, in order."""
    return ["triples.csv", "triples.parquet", *(GRAPH_FORMATS[f][0] for f in formats),
            "graph.html"]


def write_outputs(
    out: Path, triples: Sequence[Triple], graph: nx.MultiDiGraph, title: str, neo4j: bool,
    formats: tuple[str, ...] = ("graphml",),
) -> None:
    """triples.csv, triples.parquet, the graph files of ``formats`` and graph.html in ``out``,
    written as one set (``atomic.output_set``: all new or all old, even after kill -9; shared
    with ``geopolgraph gdelt``); with ``neo4j`` the mirror is also loaded into Neo4j (the
    server is checked before anything is written)."""
    from geopolgraph.draw import write_html  # pyvis is only imported when drawing
    from geopolgraph.graph.store import Store
    from geopolgraph.graph.sync import actors_from_mirror, mirror_to_neo4j

    names = output_names(formats)
    with Store() as store:
        if neo4j:
            store.connect()
        with output_set(out, names) as folder:
            for name in progress(names, desc="write", unit="file"):
                path = folder / name
                if name == "triples.csv":
                    with path.open("w", encoding="utf-8", newline="") as stream:
                        write_triples_csv(triples, stream)
                elif name == "triples.parquet":
                    write_triples_parquet(triples, path, actors_from_mirror(graph),
                                          graph.graph.get("articles", {}))
                elif name == "graph.html":
                    write_html(graph, path, title=title)
                else:
                    GRAPH_FORMATS[Path(name).suffix[1:]][1](graph, path)
        if neo4j:
            mirror_to_neo4j(graph, store)


def run(args: argparse.Namespace) -> int:
    check_output_folder(args.out, output_names(args.format))
    out = Path(args.out)
    if args.neo4j:  # an unreachable server fails now, before extracting or writing anything
        from geopolgraph.graph.store import Store

        Store().connect().close()
    articles, triples, actors = extract_paths(args.paths or DEFAULT_PATHS)
    if not articles:
        raise InputError(f"{' '.join(args.paths or DEFAULT_PATHS)}: no articles found")
    asserted = [t for t in triples if not t.negated]
    graph = build_mirror(asserted, actors, articles)
    write_outputs(out, triples, graph, args.title, args.neo4j, args.format)
    lex = load_lexicon()
    sentences = sum(sum(1 for _ in iter_sentences(a.text, lex.furniture.classify))
                    for a in articles)
    top = ", ".join(f"{rel} {n}" for rel, n in Counter(t.relation for t in asserted).most_common(5))
    print(f"articles: {len(articles)}  sentences: {sentences}  triples: {len(asserted)} "
          f"(+{len(triples) - len(asserted)} negated)  actors: {graph.number_of_nodes()}")
    print(f"top relations: {top or 'none'}")
    print("wrote " + ", ".join(str(out / n) for n in output_names(args.format))
          + ("; loaded into Neo4j" if args.neo4j else ""))
    return 0
