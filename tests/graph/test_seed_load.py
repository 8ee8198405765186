"""The real seed article through the real server: load twice, nothing changes; read back equal."""

from pathlib import Path

import pytest

from geopolgraph.graph.sync import mirror_to_neo4j
from geopolgraph.pipeline import build_graph
from geopolgraph.queries.synthetic import prefixed

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.neo4j
def test_seed_article_loads_twice_identically_and_round_trips(neo4j_store, neo4j_scope):
    # the seed's graph with every id under this test's prefix, so cleanup removes exactly it
    G = prefixed(build_graph([ROOT / "seeds"]), neo4j_scope.prefix)
    assert G.number_of_edges() >= 20
    mirror_to_neo4j(G, neo4j_store)
    once = neo4j_scope.counts()
    mirror_to_neo4j(G, neo4j_store)
    assert neo4j_scope.counts() == once
    assert once["relationships"] >= G.number_of_edges()  # plus Article-MENTIONS->Actor

    back = neo4j_store.read_graph()
    mine = back.subgraph(n for n in back if str(n).startswith(neo4j_scope.prefix))
    assert set(mine.nodes) == set(G.nodes)
    assert {k for _, _, k in mine.edges(keys=True)} == {k for _, _, k in G.edges(keys=True)}
    for u, v, k, data in G.edges(keys=True, data=True):
        assert dict(mine.edges[u, v, k]) == dict(data)
