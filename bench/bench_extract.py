"""Extraction speed (sentences per second on one core) and memory flatness in articles.

Corpus: every article under ../shared/articles plus the Indonesian news sentences of
../shared/data/idner-news-2k when present (the texts are read, never copied); otherwise the
seed article repeated. Measured side by side in one run: with the trained parsers (candidate
sentences parsed) and without parsing (the reading a parse needs: tokens, mentions, cues; no
triple comes without a parse), the floor the parser adds to; the pass with the parser again in a
child interpreter on spaCy's PyPI wheel (whose profiling hooks ``make venv`` builds away: see
tools/unprofiled_spacy.py); plus one 1 MB text with no full stop (linear time, flat memory).
Results go to bench/results/extract.md.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
import tracemalloc
import zipfile
from pathlib import Path

from geopolgraph.loaders.articles import read_articles
from geopolgraph.loaders.extract import extract_article_triples, extract_articles, rules
from geopolgraph.loaders.extract.parse import parser_available
from geopolgraph.loaders.lexicons import Lexicon, load_lexicon
from geopolgraph.loaders.text import MAX_SENTENCE_CHARS, iter_sentences
from geopolgraph.model import Article
from geopolgraph.models import spacy_profiled

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


def _best_of(articles: list[Article], lex: Lexicon, runs: int = 3) -> tuple[float, int]:
    """Best CPU time of ``runs`` passes over the corpus, and the triples it gives."""
    best, triples = float("inf"), 0
    for _ in range(runs):
        started = time.process_time()
        triples = sum(len(found) for _, found in extract_articles(articles, lex))
        best = min(best, time.process_time() - started)
    return best, triples


def _stream_peaks(articles: list[Article], lex: Lexicon) -> tuple[int, int]:
    """Traced peak memory streaming the corpus once, then three times (must stay flat)."""
    tracemalloc.start()
    for _ in extract_articles(articles, lex):
        pass
    one = tracemalloc.get_traced_memory()[1]
    tracemalloc.reset_peak()
    for _ in range(3):
        for _ in extract_articles(articles, lex):
            pass
    three = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return one, three


def _long_sentence(lex: Lexicon) -> tuple[int, float, int, int]:
    """(characters, CPU seconds, triples, traced peak bytes) for 1 MB of news text with every
    full stop and line break removed: cut into bounded chunks, so linear in its size."""
    source = sorted((SHARED / "articles" / "id").glob("*.txt")) if SHARED.is_dir() else []
    base = " ".join(p.read_text(encoding="utf-8") for p in source) or "Rusia menyerang Ukraina "
    base = base.replace(".", " ").replace("\n", " ")
    text = (base * (1_000_000 // len(base) + 1))[:1_000_000]
    article = Article(id="long", text=text, lang="id")
    started = time.process_time()
    triples = sum(1 for _ in extract_article_triples(article, lex))
    seconds = time.process_time() - started
    tracemalloc.start()  # a second pass for memory: tracing slows Python several times
    for _ in extract_article_triples(article, lex):
        pass
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return len(text), seconds, triples, peak


def _pypi_spacy() -> Path:
    """spaCy's PyPI wheel of the installed release, unpacked under build/spacy/pypi (fetched once
    from the package index): the alternative to the venv's build without profiling hooks."""
    import spacy

    site = ROOT / "build" / "spacy" / "pypi" / spacy.__version__
    if not (site / "spacy").is_dir():
        subprocess.run([sys.executable, "-m", "pip", "-q", "download", "--no-deps",
                        "--only-binary", ":all:", f"spacy=={spacy.__version__}", "-d",
                        str(site.parent)], check=True)
        wheel = sorted(site.parent.glob(f"spacy-{spacy.__version__}-*.whl"))[-1]
        with zipfile.ZipFile(wheel) as archive:
            archive.extractall(site)
    return site


def _with_pypi_wheel(sentences: int) -> str:
    """The with-parser pass run again in a child interpreter on spaCy's PyPI wheel."""
    if spacy_profiled():
        return "not measured: this venv's spaCy is the wheel itself (run `make venv`)"
    try:
        site = _pypi_spacy()
        code = ("from bench.bench_extract import _best_of, corpus, load_lexicon, "
                "spacy_profiled; s, t = _best_of(corpus(), load_lexicon()); "
                "print(spacy_profiled(), s, t)")
        env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(site), str(ROOT)]))
        out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                             text=True, cwd=ROOT, env=env).stdout.split()
    except (subprocess.CalledProcessError, OSError, IndexError) as exc:
        return f"not measured ({type(exc).__name__})"
    if out[0] != "True":
        return "not measured: the child did not load the wheel"
    seconds = float(out[1])
    return f"{seconds:.2f} s -> {sentences / seconds:,.0f} sentences/s, {int(out[2])} triples"


def main() -> None:
    lex = load_lexicon()
    parsers = [lang for lang in ("id", "en") if parser_available(lang)]  # loads both models
    articles = corpus()
    sentences = sum(
        sum(1 for _ in iter_sentences(a.text, lex.furniture.classify)) for a in articles
    )
    best, triples = _best_of(articles, lex)
    with rules.disabled("parse"):
        plain, plain_triples = _best_of(articles, lex)
    wheel = _with_pypi_wheel(sentences)
    one, three = _stream_peaks(articles, lex)
    chars, long_seconds, long_triples, long_peak = _long_sentence(lex)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    lines = [
        "# Extraction benchmark",
        "",
        f"- corpus: {len(articles)} articles, {sentences} sentences "
        "(shared articles + idner-news-2k)",
        f"- parsers loaded: {', '.join(parsers) or 'none'} (candidate sentences are parsed)",
        f"- with the parser: CPU time, best of 3 (one core): {best:.2f} s -> "
        f"**{sentences / best:,.0f} sentences/s**, {triples} triples",
        "- the same pass on spaCy's PyPI wheel (compiled with profiling hooks on Python < 3.12; "
        f"this venv's spaCy is the same release built without them): {wheel}",
        f"- same run without parsing (tokens, mentions and cues only; no triple comes without a "
        f"parse): {plain:.2f} s -> {sentences / plain:,.0f} sentences/s, {plain_triples} triples",
        f"- peak traced memory while streaming the corpus once: {one / 1e6:.1f} MB; three times: "
        f"{three / 1e6:.1f} MB (flat in the number of articles)",
        f"- one {chars / 1e6:.0f} MB 'sentence' without full stops: {long_seconds:.2f} s CPU, "
        f"{long_triples} triples, traced peak {long_peak / 1e6:.1f} MB (cut into chunks of at most "
        f"{MAX_SENTENCE_CHARS} characters)",
        f"- process max RSS (lexicons and both parsers loaded): {rss:.0f} MB",
        "",
        "Reproduce: `make bench BENCH_ARGS=extract`",
    ]
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
