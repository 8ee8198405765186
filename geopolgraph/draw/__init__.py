"""Interactive, self-contained graph pages of the mirror (vis-network, no network access).

>>> from geopolgraph.draw import graph_page, write_html, display  # noqa: F401
"""

from geopolgraph.draw.data import (
    DEFAULT_TOP,
    LARGE_EDGES,
    LARGE_NODES,
    CollapsedEdge,
    collapse_edges,
    default_top,
    page_data,
    top_actors,
)
from geopolgraph.draw.layout import fast_layout, grouped_layout
from geopolgraph.draw.page import (
    display,
    graph_page,
    render_page,
    script_json,
    write_html,
    write_page,
)
from geopolgraph.draw.style import KIND_STYLES, QUAD_STYLES, edge_color, node_style
from geopolgraph.draw.view import visible_view

__all__ = [
    "DEFAULT_TOP",
    "KIND_STYLES",
    "LARGE_EDGES",
    "LARGE_NODES",
    "QUAD_STYLES",
    "CollapsedEdge",
    "collapse_edges",
    "default_top",
    "display",
    "edge_color",
    "fast_layout",
    "graph_page",
    "grouped_layout",
    "node_style",
    "page_data",
    "render_page",
    "script_json",
    "top_actors",
    "visible_view",
    "write_html",
    "write_page",
]
