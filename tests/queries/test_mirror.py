"""The mirror implementations on a small graph whose answers are known by hand."""

from __future__ import annotations

from typing import Any

import pytest

from geopolgraph.graph.mirror import build_mirror
from geopolgraph.model import Actor, Article, Triple
from geopolgraph.queries.runner import query_subgraph, run_query


def t(s: str, rel: str, o: str, date: str = "", sent: int = 0, **kw: Any) -> Triple:
    quad = {"VISITS": 1, "SUPPLIES": 2, "RECEIVES": 2, "WARNS": 3, "ATTACKS": 4}.get(rel, 1)
    return Triple(s, rel, o, date=date, article_id="art", sentence=sent, quad_class=quad,
                  goldstein=float(quad), evidence=f"s{sent}", **kw)


@pytest.fixture
def G() -> Any:
    triples = [
        t("RUS", "SUPPLIES", "PRK", "2024-06-19", 1),
        t("PRK", "RECEIVES", "CHN", "2024-05-01", 2),   # CHN supplies PRK
        t("PRK", "SUPPLIES", "IRN", "2024-07-01", 3),
        t("USA", "WARNS", "RUS", "2024-06-10", 4),
        t("USA", "WARNS", "RUS", "2024-06-12", 5),
        t("USA", "WARNS", "RUS", "", 6),
        t("RUS", "ATTACKS", "UKR", "2024-06-11", 7),
        t("RUS", "WARNS", "USA", "2024-07-02", 8, negated=True),
        t("UN", "VISITS", "UKR", "2023-01-01", 9),
    ]
    actors = {a: Actor(a, a.title()) for a in ("RUS", "PRK", "CHN", "IRN", "USA", "UKR", "UN")}
    arts = [Article("art", "", source="Outlet", published="2024-07-03", title="T")]
    return build_mirror(triples, actors, arts)


def q(G: Any, name: str, **params: Any) -> Any:
    return run_query(name, params, backend="mirror", graph=G)


def test_supply_chains_read_receives_backwards(G: Any) -> None:
    assert q(G, "supply-chains", actor="CHN")["chain"].tolist() == [
        "CHN > PRK", "CHN > PRK > IRN"]
    assert q(G, "supply-chains", actor="IRN", direction="to", hops=1)["chain"].tolist() == [
        "PRK > IRN"]
    assert q(G, "supply-chains", actor="IRN", direction="to")["chain"].tolist() == [
        "PRK > IRN", "CHN > PRK > IRN", "RUS > PRK > IRN"]


def test_ego_counts_relations_whose_near_end_is_inside(G: Any) -> None:
    one = q(G, "ego", actor="UN", hops=1)
    assert one[["source", "relation", "target"]].values.tolist() == [["UN", "VISITS", "UKR"]]
    two = q(G, "ego", actor="UN", hops=2)
    assert sorted(set(two["source"] + ">" + two["target"])) == ["RUS>UKR", "UN>UKR"]
    dated = q(G, "ego", actor="USA", hops=1, since="2024-06-11")
    assert dated["date"].tolist() == ["2024-06-12", "2024-07-02"]


def test_between_is_both_directions_oldest_first_undated_last(G: Any) -> None:
    frame = q(G, "between", a="RUS", b="USA")
    assert frame["date"].tolist() == ["2024-06-10", "2024-06-12", "2024-07-02", ""]
    assert frame["negated"].tolist() == [False, False, True, False]


def test_who_does_skips_negated(G: Any) -> None:
    frame = q(G, "who-does", relation="WARNS")
    assert frame[["source", "target", "triples", "first_date", "last_date"]].values.tolist() == [
        ["USA", "RUS", 3, "2024-06-10", "2024-06-12"]]
    assert frame["source_name"].tolist() == ["Usa"]


def test_path_lists_each_relation_along_the_way(G: Any) -> None:
    frame = q(G, "path", source="UN", target="USA")
    assert set(frame["chain"]) == {"UN > UKR > RUS > USA"}
    assert frame[["step", "source", "relation", "target", "triples"]].values.tolist() == [
        [1, "UN", "VISITS", "UKR", 1],
        [2, "RUS", "ATTACKS", "UKR", 1],
        [3, "RUS", "WARNS", "USA", 1],
        [3, "USA", "WARNS", "RUS", 3],
    ]
    assert q(G, "path", source="UN", target="USA", max_hops=2).empty


def test_dyad_balance_per_month(G: Any) -> None:
    frame = q(G, "dyad-balance", actor="USA")
    assert frame.to_dict("records") == [{
        "actor_a": "RUS", "actor_b": "USA", "month": "2024-06", "verbal_coop": 0,
        "material_coop": 0, "verbal_conflict": 2, "material_conflict": 0, "triples": 2,
        "goldstein": 6.0,
    }]


def test_top_actors_and_dtypes(G: Any) -> None:
    frame = q(G, "top-actors", by="degree", limit=2)
    assert frame["id"].tolist() == ["RUS", "PRK"]
    assert frame.loc[0, "degree"] == 5  # 2 out (SUPPLIES, ATTACKS) + 3 in, negated skipped
    assert [str(t) for t in frame.dtypes] == [
        "object", "object", "object", "int64", "int64", "int64", "float64", "float64"]
    assert frame["pagerank"].between(0, 1).all()


def test_evidence_and_new_since(G: Any) -> None:
    ev = q(G, "evidence", source="USA", relation="WARNS", target="RUS")
    assert ev["evidence"].tolist() == ["s4", "s5", "s6"]
    assert set(ev["outlet"]) == {"Outlet"} and set(ev["published"]) == {"2024-07-03"}
    new = q(G, "new-since", since="2024-06-15")
    assert new[["source", "relation", "target"]].values.tolist() == [
        ["RUS", "SUPPLIES", "PRK"], ["PRK", "SUPPLIES", "IRN"]]


def test_empty_answers_keep_columns_and_dtypes(G: Any) -> None:
    frame = q(G, "timeline", actor="UN", since="2030-01-01")
    assert frame.empty and list(frame.columns)[:3] == ["date", "direction", "source"]
    assert str(frame["goldstein"].dtype) == "float64"


def test_query_subgraph_holds_what_the_answer_names(G: Any) -> None:
    H = query_subgraph("supply-chains", {"actor": "CHN"}, backend="mirror", graph=G)
    assert sorted(H.nodes) == ["CHN", "IRN", "PRK"]
    assert sorted(d["relation"] for _, _, d in H.edges(data=True)) == ["RECEIVES", "SUPPLIES"]
    H = query_subgraph("who-does", {"relation": "WARNS"}, backend="mirror", graph=G)
    assert H.number_of_edges() == 3 and H.graph["articles"]["art"]["title"] == "T"
    H = query_subgraph("evidence", {"source": "USA", "relation": "WARNS", "target": "RUS"},
                       backend="mirror", graph=G)
    assert H.number_of_edges() == 3


def test_limits_cut_and_say_so(G: Any) -> None:
    import warnings

    from geopolgraph.errors import GeopolgraphWarning

    with pytest.warns(GeopolgraphWarning, match=r"ego: more than 2 rows match"):
        frame = q(G, "ego", actor="RUS", limit=2)
    assert len(frame) == 2 and frame.attrs["cut"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # exactly as many rows as the limit: no warning
        n = len(q(G, "timeline", actor="RUS"))
        assert len(q(G, "timeline", actor="RUS", limit=n)) == n
