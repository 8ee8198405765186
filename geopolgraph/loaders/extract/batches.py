"""Articles to triples, the parser's work batched: an article's sentences are read a chunk at a
time, and the chunks of successive short articles are parsed together (:mod:`.article` reads,
parses and extracts each chunk).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

from geopolgraph.loaders.extract.article import _ArticleExtractor, _parse_chunks, _Read
from geopolgraph.loaders.lexicons import Lexicon, load_lexicon
from geopolgraph.loaders.text import iter_sentences
from geopolgraph.model import Article, Triple

__all__ = ["extract_article_triples", "extract_articles", "extract_triples"]

_BATCH = 32  # sentences of one article read ahead so that their candidates are parsed together
#: sentences of several short articles read before their candidates are parsed together (the
#: parser is about twice as fast on a batch as one sentence at a time)
_READ_AHEAD = 256


def _extract_chunks(
    articles: Iterable[Article], lex: Lexicon, open_actors: bool
) -> Iterator[tuple[Article, list[Triple], bool]]:
    """(article, the triples of one chunk of its sentences, whether the article ends there),
    in text order. An article's sentences are read :data:`_BATCH` at a time (a chunk is
    finished before the next is read: reading grows the article's memory); the chunks of
    successive articles are parsed together up to :data:`_READ_AHEAD` sentences."""
    queue: list[tuple[_ArticleExtractor, list[_Read], bool]] = []
    queued = 0  # sentences in the queue

    def flush() -> Iterator[tuple[Article, list[Triple], bool]]:
        _parse_chunks([(ex, reads) for ex, reads, _ in queue])
        for ex, reads, last in queue:
            yield ex.article, [t for r in reads for t in ex.sentence(r)], last
        queue.clear()

    for article in articles:
        extractor = _ArticleExtractor(article, lex, open_actors)
        sentences = iter_sentences(article.text, lex.furniture.classify)
        while True:
            reads = [extractor.read(s) for s in islice(sentences, _BATCH)]
            more = len(reads) == _BATCH
            queue.append((extractor, reads, not more))
            queued += len(reads)
            if more or queued >= _READ_AHEAD:
                yield from flush()
                queued = 0
            if not more:
                break
    yield from flush()


def extract_article_triples(
    article: Article, lexicon: Lexicon | None = None, open_actors: bool = False
) -> Iterator[Triple]:
    """Every triple of ``article`` in text order (negated ones included, flagged).

    ``open_actors`` also accepts actors outside the lexicon (see
    :func:`~geopolgraph.loaders.mentions.find_mentions`).
    """
    for _, triples, _ in _extract_chunks([article], lexicon or load_lexicon(), open_actors):
        yield from triples


def extract_articles(
    articles: Iterable[Article], lexicon: Lexicon | None = None, open_actors: bool = False
) -> Iterator[tuple[Article, list[Triple]]]:
    """Each article with its triples (as :func:`extract_article_triples`), the parser's work
    batched across short articles.

    >>> arts = [Article(id=k, text=t) for k, t in (("a", "Rusia mengecam Israel."), ("b", ""))]
    >>> [(a.id, [(t.source, t.target) for t in ts]) for a, ts in extract_articles(arts)]
    [('a', [('RUS', 'ISR')]), ('b', [])]
    """
    found: list[Triple] = []
    for article, triples, last in _extract_chunks(articles, lexicon or load_lexicon(),
                                                  open_actors):
        found += triples
        if last:
            yield article, found
            found = []


def extract_triples(
    article: Article, lexicon: Lexicon | None = None, open_actors: bool = False
) -> list[Triple]:
    """The article's triples as a list (see :func:`extract_article_triples`)."""
    return list(extract_article_triples(article, lexicon, open_actors))
