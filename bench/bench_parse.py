"""Parser speed (sentences per CPU-second, i.e. on one core) and peak memory of the shipped models.

Corpora (read in place, never copied): Indonesian, the sentences of ../shared/data/idner-news-2k;
English, the sentences of ../shared/data/ud/en/en_ewt-ud-test.conllu. Side by side: ``nlp.pipe``
in batches against ``nlp(text)`` one sentence at a time. Peak RSS is measured in a fresh process
that loads both pipelines and parses a few sentences. Results go to bench/results/parse.md.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
RESULTS = ROOT / "bench" / "results" / "parse.md"

_RSS_PROBE = """
import resource, sys
sys.path.insert(0, {root!r})
from geopolgraph.models import load_pipeline
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
for lang, text in (("id", "Presiden Jokowi bertemu Perdana Menteri Jepang di Tokyo."),
                   ("en", "The president met the Japanese prime minister in Tokyo.")):
    load_pipeline(lang)(text)
print(before, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def idner_sentences() -> list[str]:
    from bench.bench_extract import idner_articles

    return [a.text for a in idner_articles()]


def ewt_sentences() -> list[str]:
    from geopolgraph.models.ud import read_conllu

    path = SHARED / "data" / "ud" / "en" / "en_ewt-ud-test.conllu"
    return [s.text for s in read_conllu(path)] if path.is_file() else []


def rate(nlp, texts: list[str], batched: bool) -> tuple[float, int]:
    """(sentences per CPU-second, tokens parsed), best of two runs."""
    best = float("inf")
    tokens = 0
    for _ in range(2):
        started = time.process_time()
        docs = nlp.pipe(texts, batch_size=256) if batched else (nlp(t) for t in texts)
        tokens = sum(len(doc) for doc in docs)
        best = min(best, time.process_time() - started)
    return len(texts) / best, tokens


def peak_rss_mb() -> tuple[float, float]:
    out = subprocess.run([sys.executable, "-c", _RSS_PROBE.format(root=str(ROOT))],
                         check=True, capture_output=True, text=True).stdout.split()
    return int(out[0]) / 1024, int(out[1]) / 1024


def main() -> None:
    from geopolgraph.models import load_pipeline

    rows = []
    for lang, name, texts in (("id", "idner-news-2k", idner_sentences()),
                              ("en", "EWT test", ewt_sentences())):
        if not texts:
            print(f"skip {lang}: {name} not found under {SHARED}")
            continue
        nlp = load_pipeline(lang)
        for batched in (True, False):
            per_s, tokens = rate(nlp, texts, batched)
            how = "nlp.pipe (batch 256)" if batched else "nlp(text) one at a time"
            rows.append(f"| {lang} | {name} | {len(texts):,} | {tokens:,} | {how} | {per_s:,.0f} |")
            print(rows[-1])
    before, peak = peak_rss_mb()
    lines = [
        "# Parser speed and memory (`python -m bench parse`)",
        "",
        "Shipped pipelines (tok2vec + UPOS morphologizer + dependency parser), every sentence "
        "parsed; rate = sentences per CPU-second (one core), best of two runs.",
        "",
        "| lang | corpus | sentences | tokens | call | sentences/s |",
        "|---|---|---:|---:|---|---:|",
        *rows,
        "",
        f"Peak RSS of a fresh process with both pipelines loaded and used: **{peak:.0f} MB** "
        f"(target <= 500 MB; {before:.0f} MB after importing geopolgraph.models).",
        "",
    ]
    RESULTS.write_text("\n".join(lines), encoding="utf-8")
    print(lines[-2])
