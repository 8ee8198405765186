// name: supply-chains
// description: Supply chains: SUPPLIES paths (RECEIVES read backwards) of up to `hops` links starting from or ending at an actor, one row per chain of distinct actors.
// param: actor: actor -- where the chains start (direction "from") or end (direction "to")
// param: direction: choice[from|to] = "from" -- chains from the actor or to it
// param: hops: int[1..4] = 3 -- the longest chain, in links
// columns: start:str, end:str, hops:int, chain:str
// A link x -> y is SUPPLIES(x, y) or RECEIVES(y, x). The chains grow one level at a time over
// *distinct* next actors: walking relationships instead would enumerate every combination of
// parallel triples (thousands of copies of one article make that explode). A step from x
// follows r when "r is SUPPLIES" equals "x is r's start" (direction from), or differs (to).
MATCH (a:Actor {id: $actor})
WITH [[a]] AS trails
CALL (trails) {
  UNWIND trails AS trail
  WITH trail, last(trail) AS x
  MATCH (x)-[r:SUPPLIES|RECEIVES]-(y:Actor)
  WHERE ((type(r) = 'SUPPLIES') = (startNode(r) = x)) = ($direction = 'from')
    AND NOT y IN trail
  WITH DISTINCT trail, y
  RETURN collect(trail + y) AS level1
}
CALL (level1) {
  UNWIND level1 AS trail
  WITH trail, last(trail) AS x
  MATCH (x)-[r:SUPPLIES|RECEIVES]-(y:Actor)
  WHERE $hops >= 2 AND ((type(r) = 'SUPPLIES') = (startNode(r) = x)) = ($direction = 'from')
    AND NOT y IN trail
  WITH DISTINCT trail, y
  RETURN collect(trail + y) AS level2
}
CALL (level2) {
  UNWIND level2 AS trail
  WITH trail, last(trail) AS x
  MATCH (x)-[r:SUPPLIES|RECEIVES]-(y:Actor)
  WHERE $hops >= 3 AND ((type(r) = 'SUPPLIES') = (startNode(r) = x)) = ($direction = 'from')
    AND NOT y IN trail
  WITH DISTINCT trail, y
  RETURN collect(trail + y) AS level3
}
CALL (level3) {
  UNWIND level3 AS trail
  WITH trail, last(trail) AS x
  MATCH (x)-[r:SUPPLIES|RECEIVES]-(y:Actor)
  WHERE $hops >= 4 AND ((type(r) = 'SUPPLIES') = (startNode(r) = x)) = ($direction = 'from')
    AND NOT y IN trail
  WITH DISTINCT trail, y
  RETURN collect(trail + y) AS level4
}
UNWIND level1 + level2 + level3 + level4 AS trail
WITH [n IN trail | n.id] AS walked
WITH CASE WHEN $direction = 'from' THEN walked ELSE reverse(walked) END AS ids
RETURN head(ids) AS start, last(ids) AS end, size(ids) - 1 AS hops,
       reduce(s = head(ids), x IN tail(ids) | s + ' > ' + x) AS chain
ORDER BY hops, chain
