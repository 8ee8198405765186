"""The Spark job's rate beside the single-process pipeline, on the same 2,000+ articles.

Corpus: every article of ../shared/articles copied N times into a temporary folder under fresh
ids (``<name>-copyK.txt``; the texts are read from ../shared, never kept in the repository), or
the seed article when ../shared is absent. Measured in one run, one after the other:

- the single-process pipeline (``pipeline.extract_paths``: read + extract, one core);
- the Spark job (``spark.job.extract_job``: read, extract, write the Parquet tables) at
  ``local[1]`` and ``local[2]``, each in a fresh session whose start-up is timed apart.

Results go to bench/results/spark.md. The machine is shared: the load average is recorded.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

from geopolgraph.pipeline import extract_paths

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "articles"
RESULTS = ROOT / "bench" / "results" / "spark.md"
TARGET = int(os.environ.get("GEOPOLGRAPH_BENCH_SPARK_ARTICLES", "2000"))


def make_corpus(folder: Path) -> tuple[int, int]:
    """At least ``TARGET`` article files under ``folder`` (fresh ids, real texts): how many,
    and from how many originals."""
    sources = sorted(SHARED.rglob("*.txt")) if SHARED.is_dir() else []
    sources = sources or sorted((ROOT / "seeds").glob("*.txt"))
    copies = -(-TARGET // len(sources))
    for k in range(copies):
        for src in sources:
            shutil.copyfile(src, folder / f"{src.stem}-copy{k}.txt")
    return copies * len(sources), len(sources)


def tree_cpu(pid: int | None = None) -> float:
    """CPU seconds used by this process and every descendant, live or reaped (Linux /proc):
    the JVM and the Python workers too, so a loaded machine does not inflate the figure."""
    pid = pid or os.getpid()
    tick = os.sysconf("SC_CLK_TCK")
    children: dict[int, list[int]] = {}
    stats: dict[int, float] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry.name))
        stats[int(entry.name)] = sum(int(x) for x in fields[11:15]) / tick
    total, todo = 0.0, [pid]
    while todo:
        current = todo.pop()
        total += stats.get(current, 0.0)
        todo.extend(children.get(current, []))
    return total


def spark_run(cores: int, corpus: Path, work: Path) -> dict[str, float]:
    from geopolgraph.spark.job import extract_job
    from geopolgraph.spark.session import spark_session

    master = f"local[{cores}]"
    started = time.perf_counter()
    with spark_session(master, driver_memory="2g", app_name=f"bench {master}") as spark:
        spark.range(1).count()  # the JVM and the session are up
        startup = time.perf_counter() - started
        out = work / f"out-{cores}"
        began, cpu = time.perf_counter(), tree_cpu()
        summary = extract_job(spark, [str(corpus)], str(out))
        seconds, cpu = time.perf_counter() - began, tree_cpu() - cpu
    return {"startup": startup, "seconds": seconds, "cpu": cpu,
            "articles": summary.counts.articles, "triples": summary.counts.triples}


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="geopolgraph-bench-spark-") as tmp:
        work = Path(tmp)
        corpus = work / "articles"
        corpus.mkdir()
        n, originals = make_corpus(corpus)
        load_before = os.getloadavg()[0]
        began, cpu = time.perf_counter(), time.process_time()
        articles, triples, _ = extract_paths([corpus])
        single, single_cpu = time.perf_counter() - began, time.process_time() - cpu
        runs = {cores: spark_run(cores, corpus, work) for cores in (1, 2)}
        load_after = os.getloadavg()[0]
    lines = [
        "# Spark job benchmark",
        "",
        f"- corpus: {n} articles ({len(triples)} triples): {originals} real articles "
        f"(../shared/articles) copied {n // originals} times under fresh ids",
        f"- machine: {os.cpu_count()} cores, shared; load average {load_before:.1f} before, "
        f"{load_after:.1f} after: wall-clock rates are those of a crowded machine (higher when "
        "idle); CPU seconds, summed over every process of the run (JVM and Python workers "
        "included), do not depend on the load",
        "",
        "| run | start-up (s) | job (s) | articles/s | CPU s | articles per CPU s | triples |",
        "|---|---:|---:|---:|---:|---:|---:|",
        f"| single process (`extract_paths`) | – | {single:.1f} | {len(articles) / single:.1f} "
        f"| {single_cpu:.1f} | {len(articles) / single_cpu:.1f} | {len(triples)} |",
    ]
    for cores, r in runs.items():
        lines.append(f"| Spark `local[{cores}]` | {r['startup']:.1f} | {r['seconds']:.1f} | "
                     f"{r['articles'] / r['seconds']:.1f} | {r['cpu']:.1f} | "
                     f"{r['articles'] / r['cpu']:.1f} | {int(r['triples'])} |")
    lines += [
        "",
        "The Spark job time covers listing and reading the files, extraction, and writing the "
        "four Parquet tables; start-up (JVM and session; the second session reuses the JVM "
        "that the first started) is stated apart. "
        "Both Spark runs must find the single process's triples (the tests check the set).",
        "",
        "Reproduce: `make bench BENCH_ARGS=spark`",
    ]
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    assert all(int(r["triples"]) == len(triples) for r in runs.values()), "triple counts differ"


if __name__ == "__main__":
    main()
