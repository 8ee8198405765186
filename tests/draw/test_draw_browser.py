"""The graph page in a real Chromium: offline, counts drawn, controls, hostile text inert."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import networkx as nx
import pytest
from drawkit import (
    ARTIFACTS,
    HOSTILE_EVIDENCE,
    HOSTILE_FORMULA,
    HOSTILE_NAME,
    HOSTILE_TITLE,
    PWN_IMG,
    PWN_SCRIPT,
    Browser,
    edge_midpoint,
    hostile_graph,
    seed_like_graph,
)

from geopolgraph.draw import collapse_edges, page_data, visible_view, write_html
from geopolgraph.graph.mirror import build_mirror
from geopolgraph.model import Triple

pytestmark = pytest.mark.browser

COUNTS = """() => ({
  nodes: geopol.nodesView.length, edges: geopol.edgesView.length,
  drawnNodes: geopol.network.body.nodeIndices.length,
  drawnEdges: geopol.network.body.edgeIndices.length,
  allNodes: geopol.data.nodes.length, allEdges: geopol.data.edges.length,
})"""


@pytest.fixture
def seed_page(tmp_path: Path, browser: Browser):
    path = write_html(seed_like_graph(), tmp_path / "seed.html", title="Seed-like graph")
    page = browser.open(path)
    yield page
    page.close()
    assert browser.requests == [], "the page tried to reach the network"
    assert browser.console_errors == []
    assert browser.dialogs == []


def counts(page) -> dict:
    return page.evaluate(COUNTS)


def wait_counts(page, edges: int, nodes: int | None = None) -> dict:
    page.wait_for_function(
        "([e, n]) => geopol.edgesView.length === e"
        " && (n === null || geopol.nodesView.length === n)",
        arg=[edges, nodes], timeout=5_000)
    return counts(page)


def test_loads_offline_with_no_requests_and_no_console_errors(seed_page, browser):
    assert seed_page.title() == "Seed-like graph"
    assert seed_page.locator("#gpg-summary").inner_text().startswith("1 article · 17 triples")
    assert browser.requests == [] and browser.console_errors == []


def test_drawn_counts_equal_the_graphs_collapsed_counts(seed_page):
    G = seed_like_graph()
    n_edges = len(collapse_edges(G))
    assert n_edges == 16 < G.number_of_edges()
    assert counts(seed_page) == {
        "nodes": G.number_of_nodes(), "edges": n_edges,
        "drawnNodes": G.number_of_nodes(), "drawnEdges": n_edges,
        "allNodes": G.number_of_nodes(), "allEdges": n_edges,
    }


def test_relation_and_quad_filters_hide_edges_and_orphaned_actors(seed_page):
    # VISITS: RUS→PRK (×2), PRK→RUS, RUS→VNM; hiding it orphans Vietnam
    seed_page.locator('input[data-relation="VISITS"]').uncheck()
    c = wait_counts(seed_page, 16 - 3, 6)
    assert c["drawnEdges"] == 13 and c["drawnNodes"] == 6
    seed_page.locator('input[data-relation="VISITS"]').check()
    wait_counts(seed_page, 16, 7)
    # material conflict: UN SANCTIONS PRK, PRK ATTACKS KOR; the UN has no other edge
    seed_page.locator('input[data-quad="4"]').uncheck()
    wait_counts(seed_page, 14, 6)
    seed_page.click("#gpg-rel-none")
    wait_counts(seed_page, 0, 0)
    seed_page.click("#gpg-rel-all")
    wait_counts(seed_page, 14, 6)


def expected_after(since: str, keep_undated: bool) -> int:
    data = page_data(seed_like_graph(), "t")
    return len(visible_view(data, since=since, keep_undated=keep_undated)["edges"])


def test_date_slider_hides_edges_outside_the_range(seed_page):
    dates = page_data(seed_like_graph(), "t")["dates"]
    slider = seed_page.locator("#gpg-date-from")
    slider.focus()
    for _ in range(3):  # the real control, moved with the keyboard like a user would
        seed_page.keyboard.press("ArrowRight")
    assert dates[3] == "2024-06-13"
    label = seed_page.locator("#gpg-date-label").inner_text()
    assert label == f"2024-06-13 – {dates[-1]}"
    # every seed-like edge is dated (the undated ATTACKS takes the article's date)
    expected = expected_after("2024-06-13", keep_undated=True)
    assert 0 < expected < 16
    wait_counts(seed_page, expected)
    seed_page.keyboard.press("End")
    wait_counts(seed_page, expected_after(dates[-1], keep_undated=True))
    assert seed_page.locator("#gpg-date-to").input_value() == str(len(dates) - 1)


def test_undated_edges_follow_the_keep_undated_box(tmp_path, browser):
    G = build_mirror([
        Triple(source="A", relation="WARNS", target="B", date="2024-01-01", sentence=1),
        Triple(source="A", relation="MEETS", target="B", date="2024-02-01", sentence=2),
        Triple(source="B", relation="ACCUSES", target="C", sentence=3),  # no date, no article
    ], {})
    page = browser.open(write_html(G, tmp_path / "u.html"))
    page.locator("#gpg-date-from").focus()
    page.keyboard.press("ArrowRight")
    wait_counts(page, 2, 3)
    page.locator("#gpg-undated").uncheck()
    wait_counts(page, 1, 2)
    assert browser.requests == [] and browser.console_errors == []


def test_search_highlights_the_neighbourhood(seed_page):
    seed_page.fill("#gpg-search", "vietnam")
    seed_page.press("#gpg-search", "Enter")
    seed_page.wait_for_function("() => geopol.state.focus === 'VNM'")
    opacity = seed_page.evaluate(
        "() => Object.fromEntries(geopol.nodes.get().map(n => [n.id, n.opacity]))")
    assert {k for k, v in opacity.items() if v == 1} == {"VNM", "RUS"}
    assert seed_page.locator("#gpg-search-msg").inner_text() == "Vietnam: 1 neighbour"
    assert seed_page.locator("#gpg-details").is_visible()
    seed_page.keyboard.press("Escape")
    seed_page.wait_for_function("() => geopol.state.focus === null")
    assert set(seed_page.evaluate("geopol.nodes.get().map(n => n.opacity)")) == {1}


def test_hostile_text_renders_as_text_and_never_runs(tmp_path, browser):
    page = browser.open(write_html(hostile_graph(), tmp_path / "evil.html", title=HOSTILE_TITLE))
    assert page.title() == HOSTILE_TITLE
    assert page.locator("#gpg-title").inner_text() == HOSTILE_TITLE
    assert page.evaluate("geopol.nodes.get('EVIL').label") == HOSTILE_NAME
    # hover the edge: the tooltip shows the literal evidence
    x, y = edge_midpoint(page, "e0")
    page.mouse.move(x, y)
    page.wait_for_selector("#gpg-tooltip:not([hidden])", timeout=5_000)
    tip = page.locator("#gpg-tooltip")
    assert HOSTILE_EVIDENCE in tip.text_content()
    assert PWN_SCRIPT in tip.text_content()  # attributed_to, as text
    assert tip.locator("script, img").count() == 0
    # click pins the details: the javascript: article link was never made a link
    page.mouse.click(x, y)
    details = page.locator("#gpg-details")
    assert HOSTILE_EVIDENCE in details.text_content()
    assert details.locator("a").count() == 0
    # hover and pick the actor too
    page.fill("#gpg-search", "evil")
    page.press("#gpg-search", "Enter")
    page.wait_for_function("() => geopol.state.focus === 'EVIL'")
    assert HOSTILE_NAME in details.text_content()
    assert page.locator("img").count() == 0
    assert page.locator("script").count() == 3  # the JSON block, vis-network, the page script
    assert page.evaluate("window.__pwned") is None
    assert browser.dialogs == [] and browser.requests == [] and browser.console_errors == []


def test_evidence_links_open_only_http_urls(seed_page):
    x, y = edge_midpoint(seed_page, next(
        e["id"] for e in page_data(seed_like_graph(), "t")["edges"] if e["relation"] == "WARNS"))
    seed_page.mouse.click(x, y)
    link = seed_page.locator("#gpg-details a")
    assert link.count() == 1, seed_page.locator("#gpg-details").text_content()
    assert link.get_attribute("href").startswith("https://www.tribunnews.com/")
    assert link.get_attribute("rel") == "noopener noreferrer"


def test_screenshot_of_a_seed_like_graph(seed_page):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    out = ARTIFACTS / "draw-seed-like.png"
    seed_page.screenshot(path=str(out))
    assert out.stat().st_size > 20_000


def test_large_graph_is_laid_out_in_python_and_drawn_without_physics(tmp_path, browser):
    G = nx.MultiDiGraph()
    G.graph["articles"] = {}
    G.add_nodes_from((f"N{i}", {"name": f"Actor {i}", "kind": "state"}) for i in range(1_600))
    for i in range(1_600):
        G.add_edge(f"N{i}", f"N{(i * 7 + 1) % 1_600}", key=f"t{i}", relation="MEETS",
                   quad_class=1, date="2024-01-01")
    page = browser.open(write_html(G, tmp_path / "big.html"))
    c = counts(page)
    expected = visible_view(page_data(G, "t"))  # the busiest 300 by default, and their edges
    assert (c["drawnNodes"], c["drawnEdges"]) == (300, len(expected["edges"]))
    assert c["allNodes"] == 1_600
    assert page.evaluate("geopol.network.physics.physicsEnabled") is False
    assert page.evaluate("geopol.data.large") is True
    assert browser.requests == [] and browser.console_errors == []


def test_hostile_text_stays_inert_in_search_exports_and_titles(tmp_path, browser):
    page = browser.open(write_html(hostile_graph(), tmp_path / "evil.html", title=HOSTILE_TITLE))
    # search: a typed payload and a payload named in a mention are only text
    for query in (PWN_IMG, PWN_SCRIPT):
        page.fill("#gpg-search", query)
        page.press("#gpg-search", "Enter")
    page.fill("#gpg-search", "putin")
    page.press("#gpg-search", "Enter")
    page.wait_for_function("() => geopol.state.mention === 'putin'")
    assert "named in 1 triple" in page.locator("#gpg-search-msg").inner_text()
    options = page.evaluate("[...document.querySelectorAll('#gpg-names option')].map(o => o.value)")
    assert "Putin " + PWN_IMG in options and HOSTILE_NAME in options
    # exports: file names are cleaned, the CSV keeps the text and defuses the formula
    with page.expect_download() as got:
        page.click("#gpg-csv")
    name = got.value.suggested_filename
    assert re.fullmatch(r"[\w.-]+\.csv", name), name
    got.value.save_as(tmp_path / "evil.csv")
    (row,) = csv.DictReader(io.StringIO((tmp_path / "evil.csv").read_text("utf-8-sig")))
    assert row["evidence"] == HOSTILE_EVIDENCE and row["source_name"] == HOSTILE_NAME
    assert row["source_mention"] == "'" + HOSTILE_FORMULA and row["url"] == ""
    assert row["article_title"] == HOSTILE_TITLE and row["attributed_to"] == PWN_SCRIPT
    with page.expect_download() as png:
        page.click("#gpg-png")
    assert re.fullmatch(r"[\w.-]+\.png", png.value.suggested_filename)
    assert page.locator("img").count() == 0 and page.locator("a").count() == 0
    assert page.locator("script").count() == 3
    assert page.evaluate("window.__pwned") is None
    assert browser.dialogs == [] and browser.requests == [] and browser.console_errors == []


def test_a_hostile_headline_becomes_a_title_that_is_only_text(tmp_path, browser):
    from geopolgraph.pipeline import build_graph

    folder = tmp_path / "articles"
    folder.mkdir()
    headline = f"Rusia {PWN_IMG} dan \"AS\" </script> bertemu"
    (folder / "kompas-2025-01-02-x.txt").write_text(
        f"{headline}\n\nJAKARTA, KOMPAS.com - Rusia mengecam Amerika Serikat atas sanksi baru.\n",
        encoding="utf-8")
    G = build_graph([folder])
    assert G.graph["articles"]["kompas-2025-01-02-x"]["title"] == headline
    page = browser.open(write_html(G, tmp_path / "t.html", title=headline))
    assert page.title() == headline and page.locator("#gpg-title").inner_text() == headline
    eid = page.evaluate("geopol.edgesView.getIds()[0]")
    x, y = edge_midpoint(page, eid)
    page.mouse.click(x, y)
    assert headline in page.locator("#gpg-details").text_content()
    assert page.locator("img").count() == 0 and page.evaluate("window.__pwned") is None
    assert browser.dialogs == [] and browser.requests == [] and browser.console_errors == []
