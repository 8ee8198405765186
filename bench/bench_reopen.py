"""Benchmark: a query on a 2,000-article graph, reopened from what ``build`` wrote vs re-extracted.

    python -m bench.bench_reopen [--articles 2000] [--repeat 3]

The corpus is ``bench.corpus.article_copies`` (copies of the 55 shared articles). It is
extracted once and written as ``build`` writes it (GraphML, triples.parquet, triples.csv);
then, side by side in the same run:

- **re-extract**: ``pipeline.build_graph`` on the articles (what ``query --backend mirror
  --articles`` did before ``--graph``), then the query;
- **reopen**: ``geopolgraph.open`` on each file, then the query (median of ``--repeat``);
- **CLI**: ``geopolgraph query timeline -p actor=CHN --graph graph.graphml`` as a user runs
  it, interpreter start and imports included.

The target (issue 13): a query on the graph reopened from GraphML answers in at most 2 s.
Results go to ``bench/results/reopen.md`` and stdout.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from bench.corpus import article_copies

RESULTS = Path(__file__).resolve().parent / "results" / "reopen.md"
QUERY = ("timeline", {"actor": "CHN", "limit": 1_000_000})
TARGET_S = 2.0


def _median(fn: Callable[[], Any], repeat: int) -> tuple[float, float, Any]:
    """Median wall and CPU seconds (this process and its children) of ``fn``, and its value."""
    walls, cpus, value = [], [], None
    for _ in range(repeat):
        started, cpu = time.perf_counter(), _cpu()
        value = fn()
        walls.append(time.perf_counter() - started)
        cpus.append(_cpu() - cpu)
    return statistics.median(walls), statistics.median(cpus), value


def _cpu() -> float:
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(
        resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def write_built(G: Any, triples: list[Any], out: Path) -> dict[str, int]:
    """The files ``build`` writes (GraphML, Parquet, CSV), through the same functions."""
    from geopolgraph.graph.mirror import write_graphml
    from geopolgraph.graph.sync import actors_from_mirror
    from geopolgraph.outputs import write_triples_csv, write_triples_parquet

    write_graphml(G, out / "graph.graphml")
    write_triples_parquet(triples, out / "triples.parquet", actors_from_mirror(G),
                          G.graph["articles"])
    with (out / "triples.csv").open("w", encoding="utf-8", newline="") as stream:
        write_triples_csv(triples, stream)
    return {name: (out / name).stat().st_size
            for name in ("graph.graphml", "triples.parquet", "triples.csv")}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_reopen")
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(list(argv) if argv is not None else [])

    import geopolgraph
    from geopolgraph.graph.mirror import build_mirror
    from geopolgraph.pipeline import build_graph, extract_paths
    from geopolgraph.progress import set_quiet
    from geopolgraph.queries.runner import run_query

    set_quiet(True)
    with tempfile.TemporaryDirectory(prefix="gpg-bench-reopen-") as tmp:
        corpus = article_copies(args.articles, Path(tmp) / "articles")
        started = time.perf_counter()
        articles, triples, actors = extract_paths([corpus])
        extract_s = time.perf_counter() - started
        G = build_mirror([t for t in triples if not t.negated], actors, articles)
        sizes = write_built(G, triples, Path(tmp))
        print(f"{args.articles} articles: {G.number_of_edges():,} triples, "
              f"{G.number_of_nodes()} actors; extraction {extract_s:.1f} s", flush=True)

        name, params = QUERY
        want = run_query(name, params, backend="mirror", graph=G)
        rows: list[tuple[str, float, float, float, bool]] = []
        re_s, re_cpu, frame = _median(
            lambda: run_query(name, params, backend="mirror", graph=build_graph([corpus])), 1)
        rows.append(("re-extract the articles", re_s, re_s, re_cpu, frame.equals(want)))
        for file in ("graph.graphml", "triples.parquet", "triples.csv"):
            path = Path(tmp) / file
            open_s, open_cpu, H = _median(lambda p=path: geopolgraph.open(p), args.repeat)
            query_s, query_cpu, frame = _median(
                lambda h=H: run_query(name, params, backend="mirror", graph=h), args.repeat)
            same = frame.equals(want)
            rows.append((f"reopen `{file}`", open_s, open_s + query_s, open_cpu + query_cpu,
                         same))
            print(f"{file:16} open {open_s:6.2f} s  open+query {open_s + query_s:6.2f} s "
                  f"(cpu {open_cpu + query_cpu:5.2f} s)  same={same}", flush=True)
        cli = [sys.executable, "-m", "geopolgraph", "--quiet", "query", name, "-p", "actor=CHN",
               "--graph", str(Path(tmp) / "graph.graphml"), "--format", "csv"]
        env = {**os.environ, "PYTHONWARNINGS": "ignore"}
        cli_s, cli_cpu, result = _median(
            lambda: subprocess.run(cli, capture_output=True, text=True, check=True, env=env),
            args.repeat)
        cli_rows = result.stdout.count("\n") - 1
        print(f"CLI query --graph graph.graphml: {cli_s:.2f} s (cpu {cli_cpu:.2f} s, "
              f"{cli_rows} rows)", flush=True)
    _report(args, G, extract_s, sizes, rows, (cli_s, cli_cpu), cli_rows)
    return 0


def _report(args: argparse.Namespace, G: Any, extract_s: float, sizes: dict[str, int],
            rows: list[tuple[str, float, float, float, bool]], cli: tuple[float, float],
            cli_rows: int) -> None:
    stamp = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    load = os.getloadavg()[0]
    cli_s, cli_cpu = cli
    graphml, graphml_cpu = next((total, cpu) for label, _, total, cpu, _ in rows
                                if "graphml" in label)
    lines = [
        "# Reopening a built graph vs re-extracting the articles",
        "",
        f"_{stamp}_",
        "",
        f"{args.articles:,} articles (copies of the 55 shared articles, `bench/corpus.py`): "
        f"{G.number_of_edges():,} triples, {G.number_of_nodes()} actors. Extracting them took "
        f"{extract_s:.1f} s. Files as `build` writes them: "
        + ", ".join(f"`{k}` {v / 1e6:.1f} MB" for k, v in sizes.items()) + ".",
        "",
        f"Query: `{QUERY[0]}` with `actor=CHN` (every row). Median of {args.repeat} runs "
        "(re-extraction: one run) in one process: wall clock, and CPU seconds (user + system, "
        f"what an idle machine's wall clock would be; the load average was {load:.1f} on this "
        "machine's cores during the run). \"same\" = the DataFrame equals the one from the "
        "articles.",
        "",
        "| how the mirror is obtained | open (wall) | open + query (wall) | open + query (CPU) "
        "| same |",
        "|---|---:|---:|---:|:-:|",
    ]
    for label, open_s, total_s, cpu_s, same in rows:
        lines.append(f"| {label} | {open_s:.2f} s | {total_s:.2f} s | {cpu_s:.2f} s | "
                     f"{'yes' if same else 'no'} |")
    lines += [
        "",
        f"From the shell, `geopolgraph --quiet query timeline -p actor=CHN --graph graph.graphml` "
        f"({cli_rows:,} rows) takes **{cli_s:.2f} s** wall, **{cli_cpu:.2f} s** CPU, interpreter "
        "start and imports included (an actor id that is in the graph needs no lexicon).",
        "",
        f"Target: a query on the graph reopened from GraphML in at most {TARGET_S:.0f} s: "
        f"{graphml:.2f} s wall / {graphml_cpu:.2f} s CPU in process, {cli_s:.2f} s wall / "
        f"{cli_cpu:.2f} s CPU from the shell.",
        "",
    ]
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {RESULTS}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
