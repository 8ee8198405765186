// name: top-actors
// description: The most central actors: triples out and in, weighted degree (summed |Goldstein|) and PageRank over non-negated triples, as stored on each Actor when the graph last changed (graph/derived.py); this query only reads them.
// param: by: choice[pagerank|degree|weighted_degree] = "pagerank" -- what to rank by (ties: by id)
// param: limit: int[1..1000000] = 20 -- at most this many actors
// columns: id:str, name:str, kind:str, out_degree:int, in_degree:int, degree:int, weighted_degree:float, pagerank:float
// an actor with at least one triple carries derived properties (graph/derived.py); asking the
// store for the pattern instead walks a hub's MENTIONS first (11 s at 1M triples)
MATCH (a:Actor)
WHERE a.degree IS NOT NULL
WITH a, coalesce(a.out_degree, 0) AS out_degree, coalesce(a.in_degree, 0) AS in_degree,
     coalesce(a.degree, 0) AS degree, coalesce(a.weighted_degree, 0.0) AS weighted_degree,
     coalesce(a.pagerank, 0.0) AS pagerank
RETURN a.id AS id, a.name AS name, a.kind AS kind, out_degree, in_degree, degree,
       weighted_degree, pagerank
ORDER BY CASE $by WHEN 'degree' THEN degree WHEN 'weighted_degree' THEN weighted_degree
         ELSE pagerank END DESC, id
LIMIT $limit
