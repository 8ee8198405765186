"""Draw the 55 shared articles as a graph page and screenshot it: ``docs/graph-page.png``.

    .venv/bin/python tools/screenshot.py [--out docs/graph-page.png] [--html out/articles.html]
                                         [PATH ...]

Reads the articles in place (default ``../shared/articles/id`` and ``../shared/articles/en``;
they belong to their publishers and are never copied into the repository), runs the real
pipeline (``build_graph``) and the real page in Debian's Chromium (``make chromium``), waits
for the page's ``window.__ready`` (layout settled, labels fitted) and saves the screenshot.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from geopolgraph.draw import page_data, write_page
from geopolgraph.pipeline import build_graph

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT.parent / "shared" / "articles"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
TITLE = "55 news articles (Kompas.com, The Straits Times, The Nation, 2023–2025) as a graph"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path,
                        default=[ARTICLES / "id", ARTICLES / "en"])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "graph-page.png")
    parser.add_argument("--html", type=Path, help="also keep the page here")
    parser.add_argument("--title", default=TITLE)
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=860)
    args = parser.parse_args(argv)
    missing = [p for p in args.paths if not p.exists()]
    if missing:
        print(f"{missing[0]}: no such file or folder", file=sys.stderr)
        return 2

    from playwright.sync_api import sync_playwright

    G = build_graph(args.paths)
    html = args.html or Path(tempfile.mkdtemp(prefix="geopolgraph-")) / "graph-page.html"
    data = page_data(G, title=args.title)
    write_page(data, html)
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
        page.wait_for_function("() => window.__ready === true", timeout=30_000)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(args.out))
        browser.close()
    if blocked:
        print(f"the page tried to load {blocked}", file=sys.stderr)
        return 1
    counts = data["counts"]
    print(f"wrote {args.out} ({counts['actors']} actors, {counts['triples']} triples, "
          f"{counts['articles']} articles)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
