// name: dyad-balance
// description: Per pair of actors (either direction) and month: counts of dated, non-negated triples per quad class and their summed Goldstein score.
// param: actor: actor = null -- only pairs that include this actor (null = every pair)
// param: since: date = null -- only relations on or after this date
// param: until: date = null -- only relations on or before this date
// param: limit: int[1..1000000] = 10000 -- at most this many rows
// columns: actor_a:str, actor_b:str, month:str, verbal_coop:int, material_coop:int, verbal_conflict:int, material_conflict:int, triples:int, goldstein:float
MATCH (s:Actor)-[r]->(t:Actor)
WHERE r.date IS NOT NULL AND NOT r.negated
  AND ($actor IS NULL OR s.id = $actor OR t.id = $actor)
  AND ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
WITH CASE WHEN s.id <= t.id THEN s.id ELSE t.id END AS actor_a,
     CASE WHEN s.id <= t.id THEN t.id ELSE s.id END AS actor_b,
     substring(toString(r.date), 0, 7) AS month, r
RETURN actor_a, actor_b, month,
       count(CASE WHEN r.quad_class = 1 THEN 1 END) AS verbal_coop,
       count(CASE WHEN r.quad_class = 2 THEN 1 END) AS material_coop,
       count(CASE WHEN r.quad_class = 3 THEN 1 END) AS verbal_conflict,
       count(CASE WHEN r.quad_class = 4 THEN 1 END) AS material_conflict,
       count(r) AS triples, sum(r.goldstein) AS goldstein
ORDER BY actor_a, actor_b, month
LIMIT $limit
