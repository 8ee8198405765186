// name: top-actors
// description: The most central actors: triples out and in, weighted degree (summed |Goldstein|) and PageRank over non-negated triples, as stored on each Actor when the graph last changed (graph/derived.py); this query only reads them.
// param: by: choice[pagerank|degree|weighted_degree] = "pagerank" -- what to rank by (ties: by id)
// param: limit: int[1..1000000] = 20 -- at most this many actors
// columns: id:str, name:str, kind:str, out_degree:int, in_degree:int, degree:int, weighted_degree:float, pagerank:float
// an actor with at least one triple carries derived properties (graph/derived.py), each
// ranking key a range index (graph/statements.py NODE_CONSTRAINTS): the branch for $by reads
// its index in order and stops after $limit actors (ties: PartialTop by id); the others are
// skipped before their scan
CALL () {
  WITH $by AS key WHERE key = 'pagerank'
  MATCH (a:Actor) WHERE a.pagerank IS NOT NULL
  RETURN a ORDER BY a.pagerank DESC, a.id LIMIT $limit
  UNION ALL
  WITH $by AS key WHERE key = 'degree'
  MATCH (a:Actor) WHERE a.degree IS NOT NULL
  RETURN a ORDER BY a.degree DESC, a.id LIMIT $limit
  UNION ALL
  WITH $by AS key WHERE key = 'weighted_degree'
  MATCH (a:Actor) WHERE a.weighted_degree IS NOT NULL
  RETURN a ORDER BY a.weighted_degree DESC, a.id LIMIT $limit
}
WITH a, coalesce(a.out_degree, 0) AS out_degree, coalesce(a.in_degree, 0) AS in_degree,
     coalesce(a.degree, 0) AS degree, coalesce(a.weighted_degree, 0.0) AS weighted_degree,
     coalesce(a.pagerank, 0.0) AS pagerank
RETURN a.id AS id, a.name AS name, a.kind AS kind, out_degree, in_degree, degree,
       weighted_degree, pagerank
ORDER BY CASE $by WHEN 'degree' THEN degree WHEN 'weighted_degree' THEN weighted_degree
         ELSE pagerank END DESC, id
