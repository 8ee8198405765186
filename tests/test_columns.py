"""Triples column-wise (TripleTable) and the mirror edges that refer to its rows (RowEdge)."""

from __future__ import annotations

import pickle

import networkx as nx

from geopolgraph.columns import TripleTable
from geopolgraph.graph.mirror import RowEdge, build_mirror, triples_from_mirror
from geopolgraph.model import Actor, Triple
from geopolgraph.queries.synthetic import synthetic_graph


def some_triples(n: int = 300) -> list[Triple]:
    return triples_from_mirror(synthetic_graph(n, seed=4))


def test_a_table_is_the_same_sequence_of_triples():
    triples = some_triples()
    table = TripleTable(triples)
    assert len(table) == len(triples) and table == triples and list(table) == triples
    assert table[-1] == triples[-1] and table[5:8] == triples[5:8]
    joined = TripleTable(triples[:100])
    joined.extend(TripleTable(triples[100:]))
    assert joined == triples
    table.compact()
    table.append(Triple("NEW", "WARNS", "RUS", evidence="a fresh string"))
    assert table[-1].source == "NEW" and table[0] == triples[0]
    table[0] = triples[1]
    assert table[0] == triples[1]


def test_the_frame_has_every_field_and_value():
    triples = some_triples(50)
    frame = TripleTable(triples).to_frame()
    assert list(frame.columns) == Triple.field_names()
    assert frame["id"].tolist() == [t.id for t in triples]
    assert frame["goldstein"].tolist() == [t.goldstein for t in triples]
    assert frame["relation"].astype(str).tolist() == [t.relation for t in triples]


def test_a_mirror_of_a_table_equals_the_mirror_of_the_list():
    triples = some_triples()
    actors = {"A00001": Actor("A00001", "One")}
    plain, lean = build_mirror(triples, actors), build_mirror(TripleTable(triples), actors)
    assert nx.utils.graphs_equal(plain, lean)
    assert sorted(triples_from_mirror(lean), key=lambda t: t.id) == sorted(
        triples, key=lambda t: t.id)
    assert all(isinstance(d, RowEdge) for _, _, d in lean.edges(data=True))
    # a copy materialises the attributes; pickling keeps them
    assert nx.utils.graphs_equal(lean.copy(), plain)
    assert nx.utils.graphs_equal(pickle.loads(pickle.dumps(lean)), plain)


def test_edge_writes_stay_on_the_edge():
    table = TripleTable(some_triples(5))
    G = build_mirror(table, {})
    u, v, key, d = next(iter(G.edges(keys=True, data=True)))
    before = table[0]
    d["relation"] = "CHANGED"
    d["note"] = "x"
    del d["evidence"]
    assert G.edges[u, v, key]["relation"] == "CHANGED" and "evidence" not in G.edges[u, v, key]
    assert table[0] == before and "note" in dict(d)
