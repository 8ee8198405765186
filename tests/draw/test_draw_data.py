"""The page's data without a browser: collapsing, colours, escaping, max_nodes, large graphs."""

from __future__ import annotations

import html
import json
import re

import networkx as nx
import pytest
from drawkit import (
    HOSTILE_EVIDENCE,
    HOSTILE_NAME,
    HOSTILE_TITLE,
    PWN_IMG,
    PWN_SCRIPT,
    decoded_triples,
    hostile_graph,
    seed_like_graph,
)

from geopolgraph.draw import (
    QUAD_STYLES,
    collapse_edges,
    display,
    edge_color,
    fast_layout,
    graph_page,
    page_data,
    script_json,
    write_html,
)
from geopolgraph.graph.mirror import build_mirror
from geopolgraph.model import Actor, Article, Triple


def T(s: str, r: str, t: str, i: int = 0, **kw: object) -> Triple:
    return Triple(source=s, relation=r, target=t, sentence=i, article_id=str(kw.pop("a", "a")),
                  **kw)  # type: ignore[arg-type]


def embedded(page: str) -> dict:
    block = re.search(r'<script type="application/json" id="gpg-data">(.*?)</script>', page, re.S)
    assert block is not None
    return json.loads(block.group(1))


# ---- collapsing ---------------------------------------------------------------------------

def test_parallel_triples_of_one_relation_become_one_edge_with_a_count():
    G = build_mirror([
        T("RUS", "VISITS", "PRK", 1, date="2024-06-19", evidence="a"),
        T("RUS", "VISITS", "PRK", 2, date="2023-09-13", evidence="b"),
        T("RUS", "VISITS", "PRK", 3, evidence="b"),  # undated, same sentence text
        T("RUS", "MEETS", "PRK", 4),
        T("PRK", "VISITS", "RUS", 5),
    ], {})
    edges = {(e.source, e.relation, e.target): e for e in collapse_edges(G)}
    assert sorted(edges) == [("PRK", "VISITS", "RUS"), ("RUS", "MEETS", "PRK"),
                             ("RUS", "VISITS", "PRK")]
    visits = edges[("RUS", "VISITS", "PRK")]
    assert (visits.count, visits.first, visits.last) == (3, "2023-09-13", "2024-06-19")
    data = page_data(G, "t")
    item = next(e for e in data["edges"] if (e["from"], e["relation"]) == ("RUS", "VISITS"))
    triples = decoded_triples(data, item)
    assert item["t1"] - item["t0"] == 3
    assert [(t["date"], t["ev"]) for t in triples] == [
        ("2023-09-13", "b"), ("2024-06-19", "a"), ("", "b")]  # by date, undated last


def test_every_triple_is_embedded_with_its_evidence_modality_and_mentions():
    G = build_mirror([T("A", "WARNS", "B", i, evidence=f"s{i}", modality=m, negated=(i == 4),
                        source_mention=f"Minister {i}", target_mention="B")
                      for i, m in enumerate(["planned", "planned", "reported", "asserted", "x"])],
                     {})
    data = page_data(G, "t")
    (edge,) = data["edges"]
    triples = decoded_triples(data, edge)
    assert [t["ev"] for t in triples] == [f"s{i}" for i in range(5)]
    assert [t["mod"] for t in triples] == ["planned", "planned", "reported", "asserted", "negated"]
    assert [t["sm"] for t in triples][:2] == ["Minister 0", "Minister 1"]
    assert data["strings"].count("B") == 1  # each string stored once


def test_undated_triples_take_their_articles_published_date():
    G = build_mirror([T("A", "WARNS", "B", a="art")], {},
                     [Article(id="art", text="", published="2024-06-16")])
    data = page_data(G, "t")
    assert data["dates"] == ["2024-06-16"]
    assert decoded_triples(data, data["edges"][0])[0]["date"] == "2024-06-16"


def test_edges_of_one_pair_fan_out_and_never_share_a_slot():
    triples = [T("A", r, "B") for r in ("WARNS", "MEETS", "VISITS")] + [T("B", "WARNS", "A")]
    smooth = [(e["from"], e["relation"], e.get("smooth"))
              for e in page_data(build_mirror(triples, {}), "t")["edges"]]
    sides = []  # signed offset from the straight line, seen from A towards B
    for frm, _rel, s in smooth:
        if s is None:
            sides.append(0.0)
            continue
        sign = 1 if s["type"] == "curvedCW" else -1
        sides.append(sign * s["roundness"] * (1 if frm == "A" else -1))
    assert len(set(sides)) == 4


# ---- colours ------------------------------------------------------------------------------

def _rgb(color: str) -> tuple[int, int, int]:
    return tuple(int(color[i:i + 2], 16) for i in (1, 3, 5))  # type: ignore[return-value]


def _luma(color: str) -> float:
    r, g, b = _rgb(color)
    return 0.299 * r + 0.587 * g + 0.114 * b


def test_cooperation_is_green_conflict_red_and_verbal_lighter_than_material():
    for q in (1, 2):
        r, g, b = _rgb(edge_color(q))
        assert g > r and g > b
    for q in (3, 4):
        r, g, b = _rgb(edge_color(q))
        assert r > g and r > b
    assert _luma(edge_color(1)) > _luma(edge_color(2))
    assert _luma(edge_color(3)) > _luma(edge_color(4))


@pytest.mark.parametrize("quad", [0, 1, 2, 3, 4])
def test_edges_are_coloured_by_quad_class(quad):
    G = build_mirror([T("A", "WARNS", "B", quad_class=quad)], {})
    data = page_data(G, "t")
    assert data["edges"][0]["quad"] == quad
    assert data["quads"] == [{"quad": quad, **QUAD_STYLES[quad]}]


def test_nodes_carry_kind_weighted_degree_two_layouts_and_aliases():
    data = page_data(seed_like_graph(), "t")
    nodes = {n["id"]: n for n in data["nodes"]}
    kinds = {k["kind"]: k for k in data["kinds"]}
    assert kinds[nodes["UN"]["kind"]]["shape"] == "hexagon" and kinds["state"]["shape"] == "dot"
    assert nodes["MEDIA:vedomosti"]["kind"] == "media"
    assert (nodes["PRK"]["wdeg"], nodes["USA"]["wdeg"], nodes["VNM"]["wdeg"]) == (13, 3, 1)
    assert all({"x", "y", "gx", "gy"} <= set(n) for n in nodes.values())
    force = {(n["x"], n["y"]) for n in nodes.values()}
    assert force != {(n["gx"], n["gy"]) for n in nodes.values()}
    assert "rusia" in nodes["RUS"]["aliases"]  # from the lexicon: search finds "Rusia"


# ---- escaping -----------------------------------------------------------------------------

def test_script_json_escapes_everything_that_could_end_a_script():
    text = script_json({"k": "</script><!-- & \u2028"})
    assert not set("<>&") & set(text)
    assert json.loads(text) == {"k": "</script><!-- & \u2028"}


def test_hostile_text_is_only_in_escaped_json_and_round_trips():
    page = graph_page(hostile_graph(), title=HOSTILE_TITLE)
    for raw in (PWN_SCRIPT, PWN_IMG, "window.__pwned=3</script>"):
        assert raw not in page
    assert f"<title>{html.escape(HOSTILE_TITLE)}</title>" in page
    data = embedded(page)
    assert data["nodes"][0]["label"] == HOSTILE_NAME
    assert decoded_triples(data, data["edges"][0])[0]["ev"] == HOSTILE_EVIDENCE
    assert data["articles"]["evil-article"]["url"] == ""  # javascript: link dropped
    assert data["title"] == HOSTILE_TITLE
    # no element the page's own template does not have
    benign = graph_page(seed_like_graph(), title="seed")
    for tag in ("<script", "<img", "<title", "</script"):
        assert page.count(tag) == benign.count(tag), tag


def test_display_wraps_the_page_in_a_sandboxed_srcdoc_iframe():
    out = display(hostile_graph(), title="x").data
    assert out.startswith('<div class="geopolgraph"><iframe srcdoc="&lt;!DOCTYPE html&gt;')
    assert out.count("<") == 4 and "<script" not in out  # <div><iframe></iframe></div>
    assert 'sandbox="allow-scripts allow-popups' in out


def test_write_html_creates_folders(tmp_path):
    path = write_html(seed_like_graph(), tmp_path / "a" / "b.html", title="seed")
    assert path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


# ---- size -----------------------------------------------------------------------------------

def star_graph(n_leaves: int) -> nx.MultiDiGraph:
    triples = [T("HUB", "MEETS", f"L{i:03d}", i) for i in range(n_leaves)]
    triples += [T("L000", "WARNS", "L001", 999), T("L001", "WARNS", "L002", 998)]
    return build_mirror(triples, {"HUB": Actor("HUB", "Hub")})


def test_max_nodes_keeps_the_busiest_actors():
    G = star_graph(10)
    data = page_data(G, "t", max_nodes=3)
    assert [n["id"] for n in data["nodes"]] == ["HUB", "L000", "L001"]
    assert {(e["from"], e["to"]) for e in data["edges"]} == {
        ("HUB", "L000"), ("HUB", "L001"), ("L000", "L001")}
    assert data["note"] == "top 3 of 11 actors by weighted degree"
    assert len(page_data(G, "t", max_nodes=100)["nodes"]) == 11


def test_large_graphs_are_drawn_plain_and_small_ones_stabilised():
    small = page_data(star_graph(5), "t")
    assert not small["large"] and small["stabilise"] and small["top"] == 6
    big = page_data(star_graph(1_500), "t")
    assert big["large"] and not big["stabilise"] and big["top"] == 300
    assert all("x" in n and "gx" in n for n in big["nodes"])
    assert not any("smooth" in e for e in big["edges"])


def test_summary_line_counts_articles_triples_actors_and_date_span():
    assert page_data(seed_like_graph(), "t")["summary"] == (
        "1 article · 17 triples · 7 actors · 2023-03-01 – 2024-06-20")
    # articles without a triple are still counted: the header agrees with `build`
    G = seed_like_graph()
    G.graph["articles"]["empty"] = {"id": "empty", "title": "No actors here"}
    data = page_data(G, "t")
    assert data["summary"].startswith("1 of 2 articles · 17 triples")
    assert (data["counts"]["articles"], data["counts"]["articles_with_triples"]) == (2, 1)


def test_an_empty_graph_still_makes_a_page():
    data = embedded(graph_page(nx.MultiDiGraph()))
    assert data["nodes"] == [] and data["summary"].startswith("0 articles")


@pytest.mark.parametrize("exact_limit", [10_000, 50])
def test_fast_layout_places_every_node_in_scale_both_exact_and_sampled(exact_limit):
    G = nx.gnm_random_graph(1_200, 3_000, seed=3)
    pos = fast_layout(G, exact_limit=exact_limit, scale=500)
    xy = [c for p in pos.values() for c in p]
    assert len(pos) == 1_200 and all(abs(c) <= 500.001 for c in xy)
    assert max(abs(c) for c in xy) == pytest.approx(500, rel=1e-3)
    # neighbours end up closer than random pairs
    def dist(u, v):
        return ((pos[u][0] - pos[v][0]) ** 2 + (pos[u][1] - pos[v][1]) ** 2) ** 0.5
    linked = sum(dist(u, v) for u, v in G.edges()) / G.number_of_edges()
    nodes = list(G)
    unlinked = sum(dist(nodes[i], nodes[-i - 1]) for i in range(500)) / 500
    assert linked < unlinked
