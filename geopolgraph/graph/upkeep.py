"""Keeping a store's derived state right: the derived actor properties after a load or over
the whole store, and the move of a store written before the lean layout to it.

These work through a :class:`~geopolgraph.graph.store.Store`'s reads and batched writes (the
statements are in ``graph.statements``; the arithmetic is in ``graph.derived``); ``Store``
calls them from ``write_graph``, ``update_derived``, ``migrate_lean`` and its deletes.

They need a server, so ``tests/graph/test_store.py`` and ``tests/graph/test_lean.py`` test them.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from geopolgraph.graph import statements as cy
from geopolgraph.graph.derived import (
    actor_metrics,
    add_metrics,
    pagerank_of_pairs,
    pair_lists,
    triple_pair_rows,
)
from geopolgraph.graph.rows import plain, sentence_key
from geopolgraph.model import RELATIONS, Triple

if TYPE_CHECKING:  # pragma: no cover
    from geopolgraph.graph.store import Store

__all__ = ["derived_after", "migrate_lean", "update_derived"]


def derived_after(store: Store, triples: list[Triple], written: list[dict[str, Any]]) -> None:
    """The derived actor properties after a load that wrote ``written`` (records of
    ``WRITE_TRIPLES``), without reading the triples: the actors new triples touch get
    their degrees, weight, first/last seen and out-pairs added to (``derived.add_metrics``);
    PageRank, which moves for every actor, is recomputed from the out-pairs all actors
    store (``DERIVED_PAIRS``) and written where it changed. Everything is recomputed
    instead (``update_derived``) when an existing triple changed its ``negated``,
    ``goldstein`` or ``date``, or the stored values do not add up (triples loaded with
    ``derived=False``, or a store from before the out-pairs).
    """
    by_id = {t.id: t for t in triples}
    created = []
    for record in written:
        triple = by_id[record["id"]]
        if record["created"]:
            created.append(triple)
            continue
        negated, goldstein, date = record["before"]
        if (bool(negated), goldstein, plain(date) or "") != (
                triple.negated, triple.goldstein, triple.date or plain(date) or ""):
            update_derived(store)
            return
    if not created:
        return
    delta_rows = triple_pair_rows(created)
    delta = actor_metrics(delta_rows)
    stored = {row["id"]: row for row in store.read(cy.DERIVED_OF_ACTORS,
                                                   {"ids": sorted(delta)})}
    ends = Counter(t.source for t in created) + Counter(t.target for t in created)
    pairs: dict[str, dict[str, int]] = {}
    consistent = all(row["ends"] is None or row["ends"] == ends[ident]
                     for ident, row in stored.items())
    for row in store.read(cy.DERIVED_PAIRS):
        targets, counts = row["targets"] or [], row["counts"] or []
        consistent = consistent and sum(counts) == row["out_degree"]
        pairs[row["id"]] = dict(zip(targets, counts, strict=True))
    if not consistent:
        update_derived(store)
        return
    for source, target, n, *_ in delta_rows:
        out = pairs.setdefault(source, {})
        out[target] = out.get(target, 0) + n
    scores = pagerank_of_pairs((s, t, n) for s, out in pairs.items() for t, n in out.items())
    touched = []
    for ident in sorted(delta):
        metrics = add_metrics(stored.get(ident, {}), delta[ident])
        metrics["pagerank"] = scores.get(ident, 0.0)
        metrics.update(pair_lists(pairs.get(ident, {})))
        touched.append({"id": ident, "props": metrics})
    store.write_rows(cy.DERIVED_WRITE, touched, batch_size=10000)
    others = [{"id": k, "pagerank": v} for k, v in sorted(scores.items()) if k not in delta]
    store.write_rows(cy.DERIVED_WRITE_PAGERANK, others, batch_size=10000)


def update_derived(store: Store) -> int:
    """Recompute the derived actor properties (``graph.derived``: degrees, weighted degree,
    PageRank, first/last seen) over the whole store and store them; returns the actors."""
    rows = [(r["s"], r["t"], r["n"], r["weight"], r["first"], r["last"])
            for r in store.read(cy.DERIVED_INPUT)]
    metrics = actor_metrics(rows)
    items = [{"id": k, "props": v} for k, v in sorted(metrics.items())]
    store.write_rows(cy.DERIVED_WRITE, items, batch_size=10000)
    store.run_auto(cy.DERIVED_CLEAR)
    return len(items)


def migrate_lean(store: Store, batch_size: int = 5000) -> int:
    """Move evidence text written before the lean layout (``graph.rows``) to Sentence nodes
    and drop the relationships' copies of their ends; returns the relationships changed.
    Idempotent: a lean store has nothing to move."""
    store.ensure_schema()
    changed = 0
    for rel in RELATIONS:
        while rows := store.read(cy.LEAN_READ[rel], {"limit": batch_size}):
            for row in rows:
                row["sentence"] = (sentence_key(row["article"], row["text"])
                                   if row["text"] else None)
            store.write_rows(cy.LEAN_WRITE[rel], rows, batch_size)
            changed += len(rows)
    return changed
