"""From paths to articles, triples and the mirror: the library calls behind ``build``.

>>> articles, triples, actors = extract_paths(["seeds/"])
>>> len(articles), ("USA", "WARNS", "RUS") in {(t.source, t.relation, t.target) for t in triples}
(1, True)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import networkx as nx

from geopolgraph.graph.mirror import build_mirror
from geopolgraph.loaders.articles import find_article_files, read_articles
from geopolgraph.loaders.extract import extract_articles
from geopolgraph.loaders.lexicons import Lexicon, load_lexicon
from geopolgraph.model import Actor, Article, Triple
from geopolgraph.progress import progress

__all__ = ["actors_for", "build_graph", "extract_paths", "iter_extracted", "iter_paths"]

DEFAULT_PATHS = ("seeds/",)


def iter_extracted(
    articles: Iterable[Article], lexicon: Lexicon | None = None
) -> Iterator[tuple[Article, list[Triple]]]:
    """Stream (article, its triples) pairs: memory stays flat in the number of articles."""
    yield from extract_articles(articles, lexicon or load_lexicon())


def actors_for(triples: Iterable[Triple], lexicon: Lexicon | None = None) -> dict[str, Actor]:
    """The lexicon's Actor record for every actor id the triples name."""
    lex = lexicon or load_lexicon()
    out: dict[str, Actor] = {}
    for t in triples:
        for ident in (t.source, t.target):
            if ident not in out:
                out[ident] = lex.actors.get(ident) or Actor(ident, ident, "org")
    return out


def iter_paths(
    paths: Iterable[str | Path] = DEFAULT_PATHS, lexicon: Lexicon | None = None
) -> Iterator[tuple[Article, list[Triple]]]:
    """Stream (article, its triples) for every article under ``paths``, with a progress bar
    over the files (:mod:`geopolgraph.progress`)."""
    files = find_article_files(paths)  # fails early on a bad path
    with progress(total=len(files), desc="extract", unit="file") as bar:
        last = None
        for article, found in iter_extracted(read_articles(files), lexicon):
            if article.path != last:
                if last is not None:
                    bar.update(1)
                last = article.path
            yield article, found
        if last is not None:
            bar.update(1)


def extract_paths(
    paths: Iterable[str | Path] = DEFAULT_PATHS, lexicon: Lexicon | None = None
) -> tuple[list[Article], list[Triple], dict[str, Actor]]:
    """Read and extract every article under ``paths`` (with a progress bar)."""
    lex = lexicon or load_lexicon()
    articles: list[Article] = []
    triples: list[Triple] = []
    for article, found in iter_paths(paths, lex):
        articles.append(article)
        triples.extend(found)
    return articles, triples, actors_for(triples, lex)


def build_graph(paths: Iterable[str | Path] = DEFAULT_PATHS) -> nx.MultiDiGraph:
    """The mirror of every asserted (not negated) triple under ``paths``."""
    articles, triples, actors = extract_paths(paths)
    return build_mirror([t for t in triples if not t.negated], actors, articles)
