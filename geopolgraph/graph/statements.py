"""Every Cypher statement the package sends, in one place (named queries: ``queries/*.cypher``).

Values are always ``$parameters``. Relationship types cannot be parameters, so the statements
that name one are built here, once, from the ``model.RELATIONS`` whitelist; input text only
ever selects one of them. ``tests/graph/test_boundary.py`` fails on Cypher written anywhere
else in the package.

>>> WRITE_TRIPLES["WARNS"].split()[:3]
['UNWIND', '$rows', 'AS']
>>> explain("MATCH (n) RETURN n")
'EXPLAIN MATCH (n) RETURN n'
"""

from __future__ import annotations

from geopolgraph.model import RELATIONS

__all__ = [
    "ACTOR_EXISTS",
    "ACTOR_IDS",
    "CHECKSUM_NODES",
    "CHECKSUM_RELATIONSHIPS",
    "CHECK_TRIPLES",
    "COUNTS",
    "COUNTS_PREFIX",
    "CREATE_TRIPLES",
    "DELETE_ARTICLES",
    "DELETE_ARTICLE_RELATIONSHIPS",
    "DELETE_ARTICLE_SENTENCES",
    "DELETE_ORPHAN_ACTORS",
    "DELETE_PREFIX",
    "DERIVED_CLEAR",
    "DERIVED_INPUT",
    "DERIVED_OF_ACTORS",
    "DERIVED_PAIRS",
    "DERIVED_WRITE",
    "DERIVED_WRITE_PAGERANK",
    "LEAN_READ",
    "LEAN_WRITE",
    "NODE_CONSTRAINTS",
    "PING",
    "READ_ACTORS",
    "READ_ACTORS_BY_ID",
    "READ_ARTICLES",
    "READ_ARTICLES_BY_ID",
    "READ_IDS_BY_ELEMENT",
    "READ_SENTENCES_BY_ID",
    "READ_TRIPLES",
    "REL_CONSTRAINTS",
    "REL_INDEXES",
    "SUBGRAPH_OF_ACTORS",
    "WRITE_ACTORS",
    "WRITE_ARTICLES",
    "WRITE_MENTIONS",
    "WRITE_ONE_TRIPLE",
    "WRITE_SENTENCES",
    "WRITE_TRIPLES",
    "explain",
]

#: The connectivity check: the session's database answers.
PING = "RETURN 1 AS ok"


def explain(text: str) -> str:
    """``text`` planned, not run (the read-only check asks the server for its plan)."""
    return "EXPLAIN " + text


# --- schema ----------------------------------------------------------------------------------

NODE_CONSTRAINTS = (
    "CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE",
    "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE",
    "CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (s:Sentence) REQUIRE s.id IS UNIQUE",
    "CREATE INDEX sentence_article IF NOT EXISTS FOR (s:Sentence) ON (s.article)",
    # the derived properties top-actors ranks by: ORDER BY … LIMIT reads these indexes
    "CREATE INDEX actor_pagerank IF NOT EXISTS FOR (a:Actor) ON (a.pagerank)",
    "CREATE INDEX actor_degree IF NOT EXISTS FOR (a:Actor) ON (a.degree)",
    "CREATE INDEX actor_weighted_degree IF NOT EXISTS FOR (a:Actor) ON (a.weighted_degree)",
)
#: Relationship uniqueness constraints exist in Community since 5.7 (checked on 5.26.30).
REL_CONSTRAINTS = {
    rel: f"CREATE CONSTRAINT rel_{rel.lower()}_id IF NOT EXISTS "
    f"FOR ()-[r:{rel}]-() REQUIRE r.id IS UNIQUE"
    for rel in RELATIONS
}
#: Fallback where a server refuses relationship constraints: a plain property index.
REL_INDEXES = {
    rel: f"CREATE INDEX rel_{rel.lower()}_id IF NOT EXISTS FOR ()-[r:{rel}]-() ON (r.id)"
    for rel in RELATIONS
}

# --- writes (UNWIND $rows on ids: a re-load changes nothing and writes nothing) ---------------

#: Nodes by id (MERGE on the unique id), their properties set only when one differs, so a
#: re-load takes no write locks beyond the id lookups.
WRITE_ACTORS = """
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
WITH a, row WHERE any(k IN keys(row) WHERE NOT coalesce(a[k] = row[k], false))
SET a += row
"""
WRITE_ARTICLES = """
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
WITH a, row WHERE any(k IN keys(row) WHERE NOT coalesce(a[k] = row[k], false))
SET a += row
"""
WRITE_MENTIONS = """
UNWIND $rows AS row
MERGE (ar:Article {id: row.article})
WITH ar, row
UNWIND row.actors AS actor
MERGE (ac:Actor {id: actor})
MERGE (ar)-[:MENTIONS]->(ac)
"""
#: Which triples of one type a load must write, read in the write transaction before it: a
#: triple whose id the type does not hold yet (``created``), or one it holds with a property
#: that differs (with what it held before: ``negated``, ``goldstein``, ``date``, the derived
#: properties' inputs, ``graph.derived``). A re-load of the same triples returns nothing.
CHECK_TRIPLES = {
    rel: f"""
UNWIND $rows AS row
OPTIONAL MATCH ()-[old:{rel} {{id: row.id}}]->()
WITH row, old, old IS NULL AS created
WHERE created OR any(k IN keys(row.props) WHERE NOT coalesce(old[k] = row.props[k], false))
RETURN row.id AS id, created,
       CASE WHEN created THEN null ELSE [old.negated, old.goldstein, old.date] END AS before
"""
    for rel in RELATIONS
}
#: The new triples of one type, between their actors found by id. One statement per type, as
#: ``CHECK_TRIPLES`` and ``WRITE_TRIPLES``, not one with a dynamic type
#: (``CREATE (s)-[r:$(row.relation)]->(t)``): a load's batches hold one type each, so the rows
#: need no ``relation`` copy, and a bare CREATE with a static type ran twice as fast on 5.26.30.
CREATE_TRIPLES = {
    rel: f"""
UNWIND $rows AS row
MATCH (s:Actor {{id: row.source}})
MATCH (t:Actor {{id: row.target}})
CREATE (s)-[r:{rel}]->(t)
SET r = row.props
"""
    for rel in RELATIONS
}
#: Triples the store holds whose properties differ: set (one statement per type, by its id).
WRITE_TRIPLES = {
    rel: f"""
UNWIND $rows AS row
MATCH ()-[r:{rel} {{id: row.id}}]->()
SET r += row.props
"""
    for rel in RELATIONS
}
#: Each evidence text once (``rows.sentence_rows``); relationships name it by ``sentence_id``,
#: a hash of its article and text, so an existing node already holds them.
WRITE_SENTENCES = """
UNWIND $rows AS row
MERGE (s:Sentence {id: row.id})
ON CREATE SET s.text = row.text, s.article = row.article
"""
#: The naive way, for the benchmark's baseline: one statement per triple doing the same work as
#: a batched load (both actors, the relationship, the article and its two MENTIONS).
WRITE_ONE_TRIPLE = {
    rel: f"""
MERGE (s:Actor {{id: $row.source}})
MERGE (t:Actor {{id: $row.target}})
MERGE (s)-[r:{rel} {{id: $row.id}}]->(t)
SET r += $row.props
WITH s, t
MERGE (a:Article {{id: $row.props.article_id}})
MERGE (a)-[:MENTIONS]->(s)
MERGE (a)-[:MENTIONS]->(t)
"""
    for rel in RELATIONS
}

# --- deletes ---------------------------------------------------------------------------------

DELETE_ARTICLE_RELATIONSHIPS = """
UNWIND $rows AS aid
MATCH (:Actor)-[r]->(:Actor) WHERE r.article_id = aid
DELETE r
"""
DELETE_ARTICLES = """
UNWIND $rows AS aid
MATCH (a:Article {id: aid})
DETACH DELETE a
"""
DELETE_ARTICLE_SENTENCES = """
UNWIND $rows AS aid
MATCH (s:Sentence {article: aid})
DELETE s
"""
DELETE_ORPHAN_ACTORS = "MATCH (a:Actor) WHERE NOT (a)--() DELETE a"
#: Everything whose id starts with ``$p`` (tests and benchmarks write under a unique prefix):
#: triples first, in small transactions (hubs are big), then articles, then actors. These run
#: as auto-commit statements (``CALL … IN TRANSACTIONS`` needs one).
DELETE_PREFIX = (
    "MATCH (:Actor)-[r]->(:Actor) WHERE r.article_id STARTS WITH $p "
    "CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS",
    "MATCH (a:Actor)-[r]->() WHERE a.id STARTS WITH $p "
    "CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS",
    "MATCH (a:Article) WHERE a.id STARTS WITH $p "
    "CALL (a) { DETACH DELETE a } IN TRANSACTIONS OF 5000 ROWS",
    "MATCH (s:Sentence) WHERE s.article STARTS WITH $p "
    "CALL (s) { DELETE s } IN TRANSACTIONS OF 10000 ROWS",
    "MATCH (a:Actor) WHERE a.id STARTS WITH $p "
    "CALL (a) { DETACH DELETE a } IN TRANSACTIONS OF 5000 ROWS",
)

# --- reads -----------------------------------------------------------------------------------

READ_ACTORS = "MATCH (a:Actor) RETURN properties(a) AS a"
READ_ARTICLES = "MATCH (a:Article) RETURN properties(a) AS a ORDER BY a.id"
READ_TRIPLES = """
MATCH (s:Actor)-[r]->(t:Actor) WHERE type(r) IN $relations
OPTIONAL MATCH (se:Sentence {id: r.sentence_id})
RETURN s.id AS s, t.id AS t, type(r) AS type, properties(r) AS p,
       coalesce(se.text, '') AS evidence
"""
#: Actor ids of nodes known only by element id (a query that returned relationships only).
READ_IDS_BY_ELEMENT = (
    "MATCH (a:Actor) WHERE elementId(a) IN $ids RETURN elementId(a) AS element, a.id AS id"
)
READ_SENTENCES_BY_ID = "MATCH (s:Sentence) WHERE s.id IN $ids RETURN s.id AS id, s.text AS text"
READ_ACTORS_BY_ID = "MATCH (a:Actor) WHERE a.id IN $ids RETURN properties(a) AS a"
READ_ARTICLES_BY_ID = (
    "MATCH (a:Article) WHERE a.id IN $ids RETURN properties(a) AS a ORDER BY a.id"
)
ACTOR_EXISTS = "MATCH (a:Actor {id: $id}) RETURN count(a) AS n"
ACTOR_IDS = "MATCH (a:Actor) RETURN a.id AS id"
#: The actors ``$ids`` and the relations among them (what ``draw --query`` shows from Neo4j).
SUBGRAPH_OF_ACTORS = (
    "MATCH (s:Actor)-[r]->(t:Actor) WHERE s.id IN $ids AND t.id IN $ids RETURN s, r, t "
    "UNION MATCH (s:Actor) WHERE s.id IN $ids RETURN s, null AS r, null AS t"
)
COUNTS = """
CALL () { MATCH (n) RETURN count(n) AS nodes, sum(size(keys(n))) AS node_props }
CALL () { MATCH ()-[r]->() RETURN count(r) AS rels, sum(size(keys(r))) AS rel_props }
RETURN nodes, rels, node_props + rel_props AS properties
"""
#: The same, for the nodes whose id starts with ``$p`` and the relationships between them.
COUNTS_PREFIX = """
CALL () { MATCH (n) WHERE n.id STARTS WITH $p
          RETURN count(n) AS nodes, sum(size(keys(n))) AS node_props }
CALL () { MATCH (a)-[r]->(b) WHERE a.id STARTS WITH $p AND b.id STARTS WITH $p
          RETURN count(r) AS rels, sum(size(keys(r))) AS rel_props }
RETURN nodes, rels, node_props + rel_props AS properties
"""
CHECKSUM_NODES = (
    "MATCH (n) RETURN elementId(n) AS id, labels(n) AS what, properties(n) AS p ORDER BY id"
)
CHECKSUM_RELATIONSHIPS = (
    "MATCH (a)-[r]->(b) RETURN elementId(r) AS id, [type(r), elementId(a), elementId(b)] "
    "AS what, properties(r) AS p ORDER BY id"
)

# --- derived actor properties (graph/derived.py): computed at load, read by top-actors -------

#: One row per ordered actor pair: non-negated triples, their summed |Goldstein|, first and last
#: date (ISO, "" if none); a pair of negated triples only gives a row with n = 0.
DERIVED_INPUT = """
MATCH (s:Actor)-[r]->(t:Actor)
WITH s.id AS s, t.id AS t, CASE WHEN r.negated THEN null ELSE r END AS kept
RETURN s, t, count(kept) AS n, sum(coalesce(abs(kept.goldstein), 0.0)) AS weight,
       coalesce(toString(min(kept.date)), '') AS first,
       coalesce(toString(max(kept.date)), '') AS last
"""
#: What PageRank needs after an incremental load: every ranked actor's stored out-pairs
#: (``derived.PAIR_KEYS``) and the out-degree they must add up to.
DERIVED_PAIRS = """
MATCH (a:Actor) WHERE a.degree IS NOT NULL
RETURN a.id AS id, a.out_degree AS out_degree, a.out_pairs AS targets,
       a.out_pair_counts AS counts
"""
#: The stored derived properties of the actors ``$ids`` (the ones a load touched); for an actor
#: without them, its triples counted at each end (a self-loop twice), to tell an actor new to
#: triples from one loaded without derived properties.
DERIVED_OF_ACTORS = """
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN a.id AS id, a.out_degree AS out_degree, a.in_degree AS in_degree,
       a.weighted_degree AS weighted_degree, a.first_seen AS first_seen,
       a.last_seen AS last_seen,
       CASE WHEN a.degree IS NULL
            THEN COUNT { (a)-->(:Actor) } + COUNT { (a)<--(:Actor) } END AS ends
"""
DERIVED_WRITE = """
UNWIND $rows AS row
MATCH (a:Actor {id: row.id})
SET a += row.props
"""
#: PageRank moves for every actor when triples are added: written where it changed.
DERIVED_WRITE_PAGERANK = """
UNWIND $rows AS row
MATCH (a:Actor {id: row.id})
WITH a, row WHERE a.pagerank IS NULL OR a.pagerank <> row.pagerank
SET a.pagerank = row.pagerank
"""
#: Actors left without any triple lose their derived properties.
DERIVED_CLEAR = """
MATCH (a:Actor) WHERE a.degree IS NOT NULL AND NOT EXISTS { (a)--(:Actor) }
REMOVE a.out_degree, a.in_degree, a.degree, a.weighted_degree, a.pagerank, a.first_seen,
       a.last_seen, a.out_pairs, a.out_pair_counts
"""

# --- the lean layout for a store written before it (``Store.migrate_lean``) ------------------

#: Relationships of one type still holding their evidence text (or their ends as properties).
LEAN_READ = {
    rel: f"""
MATCH ()-[r:{rel}]->() WHERE r.evidence IS NOT NULL OR r.source IS NOT NULL
RETURN r.id AS id, coalesce(r.article_id, '') AS article, coalesce(r.evidence, '') AS text
LIMIT $limit
"""
    for rel in RELATIONS
}
#: Their text to a Sentence node, the relationship keeping only its id.
LEAN_WRITE = {
    rel: f"""
UNWIND $rows AS row
MATCH ()-[r:{rel} {{id: row.id}}]->()
FOREACH (_ IN CASE WHEN row.sentence IS NULL THEN [] ELSE [1] END |
  MERGE (s:Sentence {{id: row.sentence}})
  SET s.text = row.text, s.article = row.article
  SET r.sentence_id = row.sentence)
REMOVE r.evidence, r.source, r.target, r.relation
"""
    for rel in RELATIONS
}
