"""Extraction speed (sentences per second on one core) and memory flatness in articles.

Corpus: every article under ../shared/articles plus the Indonesian news sentences of
../shared/data/idner-news-2k when present (the texts are read, never copied); otherwise the
seed article repeated. Results go to bench/results/extract.md.
"""

from __future__ import annotations

import resource
import time
import tracemalloc
from pathlib import Path

from geopolgraph.loaders.articles import read_articles
from geopolgraph.loaders.extract import extract_article_triples
from geopolgraph.loaders.lexicons import load_lexicon
from geopolgraph.loaders.text import iter_sentences
from geopolgraph.model import Article

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
RESULTS = ROOT / "bench" / "results" / "extract.md"


def idner_articles() -> list[Article]:
    """Each CoNLL sentence of idner-news-2k as a one-sentence Indonesian article."""
    out = []
    for name in ("train.txt", "dev.txt", "test.txt"):
        path = SHARED / "data" / "idner-news-2k" / name
        if not path.is_file():
            continue
        words: list[str] = []
        for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
            if line.strip():
                words.append(line.split()[0])
            elif words:
                out.append(Article(id=f"idner-{len(out)}", text=" ".join(words), lang="id"))
                words = []
    return out


def corpus() -> list[Article]:
    articles = list(read_articles([SHARED / "articles"])) if (SHARED / "articles").is_dir() else []
    articles += idner_articles()
    if not articles:
        articles = list(read_articles([ROOT / "seeds"])) * 200
    return articles


def main() -> None:
    lex = load_lexicon()
    articles = corpus()
    sentences = sum(
        sum(1 for _ in iter_sentences(a.text, lex.furniture.classify)) for a in articles
    )
    best = float("inf")
    triples = 0
    for _ in range(3):
        started = time.process_time()
        triples = sum(1 for a in articles for _ in extract_article_triples(a, lex))
        best = min(best, time.process_time() - started)
    rate = sentences / best
    # memory: extracting 3x the corpus as a stream must not grow the peak
    tracemalloc.start()
    for a in articles:
        for _ in extract_article_triples(a, lex):
            pass
    one = tracemalloc.get_traced_memory()[1]
    tracemalloc.reset_peak()
    for _ in range(3):
        for a in articles:
            for _ in extract_article_triples(a, lex):
                pass
    ten = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    lines = [
        "# Extraction benchmark",
        "",
        f"- corpus: {len(articles)} articles, {sentences} sentences "
        "(shared articles + idner-news-2k)",
        f"- triples: {triples}",
        f"- CPU time, best of 3 (one core): {best:.2f} s -> **{rate:,.0f} sentences/s**",
        f"- peak traced memory while streaming the corpus once: {one / 1e6:.1f} MB; three times: "
        f"{ten / 1e6:.1f} MB (flat in the number of articles)",
        f"- process max RSS (lexicons loaded): {rss:.0f} MB",
        "",
        "Reproduce: `make bench BENCH_ARGS=extract`",
    ]
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
