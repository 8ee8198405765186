// name: between
// description: Every relation between two actors, both directions, with dates, Goldstein and evidence, oldest first (undated last).
// param: a: actor -- one actor
// param: b: actor -- the other actor
// param: since: date = null -- only relations on or after this date (undated ones drop out)
// param: until: date = null -- only relations on or before this date (undated ones drop out)
// param: relations: relations = [] -- only these relation types ([] = all)
// param: limit: int[1..1000000] = 1000 -- at most this many rows (the answer says when more were cut)
// columns: date:str, source:str, relation:str, target:str, cameo:str, quad_class:int, goldstein:float, modality:str, negated:bool, evidence:str, attributed_to:str, article_id:str, sentence:int, id:str
MATCH (:Actor {id: $a})-[r]-(:Actor {id: $b})
WHERE ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
  AND (size($relations) = 0 OR type(r) IN $relations)
WITH DISTINCT r
OPTIONAL MATCH (se:Sentence {id: r.sentence_id})
RETURN coalesce(toString(r.date), '') AS date, startNode(r).id AS source, type(r) AS relation,
       endNode(r).id AS target, r.cameo AS cameo, r.quad_class AS quad_class,
       r.goldstein AS goldstein, r.modality AS modality, r.negated AS negated,
       coalesce(se.text, r.evidence, '') AS evidence, r.attributed_to AS attributed_to, r.article_id AS article_id,
       r.sentence AS sentence, r.id AS id
ORDER BY r.date IS NULL, date, source, target, relation, id
LIMIT $limit
