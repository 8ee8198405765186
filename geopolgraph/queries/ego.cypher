// name: ego
// description: An actor's neighbourhood: every relation reachable in at most `hops` steps (either direction), optionally within a date window and for some relation types.
// param: actor: actor -- the centre
// param: hops: int[1..4] = 2 -- how many steps out (a relation counts when its nearer end is fewer than `hops` steps away)
// param: since: date = null -- only relations on or after this date (undated ones drop out)
// param: until: date = null -- only relations on or before this date (undated ones drop out)
// param: relations: relations = [] -- only these relation types, and only walk along them ([] = all)
// param: limit: int[1..1000000] = 1000 -- at most this many rows (the answer says when more were cut)
// columns: source:str, relation:str, target:str, date:str, cameo:str, goldstein:float, quad_class:int, modality:str, negated:bool, article_id:str, sentence:int, id:str
// The ball of actors fewer than `hops` steps away grows one unrolled level at a time (a hop
// count cannot be a parameter of a pattern); `collect(DISTINCT …)` keeps each level a set.
MATCH (centre:Actor {id: $actor})
WITH [centre] AS ball
CALL (ball) {
  UNWIND ball AS f
  OPTIONAL MATCH (f)-[r]-(n:Actor)
  WHERE $hops >= 2
    AND ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
    AND (size($relations) = 0 OR type(r) IN $relations)
  UNWIND [f, n] AS x
  RETURN collect(DISTINCT x) AS wider
}
WITH wider AS ball
CALL (ball) {
  UNWIND ball AS f
  OPTIONAL MATCH (f)-[r]-(n:Actor)
  WHERE $hops >= 3
    AND ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
    AND (size($relations) = 0 OR type(r) IN $relations)
  UNWIND [f, n] AS x
  RETURN collect(DISTINCT x) AS wider
}
WITH wider AS ball
CALL (ball) {
  UNWIND ball AS f
  OPTIONAL MATCH (f)-[r]-(n:Actor)
  WHERE $hops >= 4
    AND ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
    AND (size($relations) = 0 OR type(r) IN $relations)
  UNWIND [f, n] AS x
  RETURN collect(DISTINCT x) AS wider
}
UNWIND wider AS f
MATCH (f)-[r]-(:Actor)
WHERE ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
  AND (size($relations) = 0 OR type(r) IN $relations)
WITH DISTINCT r
RETURN startNode(r).id AS source, type(r) AS relation, endNode(r).id AS target,
       coalesce(toString(r.date), '') AS date, r.cameo AS cameo, r.goldstein AS goldstein,
       r.quad_class AS quad_class, r.modality AS modality, r.negated AS negated,
       r.article_id AS article_id, r.sentence AS sentence, r.id AS id
ORDER BY r.date IS NULL, date, source, target, relation, id
LIMIT $limit
