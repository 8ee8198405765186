"""The bulk first load (Neo4j's offline importer) against the incremental UNWIND MERGE path.

These tests run a second local server in a temporary data folder on this session's port, so
the session's own server is stopped meanwhile and started again afterwards.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from geopolgraph.errors import InputError, ServerError
from geopolgraph.graph import bulk, server
from geopolgraph.graph.store import Store
from geopolgraph.loaders.gdelt import read_gdelt
from geopolgraph.model import Article, Triple
from geopolgraph.queries.synthetic import synthetic_graph

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]

REAL_EXPORT = (Path(__file__).resolve().parents[3] / "shared" / "data" / "gdelt"
               / "20150218230000.export.CSV")


@pytest.fixture(scope="module")
def own_server(tmp_path_factory: pytest.TempPathFactory, neo4j_store: Store) -> Iterator[Path]:
    """An empty local server in a temporary folder (the session's server paused meanwhile)."""
    if os.environ.get("NEO4J_URI"):
        pytest.skip("the bulk load is for the local server (NEO4J_URI is set)")
    neo4j_store.close()
    with server.private_server(tmp_path_factory.mktemp("bulk") / "neo4j") as folder:
        yield folder


def dump(store: Store) -> tuple[list[Any], list[Any]]:
    """Every node (labels, properties) and relationship (type, end ids, properties)."""
    _, nodes = store.run_read("MATCH (n) RETURN labels(n) AS l, properties(n) AS p")
    _, rels = store.run_read(
        "MATCH (a)-[r]->(b) RETURN type(r) AS t, a.id AS a, b.id AS b, properties(r) AS p")

    def norm(props: dict[str, Any]) -> list[tuple[str, str]]:
        return sorted((k, repr(v)) for k, v in props.items())
    return (sorted((sorted(labels), norm(p)) for labels, p in nodes),
            sorted((t, a, b, norm(p)) for t, a, b, p in rels))


def records() -> tuple[list[Triple], dict[str, Any], list[Article]]:
    from geopolgraph.graph.mirror import triples_from_mirror
    from geopolgraph.graph.sync import actors_from_mirror, articles_from_mirror

    G = synthetic_graph(2000, n_actors=40, seed=5)
    triples = triples_from_mirror(G)
    if REAL_EXPORT.exists():  # GDELT measures, places and URLs too
        gdelt = read_gdelt(REAL_EXPORT)
        triples += list(gdelt.triples)
        actors = {**gdelt.actors, **actors_from_mirror(G)}
        return triples, actors, [*articles_from_mirror(G), *gdelt.articles.values()]
    return triples, actors_from_mirror(G), articles_from_mirror(G)


def wipe() -> None:
    with Store() as store:
        store.run_auto("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS")


def test_bulk_and_incremental_loads_give_identical_stores(own_server: Path) -> None:
    triples, actors, articles = records()
    with Store() as store:  # in two loads: the second adds to what the first stored
        store.write_graph(triples[: len(triples) // 2], actors, articles)
        store.write_graph(triples, actors, articles)
        incremental = dump(store)
        counts = store.counts()
    with pytest.raises(InputError, match="needs an empty database"):
        bulk.load_bulk(triples, actors, articles)
    wipe()
    summary = bulk.load_bulk(triples, actors, articles)
    assert summary.triples == len(triples)
    with Store() as store:
        assert store.counts() == counts
        assert dump(store) == incremental
        # incremental loads go on from the bulk-loaded store: reloading changes nothing
        store.write_graph(triples[:500], actors, articles)
        assert dump(store) == incremental


def test_a_failed_bulk_import_leaves_the_previous_store(own_server: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    with Store() as store:
        before = dump(store)
    assert before[0], "the previous test left a store to keep"
    real = bulk.write_import_csvs

    def broken(*args: Any, **kwargs: Any) -> dict[str, Path]:
        files = real(*args, **kwargs)
        with files["triples"].open("a", encoding="utf-8") as stream:
            stream.write('"nobody","nowhere","WARNS"\n')  # a relationship to a missing node
        return files

    monkeypatch.setattr(bulk, "write_import_csvs", broken)
    triples, actors, articles = records()
    with pytest.raises(ServerError, match=r"bulk import failed.*unchanged"):
        bulk.bulk_load(triples[:10], actors, articles)
    assert server.status().running
    with Store() as store:
        assert dump(store) == before
