"""Benchmark: the graph page on a synthetic 2,000-actor, 8,000-edge graph, against pyvis defaults.

    python -m bench.bench_draw [--nodes 2000] [--edges 8000] [--runs 3] [--timeout 60]

1. Python: time to build the page (collapsing, layout, JSON, template) and write it; page size.
2. Chromium (Debian's ``/usr/bin/chromium`` through Playwright, every non-``file:`` request
   aborted): time from navigation to interactive, i.e. the page's ``window.__ready`` (set on
   the first draw once the final layout is in place). Median of ``--runs`` fresh pages.
3. pyvis 0.3.2 defaults (``Network(directed=True, cdn_resources="in_line")`` + ``from_nx``;
   ``"local"``, the real default, draws nothing offline): the same two times, interactive being
   the end of its physics stabilisation (its loading bar fades), capped at ``--timeout`` s.

Results go to ``bench/results/draw.md`` and stdout.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import networkx as nx

from geopolgraph.draw import collapse_edges, fast_layout, write_html
from geopolgraph.graph.mirror import build_mirror
from geopolgraph.model import RELATIONS, Actor, Article, Triple

RESULTS = Path(__file__).resolve().parent / "results" / "draw.md"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
KINDS = ("state", "state", "state", "person", "igo", "group", "org", "media")


def synthetic(n_nodes: int, n_edges: int, seed: int = 7) -> nx.MultiDiGraph:
    """A skewed (a few busy actors, a long tail), dated, evidence-carrying mirror."""
    rng = random.Random(seed)
    actors = {f"A{i}": Actor(f"A{i}", f"Actor {i}", KINDS[i % len(KINDS)]) for i in range(n_nodes)}
    ids = list(actors)
    weights = [1 / (i + 1) ** 0.7 for i in range(n_nodes)]
    articles = [Article(id=f"art{i}", text="", source="bench", published="2024-06-16",
                        url=f"https://example.org/{i}", title=f"Article {i}")
                for i in range(max(n_edges // 20, 1))]
    start = dt.date(2023, 1, 1)
    triples = []
    for i in range(n_edges):
        s = rng.choices(ids, weights)[0]
        t = rng.choice(ids) if i < n_nodes else rng.choices(ids, weights)[0]
        if s == t:
            t = ids[(ids.index(s) + 1) % n_nodes]
        if i < n_nodes:  # every actor appears at least once
            s = ids[i]
        r = rng.randrange(len(RELATIONS))
        triples.append(Triple(
            source=s, relation=RELATIONS[r], target=t, quad_class=1 + r * 4 // len(RELATIONS),
            date=(start + dt.timedelta(days=rng.randrange(540))).isoformat(),
            evidence=f"Sentence {i}: {actors[s].name} and {actors[t].name} <did> something.",
            article_id=articles[i % len(articles)].id, sentence=i, modality="asserted",
        ))
    return build_mirror(triples, actors, articles)


def _time(fn: Any, repeat: int = 1) -> tuple[str, Any]:
    """Median wall and CPU seconds of ``repeat`` calls, as text (a shared machine is noisy)."""
    wall, cpu, out = [], [], None
    for _ in range(repeat):
        started, cpu_started = time.perf_counter(), time.process_time()
        out = fn()
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - cpu_started)
    return f"{statistics.median(wall):.2f} s (CPU {statistics.median(cpu):.2f} s)", out


def _pyvis_page(G: nx.MultiDiGraph, path: Path) -> None:
    from pyvis.network import Network

    net = Network(directed=True, cdn_resources="in_line")
    net.from_nx(G)
    net.write_html(str(path))


def _poll(page: Any, js: str, started: float, timeout: float) -> float:
    """Seconds since ``started`` when ``js`` first holds in the page (inf past ``timeout``)."""
    while True:
        try:
            if page.evaluate(js):
                return time.perf_counter() - started
        except Exception:  # the document is still being replaced; try again
            pass
        if time.perf_counter() - started > timeout:
            return float("inf")
        time.sleep(0.02)


def _in_browser(
    browser: Any, path: Path, ready_js: str, runs: int, timeout: float, first_js: str = ""
) -> dict:
    """Seconds from navigation to ``ready_js`` (and to ``first_js`` on the way, if given)."""
    times, firsts, blocked, errors = [], [], [], []
    for _ in range(runs):
        page = browser.new_page(viewport={"width": 1280, "height": 800})

        def route(r: Any) -> None:
            if r.request.url.startswith("file:"):
                r.continue_()
            else:
                blocked.append(r.request.url)
                r.abort()

        page.route("**/*", route)
        page.on("pageerror", lambda e: errors.append(str(e)))
        started = time.perf_counter()
        # "commit": pyvis's inline stabilisation holds the load event for a long time, and
        # Playwright's wait_for_function set up that early can miss the new document: poll.
        page.goto(path.as_uri(), wait_until="commit", timeout=timeout * 1000)
        first = _poll(page, first_js, started, timeout) if first_js else 0.0
        if first_js:
            firsts.append(first)
        times.append(_poll(page, ready_js, started, timeout) if first < timeout else first)
        page.close()
        if times[-1] == float("inf"):
            break
    return {"median": statistics.median(times), "runs": times, "first": firsts,
            "blocked": sorted(set(blocked)), "errors": errors}


def run(n_nodes: int, n_edges: int, runs: int, timeout: float) -> str:
    from playwright.sync_api import sync_playwright

    t_build, G = _time(lambda: synthetic(n_nodes, n_edges))
    collapsed = len(collapse_edges(G))
    t_layout, _ = _time(lambda: fast_layout(G), runs)
    t_spring, _ = _time(lambda: nx.spring_layout(G, iterations=50, seed=1))
    tmp = Path(tempfile.mkdtemp(prefix="bench-draw-"))
    ours, theirs = tmp / "geopolgraph.html", tmp / "pyvis.html"
    t_ours, _ = _time(lambda: write_html(G, ours, title="bench"), runs)
    t_theirs, _ = _time(lambda: _pyvis_page(G, theirs), runs)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        b_ours = _in_browser(browser, ours, "window.__ready === true", runs, timeout)
        b_theirs = _in_browser(
            browser, theirs,
            "document.getElementById('loadingBar')"
            " && document.getElementById('loadingBar').style.opacity === '0'",
            1, timeout, first_js="typeof network !== 'undefined'")
        version = browser.version
        browser.close()

    def secs(x: float) -> str:
        return f"> {timeout:.0f} s (gave up)" if x == float("inf") else f"{x:.2f} s"

    def mb(p: Path) -> str:
        return f"{p.stat().st_size / 1e6:.2f} MB"

    lines = [
        "# Graph page: time to write and time until interactive",
        "",
        f"_{dt.datetime.now():%Y-%m-%d %H:%M}_ · Chromium {version} (headless, "
        "`--disable-gpu`) via Playwright · `python -m bench draw`",
        "",
        f"Synthetic mirror: {G.number_of_nodes():,} actors, {G.number_of_edges():,} triples "
        f"→ {collapsed:,} drawn edges (parallel triples of one relation collapsed); built in "
        f"{t_build}. Above 1,500 actors or 5,000 edges the page is laid out in Python "
        "and drawn without physics.",
        "",
        f"| page | write (Python, median of {runs}) | size | interactive in Chromium "
        "| requests blocked |",
        "|---|---:|---:|---:|---:|",
        f"| geopolgraph `write_html` | {t_ours} | {mb(ours)} | "
        f"{secs(b_ours['median'])} (median of {len(b_ours['runs'])}: "
        f"{', '.join(secs(x) for x in b_ours['runs'])}) | {len(b_ours['blocked'])} |",
        f"| pyvis 0.3.2 defaults, `in_line` | {t_theirs} | {mb(theirs)} | "
        f"{secs(b_theirs['median'])} (network object after "
        f"{secs(b_theirs['first'][0]) if b_theirs['first'] else secs(float('inf'))}, "
        f"then stabilising) | {len(b_theirs['blocked'])} |",
        "",
        f"Layout inside `write_html`: `fast_layout` (vectorised Fruchterman–Reingold, 50 "
        f"iterations) {t_layout} (median of {runs}); networkx "
        f"`spring_layout(iterations=50)` on the same graph {t_spring} (once). The machine "
        f"is shared with other jobs (load average {os.getloadavg()[0]:.1f} on "
        f"{os.cpu_count()} CPUs at the end): wall times vary, CPU times less.",
        "",
        "Interactive = from `page.goto` to the page's `window.__ready` (first draw of the final "
        "layout); for pyvis, to the end of its stabilisation (loading bar faded), which is when "
        "its graph stops moving. pyvis's page requests "
        + (", ".join(f"`{u}`" for u in b_theirs["blocked"]) or "nothing")
        + " (aborted here: Bootstrap from a CDN even with `in_line`).",
    ]
    if b_ours["errors"] or b_theirs["errors"]:
        lines += ["", f"Page errors: ours {b_ours['errors']}, pyvis {b_theirs['errors']}"]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=2000)
    parser.add_argument("--edges", type=int, default=8000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=60)
    args = parser.parse_args([] if argv is None else argv)
    report = run(args.nodes, args.edges, args.runs, args.timeout)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(report, encoding="utf-8")
    print(report)


if __name__ == "__main__":
    main(sys.argv[1:])
