"""geopolgraph: news articles (Indonesian and English) to an actor-relation-actor graph.

``geopolgraph.open(path)`` reopens what ``build`` or ``gdelt`` wrote (GraphML, GEXF,
triples.csv, triples.parquet, GDELT exports) as the NetworkX mirror, with no extraction:

>>> G = open("no/such/graph.graphml")
Traceback (most recent call last):
...
geopolgraph.errors.InputError: no/such/graph.graphml: no such file or folder
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from geopolgraph.graph.mirror import Mirror

__all__ = ["__version__", "open"]

try:
    __version__ = version("geopolgraph")
except PackageNotFoundError:  # pragma: no cover - running from a source tree, not installed
    __version__ = "0+unknown"


def open(path: str | Path) -> Mirror:
    """The mirror saved in ``path`` (see :func:`geopolgraph.reopen.open_graph`)."""
    from geopolgraph.reopen import open_graph

    return open_graph(path)
