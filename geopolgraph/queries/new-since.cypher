// name: new-since
// description: Relations (source, type, target) first seen after a date: the earliest dated, non-negated triple is later than `since`.
// param: since: date -- report what first happened after this date
// param: actor: actor = null -- only relations with this actor at either end (null = all)
// param: relations: relations = [] -- only these relation types ([] = all)
// param: limit: int[1..1000000] = 1000 -- at most this many rows
// columns: first_seen:str, last_seen:str, source:str, relation:str, target:str, triples:int, articles:int
MATCH (s:Actor)-[r]->(t:Actor)
WHERE r.date IS NOT NULL AND NOT r.negated
  AND ($actor IS NULL OR s.id = $actor OR t.id = $actor)
  AND (size($relations) = 0 OR type(r) IN $relations)
WITH s.id AS source, type(r) AS relation, t.id AS target, min(r.date) AS first,
     max(r.date) AS last, count(r) AS triples, count(DISTINCT r.article_id) AS articles
WHERE first > $since
RETURN toString(first) AS first_seen, toString(last) AS last_seen, source, relation, target,
       triples, articles
ORDER BY first_seen, source, relation, target
LIMIT $limit
