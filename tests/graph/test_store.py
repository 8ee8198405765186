"""The store against a real Neo4j over Bolt (``make neo4j-start``)."""

from __future__ import annotations

import networkx as nx
import pytest

from geopolgraph.graph.derived import DERIVED_KEYS, PAIR_KEYS
from geopolgraph.graph.mirror import build_mirror
from geopolgraph.graph.rows import REL_PROPS
from geopolgraph.graph.sync import mirror_to_neo4j, neo4j_to_mirror
from geopolgraph.model import RELATIONS

pytestmark = pytest.mark.neo4j


def _mine(G: nx.MultiDiGraph, prefix: str) -> nx.MultiDiGraph:
    """The part of a whole-store mirror that this test wrote."""
    H = G.subgraph([n for n in G if str(n).startswith(prefix)]).copy()
    H.graph["articles"] = {
        k: v for k, v in G.graph.get("articles", {}).items() if k.startswith(prefix)
    }
    return H


def _assert_same_mirror(a: nx.MultiDiGraph, b: nx.MultiDiGraph) -> None:
    assert dict(a.nodes(data=True)) == dict(b.nodes(data=True))
    edges_a = {k: (u, v, d) for u, v, k, d in a.edges(keys=True, data=True)}
    edges_b = {k: (u, v, d) for u, v, k, d in b.edges(keys=True, data=True)}
    assert edges_a == edges_b
    assert a.graph["articles"] == b.graph["articles"]


def test_schema_has_unique_ids(neo4j_store):
    store = neo4j_store
    store.ensure_schema()
    store.ensure_schema()  # idempotent
    records = store.read(
        "SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties "
        "WHERE properties = ['id'] RETURN type, labelsOrTypes[0] AS what"
    )
    found = {(r["type"], r["what"]) for r in records}
    assert ("UNIQUENESS", "Actor") in found
    assert ("UNIQUENESS", "Article") in found
    assert {("RELATIONSHIP_UNIQUENESS", rel) for rel in RELATIONS} <= found


def test_loading_twice_changes_nothing(neo4j_store, neo4j_scope, seed_like):
    store = neo4j_store
    articles, triples, actors = seed_like(neo4j_scope.prefix)
    assert neo4j_scope.counts() == {"nodes": 0, "relationships": 0, "properties": 0}
    store.write_graph(triples, actors, articles, batch_size=3)
    once = neo4j_scope.counts()
    summary = store.write_graph(triples, actors, articles)
    twice = neo4j_scope.counts()
    assert once == twice
    # 6 actors + 2 articles; one relationship per triple plus one MENTIONS per article/actor
    assert once["nodes"] == len(actors) + len(articles)
    assert once["relationships"] == len(triples) + summary.mentions
    assert summary.mentions == len(actors)
    # the lean layout (graph/rows.py): each relationship its REL_PROPS but the unset event
    # measures and no date when undated; 4 per actor plus the derived ones
    # (graph/derived.py); 7 on the dated article and 6 on the undated one (no published)
    n_fields = len(REL_PROPS) - 7
    undated = sum(1 for t in triples if not t.date)
    per_actor = 4 + len(DERIVED_KEYS)
    with_out_pairs = len({t.source for t in triples})  # derived.PAIR_KEYS
    assert once["properties"] == (n_fields * len(triples) - undated + per_actor * len(actors)
                                  + len(PAIR_KEYS) * with_out_pairs + 7 + 6)
    assert summary.triples == len(triples)


def test_properties_are_neo4j_typed(neo4j_store, neo4j_scope, seed_like):
    store = neo4j_store
    articles, triples, actors = seed_like(neo4j_scope.prefix)
    store.write_graph(triples, actors, articles)
    records = store.read(
        "MATCH (:Actor)-[r:WARNS]->(:Actor) WHERE r.article_id STARTS WITH $p "
        "RETURN valueType(r.date) AS t, r.negated AS neg, r.goldstein AS g LIMIT 1",
        {"p": neo4j_scope.prefix},
    )
    assert records[0]["t"].startswith("DATE")
    records = store.read(
        "MATCH (:Actor)-[r:ACCUSES]->(:Actor) WHERE r.article_id STARTS WITH $p "
        "RETURN r.date IS NULL AS missing, keys(r) AS keys",
        {"p": neo4j_scope.prefix},
    )
    assert records[0]["missing"] is True
    assert "date" not in records[0]["keys"]
    records = store.read(
        "MATCH (a:Article {id: $id})-[:MENTIONS]->(x:Actor) "
        "RETURN valueType(a.published) AS t, count(x) AS n",
        {"id": articles[0].id},
    )
    assert records[0]["t"].startswith("DATE")
    assert records[0]["n"] == len(actors)


def test_round_trip_mirror_neo4j_mirror(neo4j_store, neo4j_scope, seed_like):
    articles, triples, actors = seed_like(neo4j_scope.prefix)
    G = build_mirror(triples, actors, articles)
    mirror_to_neo4j(G, neo4j_store, batch_size=4)

    whole = neo4j_to_mirror(neo4j_store)
    _assert_same_mirror(_mine(whole, neo4j_scope.prefix), G)

    sub = neo4j_to_mirror(
        neo4j_store,
        "MATCH p = (s:Actor)-[r]->(t:Actor) WHERE r.article_id STARTS WITH $prefix RETURN p",
        {"prefix": neo4j_scope.prefix},
    )
    # a query's subgraph carries the articles its triples come from (not the undated one)
    used = {d["article_id"] for _, _, d in G.edges(data=True)}
    assert set(sub.graph["articles"]) == used
    sub.graph["articles"] = {**G.graph["articles"], **sub.graph["articles"]}
    _assert_same_mirror(sub, G)


def test_subgraph_of_a_query(neo4j_store, neo4j_scope, seed_like):
    store = neo4j_store
    articles, triples, actors = seed_like(neo4j_scope.prefix)
    store.write_graph(triples, actors, articles)
    usa = neo4j_scope.prefix + "USA"
    # only relationships are returned: endpoints are fetched with their attributes
    H = store.read_subgraph("MATCH (:Actor {id: $id})-[r]->(:Actor) RETURN r", {"id": usa})
    assert {d["relation"] for _, _, d in H.edges(data=True)} == {"WARNS", "ACCUSES"}
    assert H.nodes[usa]["name"] == "United States"
    assert set(H.graph["articles"]) == {articles[0].id}


def test_delete_articles_removes_their_triples_and_orphans(neo4j_store, neo4j_scope, seed_like):
    store = neo4j_store
    articles, triples, actors = seed_like(neo4j_scope.prefix)
    store.write_graph(triples, actors, articles)
    store.delete_articles([a.id for a in articles])
    assert neo4j_scope.counts() == {"nodes": 0, "relationships": 0, "properties": 0}


def test_checksum_sees_one_changed_property(neo4j_store, neo4j_scope, seed_like):
    store = neo4j_store
    articles, triples, actors = seed_like(neo4j_scope.prefix)
    store.write_graph(triples, actors, articles)
    before = store.checksum()
    assert store.checksum() == before
    actor = next(iter(actors.values()))
    store.write_rows("UNWIND $rows AS row MATCH (a:Actor {id: row.id}) SET a.name = row.name",
                     [{"id": actor.id, "name": actor.name + "!"}])
    assert store.checksum() != before


def test_incremental_derived_properties_match_a_full_recompute(neo4j_store, neo4j_scope,
                                                               seed_like):
    from dataclasses import replace

    store = neo4j_store
    articles, triples, actors = seed_like(neo4j_scope.prefix)

    def derived() -> dict[str, dict]:
        return {r["id"]: {k: r["p"].get(k) for k in DERIVED_KEYS + PAIR_KEYS} for r in store.read(
            "MATCH (a:Actor) WHERE a.id STARTS WITH $p RETURN a.id AS id, properties(a) AS p",
            {"p": neo4j_scope.prefix})}

    store.write_graph(triples[:4], actors, articles, derived=False)  # none stored yet
    store.write_graph(triples[:8], actors, articles)  # so everything is recomputed
    summary = store.write_graph(triples, actors, articles)  # 3 new: added to what is stored
    assert summary.created == len(triples) - 8
    incremental = derived()
    store.update_derived()
    assert derived() == incremental
    assert store.write_graph(triples, actors, articles).created == 0
    assert derived() == incremental
    # a triple that changes what the properties count: recomputed in full
    flipped = replace(triples[0], negated=True)
    assert store.write_graph([flipped], actors, articles).created == 0
    after = derived()
    assert after[flipped.source]["out_degree"] == incremental[flipped.source]["out_degree"] - 1
    store.update_derived()
    assert derived() == after
