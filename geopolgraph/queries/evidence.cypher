// name: evidence
// description: The sentences, articles and dates behind one source-relation-target, oldest first (undated last).
// param: source: actor -- who does it
// param: relation: relation -- the relation type
// param: target: actor -- to whom
// columns: date:str, article_id:str, outlet:str, published:str, title:str, url:str, sentence:int, line:int, evidence:str, modality:str, negated:bool, attributed_to:str, confidence:float, id:str
MATCH (:Actor {id: $source})-[r]->(:Actor {id: $target})
WHERE type(r) = $relation
OPTIONAL MATCH (art:Article {id: r.article_id})
OPTIONAL MATCH (se:Sentence {id: r.sentence_id})
RETURN coalesce(toString(r.date), '') AS date, r.article_id AS article_id,
       coalesce(art.source, '') AS outlet, coalesce(toString(art.published), '') AS published,
       coalesce(art.title, '') AS title, coalesce(art.url, '') AS url,
       r.sentence AS sentence, r.line AS line, coalesce(se.text, r.evidence, '') AS evidence, r.modality AS modality,
       r.negated AS negated, r.attributed_to AS attributed_to, r.confidence AS confidence,
       r.id AS id
ORDER BY r.date IS NULL, date, article_id, sentence, id
