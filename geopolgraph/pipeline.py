"""From paths to articles, triples and the mirror: the library calls behind ``build``.

>>> articles, triples, actors = extract_paths(["seeds/"])
>>> len(articles), ("USA", "WARNS", "RUS") in {(t.source, t.relation, t.target) for t in triples}
(1, True)
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import networkx as nx

from geopolgraph.graph.mirror import build_mirror
from geopolgraph.loaders.articles import find_article_files, read_articles
from geopolgraph.loaders.extract import extract_article_triples
from geopolgraph.loaders.lexicons import Lexicon, load_lexicon
from geopolgraph.model import Actor, Article, Triple

__all__ = ["actors_for", "build_graph", "extract_paths", "iter_extracted"]

DEFAULT_PATHS = ("seeds/",)


def iter_extracted(
    articles: Iterable[Article], lexicon: Lexicon | None = None
) -> Iterator[tuple[Article, list[Triple]]]:
    """Stream (article, its triples) pairs: memory stays flat in the number of articles."""
    lex = lexicon or load_lexicon()
    for article in articles:
        yield article, list(extract_article_triples(article, lex))


def actors_for(triples: Iterable[Triple], lexicon: Lexicon | None = None) -> dict[str, Actor]:
    """The lexicon's Actor record for every actor id the triples name."""
    lex = lexicon or load_lexicon()
    out: dict[str, Actor] = {}
    for t in triples:
        for ident in (t.source, t.target):
            if ident not in out:
                out[ident] = lex.actors.get(ident) or Actor(ident, ident, "org")
    return out


def _progress(done: int, total: int, name: str) -> None:
    if total >= 20 and sys.stderr.isatty():
        width = 30
        filled = width * done // total
        print(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {name[:40]:<40}",
              end="" if done < total else "\n", file=sys.stderr, flush=True)


def extract_paths(
    paths: Iterable[str | Path] = DEFAULT_PATHS, lexicon: Lexicon | None = None
) -> tuple[list[Article], list[Triple], dict[str, Actor]]:
    """Read and extract every article under ``paths`` (a progress bar on a terminal)."""
    lex = lexicon or load_lexicon()
    files = find_article_files(paths)
    articles: list[Article] = []
    triples: list[Triple] = []
    for n, (article, found) in enumerate(iter_extracted(read_articles(files), lex), start=1):
        articles.append(article)
        triples.extend(found)
        _progress(min(n, len(files)), len(files), article.id)
    return articles, triples, actors_for(triples, lex)


def build_graph(paths: Iterable[str | Path] = DEFAULT_PATHS) -> nx.MultiDiGraph:
    """The mirror of every asserted (not negated) triple under ``paths``."""
    articles, triples, actors = extract_paths(paths)
    return build_mirror([t for t in triples if not t.negated], actors, articles)
