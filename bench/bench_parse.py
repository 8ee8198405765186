"""Parser speed (sentences per CPU-second, i.e. on one core) and peak memory of the shipped models.

Corpora (read in place, never copied): Indonesian, the sentences of ../shared/data/idner-news-2k;
English, the sentences of ../shared/data/ud/en/en_ewt-ud-test.conllu. Side by side: ``nlp.pipe``
in batches against ``nlp(text)`` one sentence at a time. Peak RSS is measured in a fresh process
that loads both pipelines and parses a few sentences. Results go to bench/results/parse.md.

``BENCH_PARSE_CANDIDATES="id=DIR en=DIR"`` also measures other pipelines (say a freshly trained
``model-best``) in the same run, beside the shipped ones, so a model swap is judged side by side.
"""

from __future__ import annotations

import os
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


#: How the pipeline is called: (label, batched, components switched off).
CALLS = (("nlp.pipe (batch 256)", True, ()),
         ("nlp.pipe, tok2vec + parser only (as the extractor)", True, ("morphologizer",)),
         ("nlp(text) one at a time", False, ()))


def rate(nlp, texts: list[str], batched: bool, off: tuple[str, ...] = ()) -> tuple[float, int]:
    """(sentences per CPU-second, tokens parsed), best of two runs, with ``off`` switched off."""
    best = float("inf")
    tokens = 0
    for _ in range(2):
        with nlp.select_pipes(disable=[name for name in off if name in nlp.pipe_names]):
            started = time.process_time()
            docs = nlp.pipe(texts, batch_size=256) if batched else (nlp(t) for t in texts)
            tokens = sum(len(doc) for doc in docs)
            best = min(best, time.process_time() - started)
    return len(texts) / best, tokens


def peak_rss_mb() -> tuple[float, float]:
    out = subprocess.run([sys.executable, "-c", _RSS_PROBE.format(root=str(ROOT))],
                         check=True, capture_output=True, text=True).stdout.split()
    return int(out[0]) / 1024, int(out[1]) / 1024


def size_mb(path: Path) -> float:
    """Size on disk of a pipeline folder, in MB."""
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def pipelines(lang: str) -> list[tuple[str, Path]]:
    """(label, folder) of the shipped pipeline of ``lang`` and of any candidate named in the env."""
    from geopolgraph.models import model_path

    found = [("shipped", model_path(lang))]
    for spec in os.environ.get("BENCH_PARSE_CANDIDATES", "").split():
        cand_lang, _, folder = spec.partition("=")
        if cand_lang == lang:
            found.append((folder, Path(folder)))
    return found


def main() -> None:
    import spacy

    rows = []
    for lang, name, texts in (("id", "idner-news-2k", idner_sentences()),
                              ("en", "EWT test", ewt_sentences())):
        if not texts:
            print(f"skip {lang}: {name} not found under {SHARED}")
            continue
        for label, folder in pipelines(lang):
            nlp = spacy.load(folder)
            for how, batched, off in CALLS:
                per_s, tokens = rate(nlp, texts, batched, off)
                rows.append(f"| {lang} | {label} ({size_mb(folder):.1f} MB) | {name} | "
                            f"{len(texts):,} | {tokens:,} | {how} | {per_s:,.0f} | "
                            f"{per_s * tokens / len(texts):,.0f} |")
                print(rows[-1])
    before, peak = peak_rss_mb()
    lines = [
        "# Parser speed and memory (`python -m bench parse`)",
        "",
        "Shipped pipelines (tok2vec + UPOS morphologizer + dependency parser), and any candidates "
        "named in BENCH_PARSE_CANDIDATES, every sentence parsed; rate = sentences (tokens) per "
        "CPU-second, i.e. on one core, best of two runs.",
        "",
        "| lang | pipeline (size on disk) | corpus | sentences | tokens | call | sentences/s "
        "| tokens/s |",
        "|---|---|---|---:|---:|---|---:|---:|",
        *rows,
        "",
        f"Peak RSS of a fresh process with both pipelines loaded and used: **{peak:.0f} MB** "
        f"(target <= 500 MB; {before:.0f} MB after importing geopolgraph.models).",
        "",
    ]
    RESULTS.write_text("\n".join(lines), encoding="utf-8")
    print(lines[-2])
