// name: timeline
// description: An actor's relations over time, in and out, oldest first (undated last).
// param: actor: actor -- whose timeline
// param: since: date = null -- only relations on or after this date (undated ones drop out)
// param: until: date = null -- only relations on or before this date (undated ones drop out)
// param: relations: relations = [] -- only these relation types ([] = all)
// param: limit: int[1..1000000] = 1000 -- at most this many rows (the answer says when more were cut)
// columns: date:str, direction:str, source:str, relation:str, target:str, quad_class:int, goldstein:float, modality:str, negated:bool, evidence:str, article_id:str, id:str
MATCH (a:Actor {id: $actor})-[r]-(:Actor)
WHERE ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
  AND (size($relations) = 0 OR type(r) IN $relations)
WITH DISTINCT a, r
OPTIONAL MATCH (se:Sentence {id: r.sentence_id})
RETURN coalesce(toString(r.date), '') AS date,
       CASE WHEN startNode(r) = a THEN 'out' ELSE 'in' END AS direction,
       startNode(r).id AS source, type(r) AS relation, endNode(r).id AS target,
       r.quad_class AS quad_class, r.goldstein AS goldstein, r.modality AS modality,
       r.negated AS negated, coalesce(se.text, r.evidence, '') AS evidence, r.article_id AS article_id, r.id AS id
ORDER BY r.date IS NULL, date, source, target, relation, id
LIMIT $limit
