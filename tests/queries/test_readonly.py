"""Write detection for ad-hoc Cypher: keywords count, strings and comments do not."""

from __future__ import annotations

import pytest

from geopolgraph.errors import QueryError
from geopolgraph.queries.readonly import check_read_only, write_reason

READS = [
    "MATCH (a:Actor) RETURN a.id",
    "MATCH (a:Actor {id: $id})-[r]-(b) RETURN type(r), b.name ORDER BY b.name LIMIT 5",
    "MATCH (a) WHERE a.name = 'CREATE MERGE SET' RETURN a",
    'RETURN "DELETE everything" AS s',
    "MATCH (a) RETURN a // then DETACH DELETE a",
    "MATCH (a) /* SET a.x = 1 */ RETURN a",
    "MATCH (a) RETURN a.set, a.`merge`, {create: 1, remove: 2} AS m",
    "MATCH (a:Actor) RETURN a.created_at, a.settled, a.deleted",
    "MATCH (n:`CREATE`) RETURN n",
    "RETURN $set AS x",
    "CALL db.labels() YIELD label RETURN label",
    "CALL db.schema.visualization()",
    "SHOW INDEXES",
    "WITH 'it\\'s CREATE' AS s RETURN s",
    "UNWIND [1, 2] AS x CALL (x) { RETURN x * 2 AS y } RETURN y",
]
WRITES = [
    ("CREATE (:Actor {id: 'X'})", "CREATE"),
    ("MATCH (a) SET a.x = 1", "SET"),
    ("match (a) set a.x = 1", "SET"),
    ("MERGE (a:Actor {id: $id})", "MERGE"),
    ("MATCH (a) DELETE a", "DELETE"),
    ("MATCH (a) DETACH DELETE a", "DETACH"),
    ("MATCH (a) REMOVE a.pagerank", "REMOVE"),
    ("MATCH (a) REMOVE a:Actor", "REMOVE"),
    ("MATCH p = (a)-->(b) FOREACH (n IN nodes(p) | SET n.seen = true)", "FOREACH"),
    ("LOAD CSV FROM 'file:///x.csv' AS row RETURN row", "LOAD CSV"),
    ("load  csv with headers from $url as row return row", "LOAD CSV"),
    ("CALL db.createLabel('X')", "CALL db.createLabel"),
    ("CALL apoc.create.node(['X'], {})", "CALL apoc.create.node"),
    ("CALL apoc.refactor.mergeNodes([])", "CALL apoc.refactor.mergeNodes"),
    ("CALL apoc.cypher.runWrite('CREATE ()', {})", "CALL apoc.cypher.runWrite"),
    ("CALL apoc.periodic.iterate('a', 'b', {})", "CALL apoc.periodic.iterate"),
    ("MATCH (a) CALL (a) { RETURN a } IN TRANSACTIONS RETURN a",
     "CALL { … } IN TRANSACTIONS"),
    ("MATCH (a) CALL (a) { RETURN a } IN 10 CONCURRENT TRANSACTIONS RETURN a",
     "CALL { … } IN TRANSACTIONS"),
    ("DROP INDEX x", "DROP"),
    ("MATCH (a) RETURN a /* comment */ ; CREATE (b)", "CREATE"),
    ("MATCH (a) WHERE a.name = 'x' CREATE (b)", "CREATE"),
]


@pytest.mark.parametrize("statement", READS)
def test_reads_pass(statement: str) -> None:
    assert write_reason(statement) is None
    check_read_only(statement)


@pytest.mark.parametrize(("statement", "reason"), WRITES)
def test_writes_are_refused_with_the_reason(statement: str, reason: str) -> None:
    assert write_reason(statement) == reason
    with pytest.raises(QueryError, match="refused: the statement writes"):
        check_read_only(statement)
