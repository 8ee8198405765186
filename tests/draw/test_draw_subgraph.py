"""geopolgraph.graph.subgraph: the ego and date slices the CLI and named queries share."""

from __future__ import annotations

import pytest
from drawkit import seed_like_graph

from geopolgraph.errors import InputError
from geopolgraph.graph.subgraph import subgraph_for_dates, subgraph_for_ego


@pytest.mark.parametrize(("actor", "hops", "expected"), [
    ("VNM", 0, {"VNM"}),
    ("VNM", 1, {"VNM", "RUS"}),
    ("vietnam", 2, {"VNM", "RUS", "PRK", "USA", "MEDIA:vedomosti"}),
    ("UN", 1, {"UN", "PRK"}),
])
def test_ego_network_follows_edges_both_ways(actor, hops, expected):
    H = subgraph_for_ego(seed_like_graph(), actor, hops)
    assert set(H) == expected
    assert H.graph["articles"]


def test_unknown_actor_is_an_input_error_naming_it():
    with pytest.raises(InputError, match="unknown actor 'Atlantis'"):
        subgraph_for_ego(seed_like_graph(), "Atlantis", 1)


def test_date_window_is_inclusive_and_drops_orphaned_actors():
    G = seed_like_graph()
    H = subgraph_for_dates(G, since="2024-06-19", until="2024-06-20")
    assert sorted(d["relation"] for *_, d in H.edges(data=True)) == ["MEETS", "VISITS", "VISITS"]
    assert set(H) == {"RUS", "PRK", "VNM"}
    assert subgraph_for_dates(G).number_of_edges() == G.number_of_edges()


def test_undated_triples_count_under_their_article_date():
    # PRK ATTACKS KOR has no date; the seed article was published 2024-06-16
    H = subgraph_for_dates(seed_like_graph(), since="2024-06-16", until="2024-06-16")
    assert [d["relation"] for *_, d in H.edges(data=True)] == ["ATTACKS"]


@pytest.mark.parametrize(("since", "until", "message"), [
    ("10/6/2024", None, "--since: expected a date as YYYY-MM-DD"),
    ("2024-06-20", "2024-06-01", "--since 2024-06-20 is after --until 2024-06-01"),
])
def test_bad_dates_are_input_errors(since, until, message):
    with pytest.raises(InputError, match=message):
        subgraph_for_dates(seed_like_graph(), since, until)
