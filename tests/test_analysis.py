"""geopolgraph.analysis on small inline graphs (the notebooks' helpers)."""

from __future__ import annotations

import doctest

import networkx as nx
import pandas as pd
import pytest

from geopolgraph import analysis
from geopolgraph.analysis import (
    actor_graph,
    centrality,
    changes_between,
    communities,
    dyad_timeline,
    goldstein_by_month,
    relation_summary,
    triples_frame,
)
from geopolgraph.errors import InputError
from geopolgraph.graph.mirror import build_mirror
from geopolgraph.model import Actor, Triple


def t(source, relation, target, date="", quad=0, goldstein=0.0, n=0, negated=False):
    return Triple(source, relation, target, date=date, quad_class=quad, goldstein=goldstein,
                  article_id="a", sentence=n, negated=negated)


TRIPLES = [
    t("RUS", "VISITS", "PRK", "2024-06-19", 1, 1.9, 1),
    t("PRK", "SUPPLIES", "RUS", "2024-06-20", 2, 7.0, 2),
    t("USA", "WARNS", "RUS", "2024-06-20", 3, -4.4, 3),
    t("USA", "WARNS", "RUS", "2024-07-02", 3, -4.4, 4),
    t("RUS", "ATTACKS", "UKR", "2024-07-03", 4, -10.0, 5),
    t("RUS", "COOPERATES", "PRK", "2024-07-03", 1, 3.5, 6, negated=True),
    t("KOR", "CONSULTS", "USA", "", 1, 1.0, 7),
]
ACTORS = {"RUS": Actor("RUS", "Russia"), "PRK": Actor("PRK", "North Korea"),
          "USA": Actor("USA", "United States")}


@pytest.fixture
def G() -> nx.MultiDiGraph:
    return build_mirror(TRIPLES, ACTORS)


def test_doctests():
    flags = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
    assert doctest.testmod(analysis, optionflags=flags).failed == 0


def test_triples_frame_columns_and_negation(G):
    df = triples_frame(TRIPLES)
    assert len(df) == 6  # the negated triple is left out
    assert len(triples_frame(TRIPLES, include_negated=True)) == 7
    assert set(Triple.field_names()) <= set(df.columns)
    assert {"day", "month", "quad", "dyad"} <= set(df.columns)
    undated = df[df["source"] == "KOR"].iloc[0]
    assert undated["month"] == "" and pd.isna(undated["day"])
    from_graph = triples_frame(G)
    assert len(from_graph) == 6
    assert from_graph.set_index("source").loc["PRK", "source_name"] == "North Korea"


def test_triples_frame_is_idempotent_on_a_frame():
    df = triples_frame(TRIPLES)
    pd.testing.assert_frame_equal(triples_frame(df), df)


def test_relation_summary_counts_per_relation_and_quad():
    out = relation_summary(TRIPLES).set_index("relation")
    assert out.loc["WARNS", "triples"] == 2
    assert out.loc["WARNS", "goldstein"] == pytest.approx(-8.8)
    assert out.loc["WARNS", "quad"] == "verbal conflict"
    assert "COOPERATES" not in out.index  # negated
    assert out.index[0] == "WARNS"


def test_dyad_timeline_splits_cooperation_and_conflict():
    out = dyad_timeline(TRIPLES).set_index(["dyad", "period"])
    assert out.loc[("PRK–RUS", "2024-06"), ["cooperation", "conflict", "triples"]].tolist() == [
        2, 0, 2]
    assert out.loc[("RUS–USA", "2024-07"), "goldstein"] == pytest.approx(-4.4)
    assert "KOR–USA" not in out.index.get_level_values("dyad")  # undated
    days = dyad_timeline(TRIPLES, freq="day")
    assert set(days["period"]) == {"2024-06-19", "2024-06-20", "2024-07-02", "2024-07-03"}
    with pytest.raises(ValueError, match="freq"):
        dyad_timeline(TRIPLES, freq="week")


def test_goldstein_by_month_pivot():
    table = goldstein_by_month(TRIPLES, top=2)
    assert list(table.columns) == ["PRK–RUS", "RUS–USA"]  # 2 triples each, ties by name
    assert list(table.index) == ["2024-06", "2024-07"]
    assert table.loc["2024-06", "PRK–RUS"] == pytest.approx(8.9)
    assert table.loc["2024-07", "PRK–RUS"] == 0.0
    chosen = goldstein_by_month(TRIPLES, dyads=["RUS–UKR", "nope"])
    assert list(chosen.columns) == ["RUS–UKR"]


def test_actor_graph_collapses_and_drops_negated_and_self_loops():
    G = build_mirror([*TRIPLES, t("USA", "MEETS", "USA", n=9)], ACTORS)
    D = actor_graph(G)
    assert D["USA"]["RUS"]["weight"] == 2
    assert not D.has_edge("USA", "USA")
    assert D["RUS"]["PRK"]["weight"] == 1  # the negated COOPERATES does not count
    U = actor_graph(G, directed=False)
    assert U["RUS"]["PRK"]["weight"] == 2


def test_centrality_ranks_the_hub(G):
    out = centrality(G, top=None)
    assert set(out["id"]) == {"RUS", "PRK", "USA", "UKR", "KOR"}
    top_between = out.sort_values("betweenness", ascending=False).iloc[0]
    assert top_between["id"] == "RUS"
    assert out.set_index("id").loc["RUS", "degree"] == 5
    assert out["pagerank"].sum() == pytest.approx(1.0, abs=1e-5)
    assert len(centrality(G, top=2)) == 2
    assert centrality(nx.MultiDiGraph()).empty


def test_communities_are_deterministic_and_cover_every_actor(G):
    first = communities(G, seed=7)
    assert first.equals(communities(G, seed=7))
    members = [a for row in first["actors"] for a in row.split(", ")]
    assert sorted(members) == ["KOR", "PRK", "RUS", "UKR", "USA"]
    assert first["size"].sum() == 5


def test_changes_between_statuses():
    ts = [t("A", "WARNS", "B", "2024-01-05", n=1), t("A", "WARNS", "B", "2024-02-05", n=2),
          t("A", "WARNS", "B", "2024-02-06", n=3), t("C", "VISITS", "D", "2024-01-07", n=4),
          t("E", "MEETS", "F", "2024-02-07", n=5), t("G", "AGREES", "H", "2024-01-02", n=6),
          t("G", "AGREES", "H", "2024-02-02", n=7), t("X", "MEETS", "Y", "", n=8)]
    out = changes_between(ts, ("2024-01-01", "2024-01-31"), ("2024-02-01", None))
    status = dict(zip(out["source"], out["status"], strict=True))
    assert status == {"A": "more", "C": "gone", "E": "new", "G": "same"}
    assert out["status"].tolist() == ["new", "gone", "more", "same"]
    empty = changes_between(ts, ("2030-01-01", None), ("2031-01-01", None))
    assert empty.empty and "status" in empty.columns


def test_changes_between_rejects_bad_dates():
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        changes_between(TRIPLES, ("June", None), (None, None))


# --- one actor's year ---------------------------------------------------------------------

YEAR = [
    t("CHN", "VISITS", "RUS", "2023-03-02", 1, 2.0, 1),
    t("RUS", "PRAISES", "CHN", "2023-03-05", 1, 3.0, 2),
    t("USA", "WARNS", "CHN", "2023-09-10", 3, -4.0, 3),
    t("CHN", "ATTACKS", "PHL", "2023-09-11", 4, -10.0, 4),
    t("CHN", "VISITS", "RUS", "2024-01-02", 1, 2.0, 5),
    t("USA", "WARNS", "RUS", "2023-05-01", 3, -4.0, 6),  # not China's
]


def test_actor_year_keeps_the_actors_triples_of_its_busiest_year() -> None:
    year = analysis.actor_year(YEAR, "CHN")
    assert year.attrs == {"actor": "CHN", "year": 2023}
    assert year["partner"].tolist() == ["RUS", "RUS", "USA", "PHL"]
    assert year["direction"].tolist() == ["out", "in", "in", "out"]
    assert analysis.actor_year(YEAR, "CHN", 2024)["date"].tolist() == ["2024-01-02"]
    with pytest.raises(ValueError, match="no dated triples"):
        analysis.busiest_year(YEAR, "IDN")


def test_monthly_balance_has_every_month_on_real_dates() -> None:
    balance = analysis.monthly_balance(analysis.actor_year(YEAR, "CHN"))
    assert len(balance) == 12 and isinstance(balance.index, pd.DatetimeIndex)
    assert balance.loc["2023-03-01", "cooperation"] == 2
    assert balance.loc["2023-09-01", ["conflict", "balance", "goldstein"]].tolist() == [
        2.0, -2.0, -14.0]
    assert balance.loc["2023-06-01"].sum() == 0


def test_partners_and_biggest_changes() -> None:
    year = analysis.actor_year(YEAR, "CHN")
    table = analysis.partners(year)
    assert table[["partner", "triples", "cooperation", "conflict"]].values.tolist() == [
        ["RUS", 2, 2, 0], ["PHL", 1, 0, 1], ["USA", 1, 0, 1]]
    changes = analysis.biggest_changes(year, top=3)
    assert changes.iloc[0].tolist() == ["PHL", "2023-09", 0.0, -10.0, -10.0]
    assert analysis.biggest_changes(year.iloc[0:0]).empty


def test_plots_put_months_on_a_date_axis_to_scale() -> None:
    import matplotlib

    matplotlib.use("Agg")
    from geopolgraph.plots import on_date_axis, plot_monthly_balance, plot_partners

    table = goldstein_by_month([t("USA", "WARNS", "RUS", "2014-02-18", 3, -4.0, 1),
                                t("USA", "WARNS", "RUS", "2015-02-18", 3, -4.0, 2)])
    dated = on_date_axis(table)
    assert len(dated) == 13 and dated.iloc[6].sum() == 0
    year = analysis.actor_year(YEAR, "CHN")
    ax = plot_monthly_balance(analysis.monthly_balance(year))
    assert len(ax.patches) == 24  # a cooperation and a conflict bar for each month
    assert len(plot_partners(analysis.partners(year)).patches) == 6
