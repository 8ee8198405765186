"""Interactive, self-contained graph pages of the mirror (vis-network, no network access).

>>> from geopolgraph.draw import graph_page, write_html, display  # noqa: F401
"""

from geopolgraph.draw.data import (
    LARGE_EDGES,
    LARGE_NODES,
    CollapsedEdge,
    collapse_edges,
    page_data,
    top_actors,
)
from geopolgraph.draw.layout import fast_layout
from geopolgraph.draw.page import display, graph_page, script_json, write_html
from geopolgraph.draw.style import KIND_STYLES, QUAD_STYLES, edge_color, node_style

__all__ = [
    "KIND_STYLES",
    "LARGE_EDGES",
    "LARGE_NODES",
    "QUAD_STYLES",
    "CollapsedEdge",
    "collapse_edges",
    "display",
    "edge_color",
    "fast_layout",
    "graph_page",
    "node_style",
    "page_data",
    "script_json",
    "top_actors",
    "write_html",
]
