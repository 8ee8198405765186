// name: supply-chains
// description: Supply chains: SUPPLIES paths (RECEIVES read backwards) of up to `hops` links starting from or ending at an actor, one row per chain of distinct actors.
// param: actor: actor -- where the chains start (direction "from") or end (direction "to")
// param: direction: choice[from|to] = "from" -- chains from the actor or to it
// param: hops: int[1..4] = 3 -- the longest chain, in links
// columns: start:str, end:str, hops:int, chain:str
// A link x -> y is SUPPLIES(x, y) or RECEIVES(y, x). Only one branch of the UNION produces
// rows: the other's $direction test fails right after the id lookup.
MATCH (a:Actor {id: $actor})
CALL (a) {
  WITH a WHERE $direction = 'from'
  MATCH p = (a)((x)-[r:SUPPLIES|RECEIVES]-(y)
                WHERE (type(r) = 'SUPPLIES' AND startNode(r) = x)
                   OR (type(r) = 'RECEIVES' AND endNode(r) = x)){1,4}(:Actor)
  RETURN nodes(p) AS ns
  UNION
  WITH a WHERE $direction = 'to'
  MATCH p = (:Actor)((x)-[r:SUPPLIES|RECEIVES]-(y)
                     WHERE (type(r) = 'SUPPLIES' AND startNode(r) = x)
                        OR (type(r) = 'RECEIVES' AND endNode(r) = x)){1,4}(a)
  RETURN nodes(p) AS ns
}
WITH ns
WHERE size(ns) - 1 <= $hops
  AND all(i IN range(0, size(ns) - 2) WHERE NOT ns[i] IN ns[i + 1..])
WITH DISTINCT [n IN ns | n.id] AS ids
RETURN head(ids) AS start, last(ids) AS end, size(ids) - 1 AS hops,
       reduce(s = head(ids), x IN tail(ids) | s + ' > ' + x) AS chain
ORDER BY hops, chain
