// name: who-does
// description: Who does a relation type to whom: one row per source-target pair with its count of (non-negated) triples, most first.
// param: relation: relation -- the relation type (SUPPLIES, WARNS, …)
// param: since: date = null -- only relations on or after this date (undated ones drop out)
// param: until: date = null -- only relations on or before this date (undated ones drop out)
// param: limit: int[1..1000000] = 100 -- at most this many pairs
// columns: source:str, source_name:str, relation:str, target:str, target_name:str, triples:int, first_date:str, last_date:str
MATCH (s:Actor)-[r]->(t:Actor)
WHERE type(r) = $relation AND NOT r.negated
  AND ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
WITH s, t, count(r) AS triples, min(r.date) AS first, max(r.date) AS last
RETURN s.id AS source, s.name AS source_name, $relation AS relation, t.id AS target,
       t.name AS target_name, triples,
       coalesce(toString(first), '') AS first_date, coalesce(toString(last), '') AS last_date
ORDER BY triples DESC, source, target
LIMIT $limit
