"""Every named query gives the same DataFrame on Neo4j and on the mirror.

Cases are ``(query, params)`` with ``{p}`` standing for the graph's id prefix. Queries confined
to the given actors compare with the mirror that was loaded; queries over the whole store
(who-does, top-actors, dyad-balance and new-since without an actor) compare with the store read
back, since other data may share the server.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import pytest

from geopolgraph.errors import GeopolgraphWarning, QueryError
from geopolgraph.queries.catalog import load_catalog
from geopolgraph.queries.runner import run_query

pytestmark = pytest.mark.neo4j

SEED_CASES: list[tuple[str, dict[str, Any]]] = [
    ("ego", {"actor": "{p}RUS", "hops": 1}),
    ("ego", {"actor": "{p}RUS"}),
    ("ego", {"actor": "{p}UN", "hops": 3, "relations": "MONITORS,INVESTIGATES,VISITS"}),
    ("ego", {"actor": "{p}PRK", "hops": 2, "since": "2024-06-01", "until": "2024-06-30"}),
    ("between", {"a": "{p}RUS", "b": "{p}PRK"}),
    ("between", {"a": "{p}USA", "b": "{p}RUS", "relations": "WARNS"}),
    ("who-does", {"relation": "WARNS"}),
    ("who-does", {"relation": "SUPPLIES"}),
    ("supply-chains", {"actor": "{p}RUS"}),
    ("supply-chains", {"actor": "{p}PRK", "direction": "to", "hops": 4}),
    ("path", {"source": "{p}UN", "target": "{p}USA"}),
    ("path", {"source": "{p}VNM", "target": "{p}KOR", "max_hops": 6}),
    ("dyad-balance", {}),
    ("dyad-balance", {"actor": "{p}RUS"}),
    ("top-actors", {}),
    ("top-actors", {"by": "degree", "limit": 1000}),
    ("evidence", {"source": "{p}USA", "relation": "WARNS", "target": "{p}RUS"}),
    ("evidence", {"source": "{p}RUS", "relation": "VISITS", "target": "{p}PRK"}),
    ("new-since", {"since": "2024-01-01"}),
    ("new-since", {"since": "2000-01-01", "actor": "{p}PRK"}),
    ("timeline", {"actor": "{p}RUS"}),
    ("timeline", {"actor": "{p}PRK", "since": "2024-06-15", "relations": "VISITS,SUPPLIES"}),
]

SYNTH_CASES: list[tuple[str, dict[str, Any]]] = [
    ("ego", {"actor": "{p}A00005", "hops": 1}),
    ("ego", {"actor": "{p}A00030", "hops": 2, "relations": "WARNS,SUPPLIES,RECEIVES"}),
    ("ego", {"actor": "{p}A00040", "hops": 3, "since": "2022-01-01", "until": "2023-06-30"}),
    ("ego", {"actor": "{p}A00059", "hops": 4, "relations": ["ATTACKS"]}),
    ("between", {"a": "{p}A00000", "b": "{p}A00001"}),
    ("between", {"a": "{p}A00003", "b": "{p}A00003"}),
    ("between", {"a": "{p}A00002", "b": "{p}A00009", "since": "2021-01-01", "until": "2022-12-31"}),
    ("who-does", {"relation": "WARNS"}),
    ("who-does", {"relation": "SUPPLIES", "since": "2023-01-01", "limit": 5}),
    ("who-does", {"relation": "ATTACKS", "until": "2021-06-30", "limit": 1000}),
    ("supply-chains", {"actor": "{p}A00000", "hops": 2}),
    ("supply-chains", {"actor": "{p}A00002", "direction": "to", "hops": 3}),
    ("supply-chains", {"actor": "{p}A00050", "hops": 4}),
    ("path", {"source": "{p}A00010", "target": "{p}A00035"}),
    ("path", {"source": "{p}A00055", "target": "{p}A00058", "max_hops": 2}),
    ("path", {"source": "{p}A00056", "target": "{p}A00059", "max_hops": 1}),
    ("dyad-balance", {"actor": "{p}A00004"}),
    ("dyad-balance", {"since": "2024-01-01", "limit": 500}),
    ("top-actors", {}),
    ("top-actors", {"by": "degree", "limit": 100}),
    ("top-actors", {"by": "weighted_degree", "limit": 100}),
    ("evidence", {"source": "{p}A00000", "relation": "WARNS", "target": "{p}A00001"}),
    ("new-since", {"since": "2024-06-01"}),
    ("new-since", {"since": "2023-01-01", "actor": "{p}A00000", "relations": "WARNS,ATTACKS"}),
    ("timeline", {"actor": "{p}A00007"}),
    ("timeline", {"actor": "{p}A00007", "since": "2022-01-01", "relations": ["ATTACKS"]}),
    # limits cut the same rows on both backends
    ("ego", {"actor": "{p}A00005", "hops": 2, "limit": 7}),
    ("between", {"a": "{p}A00000", "b": "{p}A00001", "limit": 3}),
    ("timeline", {"actor": "{p}A00000", "limit": 5}),
    ("supply-chains", {"actor": "{p}A00000", "direction": "to", "hops": 4}),
]

_ACTOR_PARAMS = {"actor", "a", "b", "source", "target"}


def _fill(params: dict[str, Any], prefix: str) -> dict[str, Any]:
    return {
        k: v.replace("{p}", prefix) if isinstance(v, str) else v for k, v in params.items()
    }


def _whole_store(name: str, params: dict[str, Any]) -> bool:
    return not (_ACTOR_PARAMS & set(params))


def _check(loaded: Any, name: str, params: dict[str, Any]) -> None:
    values = _fill(params, loaded.prefix)
    mirror = loaded.store() if _whole_store(name, params) else loaded.graph
    got = run_query(name, values, backend="neo4j", store=loaded.db)
    want = run_query(name, values, backend="mirror", graph=mirror)
    pd.testing.assert_frame_equal(got, want, check_exact=False, rtol=1e-9, atol=1e-12)


def _id(case: tuple[str, dict[str, Any]]) -> str:
    name, params = case
    return name + "[" + ",".join(f"{k}={v}" for k, v in params.items()) + "]"


def test_cases_cover_every_query() -> None:
    for cases in (SEED_CASES, SYNTH_CASES):
        assert {name for name, _ in cases} == set(load_catalog())


@pytest.mark.parametrize("case", SEED_CASES, ids=_id)
def test_parity_on_the_seed_article(loaded_seed: Any, case: tuple[str, dict[str, Any]]) -> None:
    _check(loaded_seed, *case)


@pytest.mark.parametrize("case", SYNTH_CASES, ids=_id)
def test_parity_on_a_synthetic_graph(
    loaded_synth: Any, case: tuple[str, dict[str, Any]]
) -> None:
    _check(loaded_synth, *case)


def test_synthetic_cases_are_not_all_empty(loaded_synth: Any) -> None:
    loaded = loaded_synth
    sizes = [
        len(run_query(n, _fill(p, loaded.prefix), backend="mirror", graph=loaded.graph))
        for n, p in SYNTH_CASES
    ]
    assert sum(1 for s in sizes if s) >= len(sizes) - 2


@pytest.mark.parametrize("backend", ["neo4j", "mirror"])
def test_unknown_actor_is_refused_on_both_backends(loaded_synth: Any, backend: str) -> None:
    loaded = loaded_synth
    actor = loaded.prefix + "A0001"  # one digit short
    with pytest.raises(QueryError, match=r"unknown actor id .*closest: .*A0001"):
        run_query(
            "timeline", {"actor": actor}, backend=backend, graph=loaded.graph, store=loaded.db
        )


def test_top_actors_reads_the_pagerank_stored_at_load(loaded_synth: Any) -> None:
    loaded = loaded_synth
    frame = run_query("top-actors", {"limit": 3}, backend="neo4j", store=loaded.db)
    records = loaded.db.read(
        "MATCH (a:Actor) WHERE a.id IN $ids RETURN a.id AS id, a.pagerank AS pr ORDER BY id",
        {"ids": list(frame["id"])},
    )
    stored = {r["id"]: r["pr"] for r in records}
    assert stored == pytest.approx(dict(zip(frame["id"], frame["pagerank"], strict=True)))


@pytest.mark.parametrize("which", ["seed", "synth"])
def test_every_named_query_leaves_the_store_unchanged(request: Any, which: str) -> None:
    """Named queries only read: a checksum of every node and relationship (labels, types,
    endpoints, properties) is the same before and after running all of them."""
    loaded = request.getfixturevalue(f"loaded_{which}")
    cases = SEED_CASES if which == "seed" else SYNTH_CASES
    before = loaded.db.checksum()
    for name, params in cases:
        run_query(name, _fill(params, loaded.prefix), backend="neo4j", store=loaded.db)
    assert loaded.db.checksum() == before


def test_analyze_recomputes_what_the_load_stored(loaded_synth: Any) -> None:
    from geopolgraph.cli import main

    before = loaded_synth.db.checksum()
    assert main(["analyze"]) == 0
    assert loaded_synth.db.checksum() == before  # the load already stored the same values


def test_read_only_cypher_runs_and_refuses_writes(loaded_synth: Any) -> None:
    loaded = loaded_synth
    from geopolgraph.queries.runner import run_cypher

    prefix = loaded.prefix
    frame = run_cypher(
        "MATCH (a:Actor) WHERE a.id STARTS WITH $p RETURN count(a) AS n",
        {"p": prefix}, store=loaded.db,
    )
    assert frame["n"].tolist() == [loaded.graph.number_of_nodes()]
    with pytest.raises(QueryError, match="refused"):
        run_cypher("MATCH (a:Actor {id: $p}) SET a.x = 1", {"p": prefix}, store=loaded.db)
    # a write that slips past the text check is refused by the server's plan ...
    with pytest.raises(QueryError, match="plans this statement as more than a read"):
        loaded.db.run_read("CREATE (:Scratch)")
    # ... and, were that skipped, by the read transaction
    with pytest.raises(QueryError, match="server refused"):
        loaded.db.run_read("CREATE (:Scratch)", check=False)


def test_query_subgraph_same_on_both_backends(loaded_synth: Any) -> None:
    loaded = loaded_synth
    from geopolgraph.queries.runner import query_subgraph

    params = {"actor": loaded.prefix + "A00007", "hops": 1}
    a = query_subgraph("ego", params, "neo4j", store=loaded.db)
    b = query_subgraph("ego", params, "mirror", graph=loaded.graph)
    assert sorted(a.edges(keys=True)) == sorted(b.edges(keys=True))
    assert sorted(a.nodes) == sorted(b.nodes)


@pytest.mark.parametrize("backend", ["neo4j", "mirror"])
def test_a_limit_that_cuts_says_so_on_both_backends(loaded_synth: Any, backend: str) -> None:
    loaded = loaded_synth
    params = {"actor": loaded.prefix + "A00000", "limit": 4}
    with pytest.warns(GeopolgraphWarning, match="timeline: more than 4 rows match"):
        frame = run_query("timeline", params, backend=backend, graph=loaded.graph,
                          store=loaded.db)
    assert len(frame) == 4 and frame.attrs["cut"]
