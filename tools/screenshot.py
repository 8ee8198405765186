"""Draw the seed article's graph and save a screenshot of the page: ``docs/seed-graph.png``.

    .venv/bin/python tools/screenshot.py [--out docs/seed-graph.png] [--html out/seed-graph.html]

Uses the real pipeline (``build_graph(["seeds/"])``), the real page and Debian's Chromium
(``make chromium``), waiting for the page's ``window.__ready`` so the layout has settled.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from geopolgraph.draw import write_html
from geopolgraph.pipeline import build_graph

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "seed-graph.png")
    parser.add_argument("--html", type=Path, help="also keep the page here")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=860)
    args = parser.parse_args(argv)

    from playwright.sync_api import sync_playwright

    G = build_graph([ROOT / "seeds"])
    html = args.html or Path(tempfile.mkdtemp(prefix="geopolgraph-")) / "seed-graph.html"
    write_html(G, html, title="Putin to visit North Korea: the seed article as a graph")
    blocked: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": args.width, "height": args.height},
                                device_scale_factor=1)

        def route(r):  # type: ignore[no-untyped-def]
            if r.request.url.startswith("file:"):
                r.continue_()
            else:
                blocked.append(r.request.url)
                r.abort()

        page.route("**/*", route)
        page.goto(html.resolve().as_uri())
        page.wait_for_function("window.__ready === true", timeout=30_000)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(args.out))
        browser.close()
    if blocked:
        print(f"the page tried to load {blocked}", file=sys.stderr)
        return 1
    print(f"wrote {args.out} ({G.number_of_nodes()} actors, {G.number_of_edges()} triples)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
