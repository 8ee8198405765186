// name: top-actors
// description: The most central actors: triples out and in, weighted degree (summed |Goldstein|) and PageRank (computed with networkx, stored as Actor.pagerank), over non-negated triples.
// param: by: choice[pagerank|degree|weighted_degree] = "pagerank" -- what to rank by (ties: by id)
// param: limit: int[1..1000000] = 20 -- at most this many actors
// columns: id:str, name:str, kind:str, out_degree:int, in_degree:int, degree:int, weighted_degree:float, pagerank:float
// requires: pagerank
MATCH (a:Actor)
WHERE EXISTS { (a)--(:Actor) }
CALL (a) {
  OPTIONAL MATCH (a)-[r]->(:Actor) WHERE NOT r.negated
  RETURN count(r) AS out_degree, sum(abs(r.goldstein)) AS out_weight
}
CALL (a) {
  OPTIONAL MATCH (a)<-[r]-(:Actor) WHERE NOT r.negated
  RETURN count(r) AS in_degree, sum(abs(r.goldstein)) AS in_weight
}
// rounded before ranking: float sums taken in another order may differ in the last bit
WITH a, out_degree, in_degree, out_degree + in_degree AS degree,
     round(out_weight + in_weight, 9) AS weighted_degree, coalesce(a.pagerank, 0.0) AS pagerank
RETURN a.id AS id, a.name AS name, a.kind AS kind, out_degree, in_degree, degree,
       weighted_degree, pagerank
ORDER BY CASE $by WHEN 'degree' THEN degree WHEN 'weighted_degree' THEN weighted_degree
         ELSE pagerank END DESC, id
LIMIT $limit
