// name: path
// description: The shortest paths between two actors (any relation, either direction), one row per step and relation along each path.
// param: source: actor -- where the paths start
// param: target: actor -- where they end
// param: max_hops: int[1..6] = 4 -- give up beyond this many steps
// columns: chain:str, hops:int, step:int, source:str, relation:str, target:str, triples:int
// The relationship types are spelled out (model.RELATIONS, checked by a test) so the search
// never walks through an Article's MENTIONS.
MATCH (a:Actor {id: $source}), (b:Actor {id: $target})
WHERE a <> b
MATCH p = allShortestPaths((a)-[:APPEALS|AGREES|CONSULTS|VISITS|MEETS|MEDIATES|COOPERATES|SUPPORTS|PRAISES|SUPPLIES|RECEIVES|YIELDS|MONITORS|INVESTIGATES|DEMANDS|CRITICIZES|ACCUSES|REJECTS|DENIES|WARNS|THREATENS|PROVOKES|PROTESTS|MOBILIZES|SANCTIONS|COERCES|ATTACKS*..6]-(b))
WITH p WHERE length(p) <= $max_hops
WITH DISTINCT nodes(p) AS ns
WITH ns, [n IN ns | n.id] AS ids
UNWIND range(0, size(ns) - 2) AS i
WITH ids, i, ns[i] AS x, ns[i + 1] AS y
MATCH (x)-[r]-(y)
WITH reduce(s = head(ids), v IN tail(ids) | s + ' > ' + v) AS chain, size(ids) - 1 AS hops,
     i + 1 AS step, startNode(r).id AS source, type(r) AS relation, endNode(r).id AS target,
     count(r) AS triples
RETURN chain, hops, step, source, relation, target, triples
ORDER BY chain, step, source, relation, target
