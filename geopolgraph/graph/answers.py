"""What the driver answers, as the project's values: ``graph.store.Store``'s readers use these.

- ``_python``: a driver value as plain Python (nodes and relationships as dicts, paths as lists
  of nodes, temporal values as ISO strings), for ``Store.run_read``.
- ``notice_line``: one of the server's notifications as one line.
- ``_visitor`` and ``_walk``: the ``Actor`` nodes and relation-typed relationships anywhere in a
  query's records, for ``Store.read_subgraph``; ``_mirror`` makes a mirror of what was read,
  isolated actors too.

Everything here is re-exported by ``graph.store``; callers import it from there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import networkx as nx

from geopolgraph.graph.mirror import build_mirror
from geopolgraph.graph.rows import actor_from, plain
from geopolgraph.model import RELATIONS, Actor, Article, Triple

__all__ = ["notice_line"]

_RELATION_SET = frozenset(RELATIONS)


def _python(value: Any) -> Any:
    """A driver value as plain Python: nodes and relationships as dicts of their properties
    (plus ``_labels`` / ``_type``), paths as lists of nodes, temporal values as ISO strings."""
    from neo4j.graph import Node, Path, Relationship

    if isinstance(value, Node):
        return {"_labels": sorted(value.labels), **{k: _python(v) for k, v in value.items()}}
    if isinstance(value, Relationship):
        return {"_type": value.type, **{k: _python(v) for k, v in value.items()}}
    if isinstance(value, Path):
        return [_python(n) for n in value.nodes]
    if isinstance(value, list):
        return [_python(v) for v in value]
    if isinstance(value, dict):
        return {k: _python(v) for k, v in value.items()}
    return plain(value)


def notice_line(status: Any) -> str:
    """One of Neo4j's notifications (a GQL status object) as one line, e.g. ``Neo4j: property
    key does not exist. The property `nmae` does not exist. Verify that the spelling is
    correct.``"""
    text = " ".join(str(getattr(status, "status_description", "") or "").split())
    return "Neo4j: " + text.removeprefix("warn: ").removeprefix("info: ")


# --- helpers for read_subgraph ----------------------------------------------------------------


def _mirror(
    triples: list[Triple], actors: dict[str, Actor], articles: list[Article]
) -> nx.MultiDiGraph:
    G = build_mirror(triples, actors, articles)
    for actor in actors.values():
        if actor.id not in G:
            G.add_node(actor.id, name=actor.name, kind=actor.kind, country=actor.country)
    return G


#: A relationship seen in a query's answer: (properties, type, source id, target id).
_Rel = tuple[dict[str, Any], str, str, str]


def _visitor(actors: dict[str, Actor], rels: dict[str, _Rel]) -> Callable[[Any], None]:
    from neo4j.graph import Node, Relationship

    def visit(item: Any) -> None:
        if isinstance(item, Node):
            if "Actor" in item.labels and "id" in item:
                actors[str(item["id"])] = actor_from(dict(item))
        elif isinstance(item, Relationship) and item.type in _RELATION_SET:
            props = dict(item)
            ends = []
            for node, key in ((item.start_node, "source"), (item.end_node, "target")):
                known = props.get(key) or (node.get("id") if node is not None else None)
                # an end returned without its properties: resolved later by element id
                ends.append(str(known) if known is not None else
                            ("\x00" + node.element_id if node is not None else ""))
            if all(ends):
                rels[str(props.get("id", item.element_id))] = (
                    props, item.type, ends[0], ends[1])

    return visit


def _walk(value: Any, visit: Callable[[Any], None]) -> None:
    from neo4j.graph import Node, Path, Relationship

    if isinstance(value, Node | Relationship):
        visit(value)
    elif isinstance(value, Path):
        for node in value.nodes:
            visit(node)
        for rel in value.relationships:
            visit(rel)
    elif isinstance(value, list | tuple):
        for item in value:
            _walk(item, visit)
    elif isinstance(value, dict):
        for item in value.values():
            _walk(item, visit)
