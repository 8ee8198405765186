"""Benchmark: a day of GDELT exports (96 zipped 15-minute files) to triples, and their memory.

    python -m bench.bench_gdelt [--events 1000000] [--files 96] [--pool coded|all]

1. Synthetic exports resampled from the real one (``loaders.gdelt_synth``; cached under
   ``.geopolgraph/bench/``), ``--pool coded`` (default: every event becomes a triple, the worst
   case for memory) or ``all`` (as the real export: about a fifth do).
2. In a child process: ``read_gdelt(FOLDER)`` (zips streamed) → rate and peak RSS, then the
   mirror, then ``top-actors`` on the mirror (first call computes the derived metrics).
3. Memory of the triples plus their mirror, side by side, in a child each (the deep size of
   everything reachable from them, each object once):
   column-wise ``TripleTable`` + a mirror whose edges refer to its rows (what ``read_gdelt``
   returns now) vs a list of ``Triple`` objects + the slot-based ``EdgeData`` mirror (before).

Results go to ``bench/results/gdelt.md`` and stdout.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import subprocess
import sys
import time
import types
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "gdelt.md"
REAL = ROOT.parent / "shared" / "data" / "gdelt" / "20150218230000.export.CSV"
CACHE = ROOT / ".geopolgraph" / "bench"


def _rss_mb(field: str = "VmRSS") -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


def data_folder(events: int, files: int, pool: str, seed: int = 1) -> Path:
    """The synthetic exports (written once, then reused)."""
    from geopolgraph.loaders.gdelt_synth import write_synthetic_exports

    folder = CACHE / f"gdelt-{pool}-{events}-{files}-{seed}"
    done = folder / ".complete"
    if not done.exists():
        write_synthetic_exports(folder, events, source=REAL, files=files, seed=seed, pool=pool)
        done.touch()
    return folder


def child_read(folder: str) -> dict[str, Any]:
    """Read the folder, build the mirror, run top-actors; times and RSS."""
    from geopolgraph.loaders.gdelt import read_gdelt
    from geopolgraph.loaders.lexicons import load_lexicon
    from geopolgraph.queries.runner import run_query

    load_lexicon()
    base = _rss_mb()
    started = time.perf_counter()
    result = read_gdelt(folder)
    read_s = time.perf_counter() - started
    after_read = _rss_mb()
    started = time.perf_counter()
    G = result.graph()
    graph_s = time.perf_counter() - started
    times = []
    for _ in range(2):
        started = time.perf_counter()
        run_query("top-actors", {"limit": 20}, backend="mirror", graph=G)
        times.append(time.perf_counter() - started)
    return {
        "rows": result.stats.rows, "triples": len(result.triples), "files": result.files,
        "actors": G.number_of_nodes(), "articles": len(result.articles),
        "read_s": read_s, "graph_s": graph_s, "top_first_s": times[0], "top_again_s": times[1],
        "rss_base_mb": base, "rss_read_mb": after_read, "rss_graph_mb": _rss_mb(),
        "peak_mb": _rss_mb("VmHWM"),
    }


def deep_size(*roots: Any) -> int:
    """Bytes of every object reachable from ``roots``, each counted once (classes, modules
    and functions left out): shared strings count once, as they cost once."""
    skip = (type, types.ModuleType, types.FunctionType, types.BuiltinFunctionType)
    seen: set[int] = set()
    stack = list(roots)
    total = 0
    while stack:
        obj = stack.pop()
        if id(obj) in seen or isinstance(obj, skip):
            continue
        seen.add(id(obj))
        total += sys.getsizeof(obj)
        stack.extend(gc.get_referents(obj))
    return total


def child_memory(folder: str, variant: str) -> dict[str, Any]:
    """Deep size of the triples plus their mirror (the articles' metadata left out)."""
    from geopolgraph.graph.mirror import build_mirror
    from geopolgraph.loaders.gdelt import read_gdelt

    source = read_gdelt(folder)
    started = time.perf_counter()
    triples: Any = source.triples if variant == "table" else list(source.triples)
    G = build_mirror(triples, source.actors)
    seconds = time.perf_counter() - started
    if variant != "table":
        source.triples = None  # type: ignore[assignment]  # only the list holds them now
    G.graph["articles"] = {}
    return {"variant": variant, "triples": len(triples), "edges": G.number_of_edges(),
            "mb": deep_size(triples, G) / 1e6, "seconds": seconds}


def _child(*args: str) -> dict[str, Any]:
    out = subprocess.run([sys.executable, "-m", "bench.bench_gdelt", "--child", *args],
                         capture_output=True, text=True, check=True, cwd=ROOT,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--files", type=int, default=96)
    parser.add_argument("--pool", choices=("coded", "all"), default="coded")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        kind, folder, *rest = args.child
        result = child_read(folder) if kind == "read" else child_memory(folder, rest[0])
        print(json.dumps(result))
        return 0
    if not REAL.exists():
        print(f"bench_gdelt: {REAL} not present; nothing to resample", file=sys.stderr)
        return 1
    started = time.perf_counter()
    folder = data_folder(args.events, args.files, args.pool)
    gen_s = time.perf_counter() - started
    size = sum(p.stat().st_size for p in folder.glob("*.zip"))
    read = _child("read", str(folder))
    table = _child("memory", str(folder), "table")
    objects = _child("memory", str(folder), "list")
    lines = [
        "# GDELT at scale: zipped exports to triples, and memory",
        "",
        f"_{time.strftime('%Y-%m-%d %H:%M')}_; 2 shared CPUs, load average "
        f"{' '.join(f'{x:.1f}' for x in os.getloadavg())} at the end",
        "",
        f"Input: {read['rows']:,} events resampled from the real export "
        f"(`loaders.gdelt_synth`, pool `{args.pool}`, seed 1) in {read['files']} zipped "
        f"15-minute files ({size / 1e6:.0f} MB zipped; generated in {gen_s:.0f} s or cached).",
        "",
        "| step | time | rate | memory |",
        "|---|---:|---:|---:|",
        f"| `read_gdelt` (zips streamed, {read['triples']:,} triples, {read['actors']} actors, "
        f"{read['articles']:,} articles) | {read['read_s']:.1f} s | "
        f"{read['rows'] / read['read_s']:,.0f} events/s | RSS +"
        f"{read['rss_read_mb'] - read['rss_base_mb']:.0f} MB |",
        f"| its mirror (`result.graph()`, articles' metadata included) | {read['graph_s']:.1f} s "
        f"| | RSS +{read['rss_graph_mb'] - read['rss_read_mb']:.0f} MB; peak RSS of the "
        f"process {read['peak_mb']:.0f} MB |",
        f"| `top-actors` on the mirror, first call (computes the derived metrics) | "
        f"{read['top_first_s']:.2f} s | | |",
        f"| `top-actors` on the mirror, again (metrics cached until the graph changes) | "
        f"{read['top_again_s']:.3f} s | | |",
        "",
        f"## Memory of {table['triples']:,} triples in process (triples + mirror)",
        "",
        "Bytes of every object reachable from the triples' container and their mirror (each "
        "object once, so strings shared by several triples count once; the articles' metadata "
        "is left out of both), each in a fresh process, from the same triples read.",
        "",
        "| representation | build time (from the read triples) | memory | bytes/triple |",
        "|---|---:|---:|---:|",
        f"| column-wise `TripleTable` + mirror edges referring to its rows (`RowEdge`) | "
        f"{table['seconds']:.1f} s | **{table['mb']:.0f} MB** | "
        f"{table['mb'] * 1e6 / table['triples']:.0f} |",
        f"| list of `Triple` objects + slot-based `EdgeData` mirror (before) | "
        f"{objects['seconds']:.1f} s | {objects['mb']:.0f} MB | "
        f"{objects['mb'] * 1e6 / objects['triples']:.0f} |",
        "",
        f"Aim: at most 600 MB for 1M triples: {'met' if table['mb'] <= 600 else 'NOT met'} "
        f"at {table['triples']:,} triples.",
    ]
    write_results(RESULTS, lines)
    return 0


def write_results(path: Path, lines: list[str]) -> None:
    """One results file (and the same on stdout)."""
    text = "\n".join(lines) + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
