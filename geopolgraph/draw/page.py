"""The graph page: one self-contained HTML file (vis-network inlined, no request leaves it).

The template, CSS and JS are package data in ``geopolgraph/static/``; vis-network's JS and CSS
are read once from the installed pyvis package. The data goes in a
``<script type="application/json">`` block with ``<``, ``>`` and ``&`` escaped, and the page
script only ever writes it into the DOM as text.

>>> script_json({"evidence": "</script><b>&"})
'{"evidence": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
"""

from __future__ import annotations

import functools
import html
import json
import re
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from geopolgraph.draw.data import page_data

__all__ = [
    "display", "graph_page", "render_page", "script_json", "vis_assets", "write_html", "write_page",
]

_VIS_DIRS = ("templates/lib/vis-9.1.2", "lib/vis-9.1.2")
_PLACEHOLDER = re.compile(r"@@([A-Z_]+)@@")
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                 "\u2028": "\\u2028", "\u2029": "\\u2029"}


def script_json(value: Any) -> str:
    """JSON that is safe inside any ``<script>`` element: no ``<``, ``>`` or ``&`` survive."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ": "), allow_nan=False)
    return re.sub("[<>&\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group()], text)


@functools.cache
def vis_assets() -> tuple[str, str]:
    """vis-network's (JS, CSS) from the installed pyvis package."""
    root = resources.files("pyvis")
    for folder in _VIS_DIRS:
        js, css = root / folder / "vis-network.min.js", root / folder / "vis-network.css"
        if js.is_file() and css.is_file():
            return js.read_text(encoding="utf-8"), css.read_text(encoding="utf-8")
    raise FileNotFoundError("vis-network 9.1.2 not found in the installed pyvis package")


@functools.cache
def _static(name: str) -> str:
    return (resources.files("geopolgraph") / "static" / name).read_text(encoding="utf-8")


def _no_close_tag(text: str, tag: str) -> str:
    # A vendored file that ends its own element early would turn the rest into markup.
    if re.search(rf"</{tag}|<!--", text, re.IGNORECASE):
        raise ValueError(f"refusing to inline text containing '</{tag}' or '<!--'")
    return text


def render_page(data: dict[str, Any]) -> str:
    """The page for :func:`~geopolgraph.draw.data.page_data`'s output."""
    vis_js, vis_css = vis_assets()
    header = data["summary"] + (f" · {data['note']}" if data.get("note") else "")
    values = {
        "TITLE": html.escape(data["title"]),
        "SUMMARY": html.escape(header),
        "VIS_CSS": _no_close_tag(vis_css, "style"),
        "PAGE_CSS": _no_close_tag(_static("graph.css"), "style"),
        "DATA": script_json(data),
        "VIS_JS": _no_close_tag(vis_js, "script"),
        "PAGE_JS": _no_close_tag(_static("graph.js"), "script"),
    }
    # One pass: text put in a placeholder is never scanned for further placeholders.
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], _static("graph.html"))


def graph_page(
    G: nx.MultiDiGraph,
    title: str = "geopolgraph",
    max_nodes: int | None = None,
    large: bool | None = None,
    seed: int = 0,
) -> str:
    """The page as a string. ``max_nodes`` keeps the busiest actors; ``large`` forces (True) or
    forbids (False) the plain drawing of big graphs, by default chosen from the graph's size.

    >>> from geopolgraph.graph.mirror import build_mirror
    >>> from geopolgraph.model import Triple
    >>> page = graph_page(build_mirror([Triple(source="A", relation="WARNS", target="B")], {}))
    >>> page.startswith("<!DOCTYPE html>"), "<link" in page, 'src="http' in page
    (True, False, False)
    """
    return render_page(page_data(G, title=title, max_nodes=max_nodes, large=large, seed=seed))


def write_page(data: dict[str, Any], path: str | Path) -> Path:
    """Write :func:`render_page` of ``data`` to ``path`` (parent folders are created)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_page(data), encoding="utf-8")
    return path


def write_html(
    G: nx.MultiDiGraph, path: str | Path, title: str = "geopolgraph", **kwargs: Any
) -> Path:
    """Write :func:`graph_page` to ``path`` (parent folders are created); returns the path."""
    return write_page(page_data(G, title=title, **kwargs), path)


def display(
    G: nx.MultiDiGraph, title: str = "geopolgraph", height: int = 720, **kwargs: Any
) -> Any:
    """The page for a notebook: an ``IPython.display.HTML`` holding an ``<iframe srcdoc>``.

    Works in Jupyter Lab, Notebook and VS Code without a ``lib/`` folder or a server; the
    iframe is sandboxed (scripts, opening article links and the PNG/CSV downloads only).
    """
    from IPython.display import HTML

    srcdoc = html.escape(graph_page(G, title=title, **kwargs), quote=True)
    # (wrapped in a div: IPython warns about HTML that starts with <iframe)
    return HTML(
        f'<div class="geopolgraph"><iframe srcdoc="{srcdoc}" title="{html.escape(title)}" '
        f'style="width:100%;height:{int(height)}px;border:1px solid #ddd;border-radius:4px" '
        'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox allow-downloads">'
        '</iframe></div>'
    )
