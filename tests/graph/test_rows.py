"""The pure row builders: no server needed."""

from __future__ import annotations

import datetime as dt

import pytest

from geopolgraph.errors import InputError
from geopolgraph.graph import rows as store
from geopolgraph.graph import statements
from geopolgraph.graph.mirror import build_mirror
from geopolgraph.graph.store import Settings, Store
from geopolgraph.graph.sync import actors_from_mirror, articles_from_mirror
from geopolgraph.model import RELATIONS, Actor, Article, Triple

#: Settings nothing answers at (a store built on them must never be used by these tests).
OFFLINE = Settings("bolt://127.0.0.1:9", "neo4j", "unused-password", "neo4j")


def _walk_values(rows):
    for row in rows:
        assert isinstance(row, dict)
        yield from row.values()


def test_rows_contain_no_none_and_no_maps(seed_like):
    articles, triples, actors = seed_like()
    allowed = (str, int, float, bool, dt.date)
    groups = store.triple_rows(triples)
    all_rows = [{**r["props"], "source": r["source"], "target": r["target"], "id": r["id"]}
                for rows in groups.values() for r in rows]
    all_rows += store.actor_rows(actors) + store.article_rows(articles)
    all_rows += store.sentence_rows(triples)
    for value in _walk_values(all_rows):
        assert value is not None
        assert isinstance(value, allowed), value
    for row in store.mention_rows(triples):
        assert isinstance(row["article"], str)
        assert all(isinstance(a, str) for a in row["actors"])


def test_triple_rows_group_by_relation_and_carry_every_field(seed_like):
    _, triples, _ = seed_like()
    groups = store.triple_rows(triples)
    assert set(groups) <= set(RELATIONS)
    assert sum(len(rows) for rows in groups.values()) == len(triples)
    dated = next(r for r in groups["WARNS"])["props"]
    assert dated["date"] == dt.date(2024, 6, 10)
    undated = next(r for r in groups["ACCUSES"])["props"]
    assert "date" not in undated
    # the lean layout: no text, no ends, no unset event measures; the evidence by its id
    assert set(undated) == set(store.REL_PROPS) - {"date", "tone", "num_mentions",
                                                  "num_sources", "num_articles",
                                                  "geo_country", "geo_lat", "geo_long"}


def test_bad_relation_raises_before_any_query(seed_like):
    class Exploding(Store):
        def connect(self):  # any use of the server fails the test
            raise AssertionError("the server was used before validation")

    _, triples, actors = seed_like()
    bad = [*triples, Triple(source="RUS", relation="WARNS`]->() DETACH DELETE n//", target="PRK")]
    with pytest.raises(InputError, match="not in the vocabulary"):
        store.triple_rows(bad)
    with pytest.raises(InputError, match="not in the vocabulary"):
        Exploding(OFFLINE).write_graph(bad, actors)
    with pytest.raises(InputError, match="not in the vocabulary"):
        store.triple_rows([Triple(source="RUS", relation="warns", target="PRK")])


def test_malformed_dates_and_empty_ids_are_input_errors():
    with pytest.raises(InputError, match="ISO date"):
        store.triple_rows([Triple(source="A", relation="WARNS", target="B", date="June 2024")])
    with pytest.raises(InputError, match="must not be empty"):
        store.triple_rows([Triple(source="", relation="WARNS", target="B")])
    with pytest.raises(InputError, match="ISO date"):
        store.article_rows([Article(id="x", text="", published="16/6/2024")])
    with pytest.raises(InputError, match="batch size"):
        Store(OFFLINE).write_graph([], batch_size=0)


def test_actor_article_and_mention_rows(seed_like):
    articles, triples, actors = seed_like("p:")
    assert store.actor_rows([Actor("X", "x"), Actor("X", "x2")]) == [
        {"id": "X", "name": "x2", "kind": "state", "country": ""}
    ]
    rows = store.article_rows(articles)
    assert rows[0]["published"] == dt.date(2024, 6, 16)
    assert "text" not in rows[0]
    assert "published" not in rows[1]
    mentions = store.mention_rows(triples)
    assert [m["article"] for m in mentions] == [articles[0].id]
    assert sorted(mentions[0]["actors"]) == sorted(actors)


def test_one_query_text_per_relation_from_the_whitelist():
    assert set(statements.WRITE_TRIPLES) == set(RELATIONS)
    for rel, query in statements.WRITE_TRIPLES.items():
        assert f"[r:{rel} " in query
        assert "$rows" in query
    assert set(statements.REL_CONSTRAINTS) == set(RELATIONS)
    # Actor, Article, Sentence ids; Sentence.article; Actor pagerank, degree, weighted_degree
    assert len(statements.NODE_CONSTRAINTS) == 7


def test_mirror_helpers_invert_build_mirror(seed_like):
    articles, triples, actors = seed_like()
    G = build_mirror(triples, actors, articles)
    assert actors_from_mirror(G) == {k: v for k, v in actors.items() if k in G}
    assert [a.metadata() for a in articles_from_mirror(G)] == [a.metadata() for a in articles]
