"""Colours, shapes and sizes of the graph page: one table per visual channel.

Cooperation is green, conflict red; verbal is the lighter shade of each, material the darker.

>>> edge_color(1), edge_color(4)
('#74c476', '#c0392b')
>>> node_style("igo")["shape"]
'hexagon'
>>> node_style("media") == node_style("nonsense")
False
>>> node_style("") == node_style("nonsense")
True
"""

from __future__ import annotations

import math

__all__ = [
    "KIND_STYLES",
    "QUAD_STYLES",
    "edge_color",
    "edge_width",
    "kind_key",
    "node_size",
    "node_style",
]

#: quad class → colour and legend label (0: the triple has no CAMEO code).
QUAD_STYLES: dict[int, dict[str, str]] = {
    1: {"color": "#74c476", "label": "verbal cooperation"},
    2: {"color": "#1e8449", "label": "material cooperation"},
    3: {"color": "#f1948a", "label": "verbal conflict"},
    4: {"color": "#c0392b", "label": "material conflict"},
    0: {"color": "#9e9e9e", "label": "uncoded"},
}

#: actor kind → vis-network shape (label drawn below, so size means something) and colour.
KIND_STYLES: dict[str, dict[str, str]] = {
    "state": {"shape": "dot", "color": "#4e79a7", "label": "state"},
    "igo": {"shape": "hexagon", "color": "#b07aa1", "label": "international organisation"},
    "group": {"shape": "square", "color": "#9c755f", "label": "group"},
    "person": {"shape": "triangle", "color": "#f28e2b", "label": "person"},
    "org": {"shape": "diamond", "color": "#76b7b2", "label": "organisation"},
    "media": {"shape": "star", "color": "#e1b12c", "label": "media"},
    "other": {"shape": "dot", "color": "#a0a0a0", "label": "other"},
}

_MIN_SIZE, _MAX_SIZE = 10.0, 38.0


def kind_key(kind: str | None) -> str:
    """The style key of an actor kind: unknown or empty kinds are ``other``."""
    return kind if kind in KIND_STYLES else "other"


def node_style(kind: str | None) -> dict[str, str]:
    return KIND_STYLES[kind_key(kind)]


def edge_color(quad_class: int) -> str:
    return QUAD_STYLES.get(quad_class, QUAD_STYLES[0])["color"]


def edge_width(count: int) -> float:
    """Width grows with the log of the number of triples an edge stands for.

    One triple is width 1; the page script (``edgeWidth`` in graph.js) uses the same formula
    for the triples in view.

    >>> edge_width(1), edge_width(4), edge_width(10_000)
    (1.0, 5.4, 12.0)
    """
    return round(min(1.0 + 2.2 * math.log2(max(count, 1)), 12.0), 2)


def node_size(weighted_degree: int, max_degree: int) -> float:
    """Area-ish scaling: the busiest actor gets the largest size.

    >>> node_size(0, 0), node_size(9, 9)
    (10.0, 38.0)
    """
    if max_degree <= 0:
        return _MIN_SIZE
    return round(_MIN_SIZE + (_MAX_SIZE - _MIN_SIZE) * math.sqrt(weighted_degree / max_degree), 2)
