"""Named Cypher queries with the same answers on the NetworkX mirror.

>>> sorted(list_queries()["name"])[:3]
['between', 'dyad-balance', 'ego']
"""

from geopolgraph.queries.runner import list_queries, query_subgraph, run_cypher, run_query

__all__ = ["list_queries", "query_subgraph", "run_cypher", "run_query"]
