"""The lean layout: evidence text once on Sentence nodes, relationships with ids and numbers."""

from __future__ import annotations

import pytest

from geopolgraph.graph.rows import REL_PROPS, sentence_key
from geopolgraph.model import Triple

pytestmark = pytest.mark.neo4j


def test_evidence_is_stored_once_and_read_back(neo4j_scope, seed_like):
    store, prefix = neo4j_scope.store, neo4j_scope.prefix
    articles, triples, actors = seed_like(prefix)
    store.write_graph(triples, actors, articles)
    keys = store.read(
        "MATCH (a:Actor)-[r]->(:Actor) WHERE a.id STARTS WITH $p RETURN keys(r) AS k",
        {"p": prefix})
    assert keys and all(set(r["k"]) <= set(REL_PROPS) for r in keys)
    assert not any({"evidence", "source", "target", "relation"} & set(r["k"]) for r in keys)
    texts = {(t.article_id, t.evidence) for t in triples if t.evidence}
    sentences = store.read(
        "MATCH (s:Sentence) WHERE s.article STARTS WITH $p RETURN s.id AS id, s.text AS text",
        {"p": prefix})
    assert len(sentences) == len(texts) < len([t for t in triples if t.evidence])
    _, back, _ = store.read_records()
    mine = {t.id: t for t in back if t.source.startswith(prefix)}
    assert mine == {t.id: t for t in triples}
    store.delete_articles([a.id for a in articles])
    assert not store.read("MATCH (s:Sentence) WHERE s.article STARTS WITH $p RETURN s",
                          {"p": prefix})


def test_a_store_written_before_is_migrated(neo4j_scope):
    store, prefix = neo4j_scope.store, neo4j_scope.prefix
    t = Triple(prefix + "USA", "WARNS", prefix + "RUS", article_id=prefix + "a", sentence=2,
               evidence="USA warned Russia.", goldstein=-4.0)
    store.write_graph([t], {}, [])
    # the old layout: every Triple field on the relationship, no Sentence
    store.run_auto(
        "MATCH (:Actor {id: $s})-[r:WARNS {id: $id}]->() "
        "SET r.evidence = $text, r.source = $s, r.target = $t, r.relation = 'WARNS' "
        "REMOVE r.sentence_id",
        {"s": t.source, "t": t.target, "id": t.id, "text": t.evidence})
    store.run_auto("MATCH (s:Sentence {article: $a}) DELETE s", {"a": t.article_id})
    assert store.migrate_lean() >= 1
    assert store.migrate_lean() == 0  # nothing left to move
    row = store.read("MATCH ()-[r:WARNS {id: $id}]->() RETURN properties(r) AS p",
                     {"id": t.id})[0]["p"]
    assert row["sentence_id"] == sentence_key(t.article_id, t.evidence)
    assert not {"evidence", "source", "target", "relation"} & set(row)
    _, back, _ = store.read_records()
    assert [x for x in back if x.id == t.id] == [t]
