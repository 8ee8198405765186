"""The NetworkX mirror and its GraphML export."""

import networkx as nx

from geopolgraph.graph.mirror import build_mirror, triples_from_mirror, write_graphml
from geopolgraph.model import Actor, Article, Triple


def sample():
    actors = {"USA": Actor("USA", "United States"), "RUS": Actor("RUS", "Russia")}
    triples = [Triple(source="USA", relation="WARNS", target="RUS", article_id="a", sentence=i,
                      quad_class=3, goldstein=-4.4, date="2024-06-16", negated=False)
               for i in range(3)]
    return build_mirror(triples, actors, [Article(id="a", text="x", title="T")]), triples


def test_one_edge_per_triple_keyed_by_id():
    G, triples = sample()
    assert G.number_of_edges() == 3
    assert {k for _, _, k in G.edges(keys=True)} == {t.id for t in triples}
    assert G.graph["articles"]["a"]["title"] == "T"
    assert sorted(triples_from_mirror(G), key=lambda t: t.sentence) == triples


def test_graphml_round_trips_with_safe_types(tmp_path):
    G, _ = sample()
    path = tmp_path / "g.graphml"
    write_graphml(G, path)
    H = nx.read_graphml(path, force_multigraph=True)
    assert H.number_of_edges() == 3
    data = next(iter(H.edges(data=True)))[2]
    assert data["relation"] == "WARNS" and data["quad_class"] == 3
    assert data["negated"] is False
