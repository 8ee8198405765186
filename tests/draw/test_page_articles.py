"""The page analysts keep open, on the 55 shared articles (read in place from ../shared), in a
real Chromium: positions survive filters, counts follow the view, top-N and minimum count,
search by person, exports, readable labels. Screenshots of each state go to tests/artifacts/.
"""

from __future__ import annotations

import csv
import io
import os
import re
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from drawkit import ARTIFACTS, Browser, decoded_triples, edge_midpoint

from geopolgraph.draw import page_data, visible_view, write_page
from geopolgraph.draw.data import summary_line
from geopolgraph.graph.subgraph import subgraph_for_dates

pytestmark = pytest.mark.browser

ARTICLES = Path(__file__).resolve().parents[3] / "shared" / "articles"


@pytest.fixture(scope="module")
def corpus() -> nx.MultiDiGraph:
    if not (ARTICLES / "id").is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{ARTICLES} is missing: CI must draw the shared articles")
        pytest.skip(f"needs the shared articles at {ARTICLES}")
    from geopolgraph.pipeline import build_graph

    return build_graph([ARTICLES / "id", ARTICLES / "en"])


@pytest.fixture(scope="module")
def data(corpus: nx.MultiDiGraph) -> dict[str, Any]:
    return page_data(corpus, title="Shared articles: 55 in Indonesian and English")


@pytest.fixture(scope="module")
def page_file(data: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_page(data, tmp_path_factory.mktemp("articles") / "articles.html")


@pytest.fixture
def page(page_file: Path, browser: Browser):
    p = browser.open(page_file)
    yield p
    p.close()
    assert browser.requests == [], "the page tried to reach the network"
    assert browser.console_errors == [] and browser.dialogs == []


def shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"articles-{name}.png"))


def refreshed(page: Any, action: Any) -> None:
    """Run ``action`` and wait until the page has recounted its view."""
    before = page.evaluate("Number(document.documentElement.dataset.view || 0)")
    action()
    page.wait_for_function("(n) => Number(document.documentElement.dataset.view) > n",
                           arg=before, timeout=5_000)


def set_range(page: Any, selector: str, value: int) -> None:
    page.locator(selector).evaluate(
        "(el, v) => { el.value = String(v);"
        " el.dispatchEvent(new Event('input', {bubbles: true})); }",
        value)


def shown(page: Any) -> dict[str, Any]:
    return page.evaluate("""() => ({
      nodes: geopol.nodesView.getIds().sort(), edges: geopol.edgesView.getIds().sort(),
      drawnNodes: geopol.network.body.nodeIndices.length,
      summary: document.getElementById('gpg-summary').textContent,
      quads: Object.fromEntries([...document.querySelectorAll('#gpg-quads input')].map(
        b => [b.dataset.quad, b.closest('label').querySelector('.gpg-count').textContent])),
      relations: Object.fromEntries([...document.querySelectorAll('#gpg-relations input')].map(
        b => [b.dataset.relation, b.closest('label').querySelector('.gpg-count').textContent])),
      kinds: Object.fromEntries([...document.querySelectorAll('#gpg-kinds li')].map(
        li => [li.dataset.kind, li.querySelector('.gpg-count').textContent])),
    })""")


def test_the_header_agrees_with_build_and_every_actor_is_drawn(page, data, corpus):
    counts = data["counts"]
    assert counts["articles"] == 55 and counts["triples"] == corpus.number_of_edges()
    s = shown(page)
    assert s["summary"] == data["summary"]
    assert s["summary"].startswith(f"{counts['articles_with_triples']} of 55 articles · "
                                   f"{corpus.number_of_edges()} triples · "
                                   f"{corpus.number_of_nodes()} actors")
    assert s["drawnNodes"] == corpus.number_of_nodes() == len(s["nodes"])
    shot(page, "loaded")


def test_a_filter_round_trip_puts_every_actor_back_within_a_pixel(page, data):
    before = page.evaluate("geopol.network.getPositions()")
    assert len(before) == len(data["nodes"])
    refreshed(page, lambda: page.locator('input[data-quad="1"]').uncheck())
    refreshed(page, lambda: page.click("#gpg-rel-none"))
    assert shown(page)["nodes"] == []
    refreshed(page, lambda: set_range(page, "#gpg-date-from", len(data["dates"]) - 5))
    shot(page, "filtered")
    refreshed(page, lambda: page.click("#gpg-rel-all"))
    refreshed(page, lambda: page.locator('input[data-quad="1"]').check())
    refreshed(page, lambda: set_range(page, "#gpg-date-from", 0))
    after = page.evaluate("geopol.network.getPositions()")
    assert sorted(after) == sorted(before)
    moved = {n: (after[n]["x"] - p["x"], after[n]["y"] - p["y"]) for n, p in before.items()}
    assert max(abs(c) for d in moved.values() for c in d) <= 1.0, moved
    # and the same in screen pixels: the view is where it was too
    shot(page, "round-trip")


def one_dated_attack(data: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """The busiest ATTACKS edge and a date on which exactly one of its triples falls."""
    attacks = sorted((e for e in data["edges"] if e["relation"] == "ATTACKS"),
                     key=lambda e: -(e["t1"] - e["t0"]))
    for e in attacks:
        dates = [t["date"] for t in decoded_triples(data, e)]
        single = [d for d in dates if d and dates.count(d) == 1]
        if e["t1"] - e["t0"] > 1 and single:
            return e, single[0]
    raise AssertionError("no ATTACKS edge with a date of its own")


def test_a_date_window_recounts_edges_actors_legend_and_header(page, data, corpus):
    edge, day = one_dated_attack(data)
    assert edge["t1"] - edge["t0"] > 5  # e.g. Israel → Iran, ATTACKS ×11 in all
    i = data["dates"].index(day)
    page.locator("#gpg-undated").uncheck()
    refreshed(page, lambda: set_range(page, "#gpg-date-from", i))
    refreshed(page, lambda: set_range(page, "#gpg-date-to", i))
    assert page.locator("#gpg-date-label").inner_text() == f"{day} – {day}"
    shot(page, "one-day")
    drawn = page.evaluate("(id) => geopol.edges.get(id)", edge["id"])
    assert "×1 (of" in drawn["label"] and drawn["width"] == 1
    # Python, twice: the view function on the page's data, and the mirror sliced by date
    expected = visible_view(data, since=day, until=day, keep_undated=False)
    window = subgraph_for_dates(corpus, day, day)
    assert expected["edges"][edge["id"]] == 1
    s = shown(page)
    assert s["edges"] == sorted(expected["edges"]) and s["nodes"] == sorted(expected["nodes"])
    articles = {d.get("article_id") for *_, d in window.edges(data=True)}
    assert s["summary"] == expected["summary"] == summary_line(
        len(articles), window.number_of_edges(), window.number_of_nodes(), day, day, 55)
    assert {q: int(c) for q, c in s["quads"].items() if int(c)} == {
        str(q): c for q, c in expected["quads"].items()}
    assert {r: int(c) for r, c in s["relations"].items() if int(c)} == expected["relations"]
    assert {k: int(c) for k, c in s["kinds"].items() if int(c)} == expected["kinds"]
    sizes = page.evaluate(
        "() => Object.fromEntries(geopol.nodesView.get().map(n => [n.id, n.value]))")
    assert sizes == expected["nodes"]


def test_top_n_and_minimum_count_change_the_visible_set_as_python_does(page, data):
    refreshed(page, lambda: page.fill("#gpg-top", "12"))
    expected = visible_view(data, top=12)
    s = shown(page)
    assert len(s["nodes"]) == 12 and s["nodes"] == sorted(expected["nodes"])
    assert s["edges"] == sorted(expected["edges"]) and s["summary"] == expected["summary"]
    shot(page, "top-12")
    refreshed(page, lambda: page.fill("#gpg-min", "3"))
    expected = visible_view(data, top=12, min_count=3)
    s = shown(page)
    got = page.evaluate(
        "() => [geopol.state.top, geopol.state.min, Object.fromEntries(geopol.view().nodes)]")
    assert got == [12, 3, expected["nodes"]]
    assert s["nodes"] == sorted(expected["nodes"]) and s["edges"] == sorted(expected["edges"])
    assert all(c >= 3 for c in expected["edges"].values())
    shot(page, "top-12-min-3")
    refreshed(page, lambda: page.fill("#gpg-top", str(len(data["nodes"]))))
    expected = visible_view(data, min_count=3)
    assert shown(page)["edges"] == sorted(expected["edges"])


def test_no_unreadable_label_at_fit_and_the_busiest_are_labelled(page, data):
    labels = page.evaluate("""() => {
      const scale = geopol.network.getScale(), out = {};
      for (const id of geopol.network.body.nodeIndices) {
        const m = geopol.network.body.nodes[id].labelModule;
        out[id] = {px: m.fontOptions.size * scale, drawn: m.visible()};
      }
      return out;
    }""")
    drawn = {n for n, v in labels.items() if v["drawn"]}
    assert all(labels[n]["px"] >= 8 for n in drawn)  # faded in between 8 and 9 px
    busiest = sorted(data["nodes"], key=lambda n: -n["wdeg"])[:15]
    assert {n["id"] for n in busiest} <= drawn
    assert len(drawn) >= 20


def putin_edges(data: dict[str, Any]) -> set[str]:
    word = re.compile(r"(?<!\w)putin", re.IGNORECASE)
    return {e["id"] for e in data["edges"]
            if any(word.search(t["sm"]) or word.search(t["tm"]) for t in decoded_triples(data, e))}


def test_search_finds_a_person_behind_a_state_and_highlights_his_edges(page, data):
    page.fill("#gpg-search", "Putin")
    page.press("#gpg-search", "Enter")
    page.wait_for_function("() => geopol.state.mention === 'Putin'")
    message = page.locator("#gpg-search-msg").inner_text()
    assert "Russia" in message
    lit = page.evaluate("""() => geopol.edgesView.get().filter(
        e => e.color.opacity === 1).map(e => e.id).sort()""")
    assert set(lit) == putin_edges(data) and lit
    shot(page, "search-putin")
    # an alias from the lexicon finds the state itself
    page.fill("#gpg-search", "Rusia")
    page.press("#gpg-search", "Enter")
    page.wait_for_function("() => geopol.state.focus === 'RUS'")


def test_layouts_switch_and_the_visible_part_is_laid_out_again(page, data):
    forced = page.evaluate("geopol.network.getPositions()")
    page.select_option("#gpg-layout", "groups")
    page.select_option("#gpg-layout", "force")
    back = page.evaluate("geopol.network.getPositions()")
    assert all(abs(back[n]["x"] - p["x"]) <= 1 and abs(back[n]["y"] - p["y"]) <= 1
               for n, p in forced.items())
    page.select_option("#gpg-layout", "groups")
    pos = page.evaluate("geopol.network.getPositions(['IDN'])")["IDN"]
    node = next(n for n in data["nodes"] if n["id"] == "IDN")
    assert abs(pos["x"] - node["gx"]) <= 1 and abs(pos["y"] - node["gy"]) <= 1
    shot(page, "grouped")
    refreshed(page, lambda: page.fill("#gpg-top", "20"))
    before = page.evaluate("geopol.network.getPositions()")
    page.click("#gpg-relayout")
    page.wait_for_function("() => document.getElementById('gpg-physics').checked === false",
                           timeout=20_000)
    assert page.evaluate("geopol.network.physics.physicsEnabled") is False
    after = page.evaluate("geopol.network.getPositions()")
    assert sorted(after) == sorted(before) and after != before  # the 20 shown, moved
    # the new positions are kept: a filter round trip leaves them in place
    refreshed(page, lambda: page.fill("#gpg-top", "5"))
    refreshed(page, lambda: page.fill("#gpg-top", "20"))
    again = page.evaluate("geopol.network.getPositions()")
    assert all(abs(again[n]["x"] - p["x"]) <= 1 and abs(again[n]["y"] - p["y"]) <= 1
               for n, p in after.items())
    shot(page, "relayout-top-20")


def test_png_and_csv_exports_download_what_is_shown(page, data, tmp_path):
    refreshed(page, lambda: page.fill("#gpg-top", "15"))
    with page.expect_download() as png:
        page.click("#gpg-png")
    assert png.value.suggested_filename == "Shared-articles-55-in-Indonesian-and-English.png"
    png.value.save_as(tmp_path / "view.png")
    head = (tmp_path / "view.png").read_bytes()
    assert head[:8] == b"\x89PNG\r\n\x1a\n" and len(head) > 20_000
    with page.expect_download() as got:
        page.click("#gpg-csv")
    assert got.value.suggested_filename.endswith(".csv")
    got.value.save_as(tmp_path / "view.csv")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "view.csv").read_text("utf-8-sig"))))
    expected = visible_view(data, top=15)
    want = []
    by_id = {e["id"]: e for e in data["edges"]}
    for eid in expected["edges"]:
        e = by_id[eid]
        want += [(e["from"], e["relation"], e["to"], t["date"], t["ev"])
                 for t in decoded_triples(data, e)]
    got_rows = [(r["source"], r["relation"], r["target"], r["date"], r["evidence"]) for r in rows]
    assert sorted(got_rows) == sorted(want) and len(rows) == len(expected["triples"])
    assert all(r["article_title"] or r["article_id"] for r in rows)


def test_an_edge_label_shows_readable_on_hover_whatever_the_zoom(page, data):
    busiest = sorted(data["edges"], key=lambda e: e["t1"] - e["t0"], reverse=True)
    # zoomed out so far that edge labels are below their drawing threshold (at fit they may
    # not be: the fit scale follows the corpus's layout) ...
    scale = page.evaluate("""() => {
      const net = geopol.network;
      if (net.getScale() * 11 >= 9) net.moveTo({ scale: 0.5 });
      return net.getScale();
    }""")
    assert page.evaluate(
        "(id) => geopol.network.body.edges[id].labelModule.visible()", busiest[0]["id"]) is False
    # vis's own hit test may pick a neighbouring edge that overlaps this point (curved edges
    # cross): whichever edge it hovered is the one whose label must now be readable; an
    # actor's label may cover the point, and vis then hovers the actor: the next busiest edge
    hovered: list[str] = []
    for edge in busiest[:5]:
        page.mouse.move(0, 0)
        x, y = edge_midpoint(page, edge["id"])
        page.mouse.move(x, y)
        page.wait_for_selector("#gpg-tooltip:not([hidden])", timeout=5_000)
        hovered = page.evaluate("() => geopol.edges.get().filter(e => e.font).map(e => e.id)")
        if hovered:
            break
    assert len(hovered) == 1
    size = page.evaluate("(id) => geopol.edges.get(id).font.size", hovered[0])
    assert size * scale >= 12
    assert page.evaluate(
        "(id) => geopol.network.body.edges[id].labelModule.visible()", hovered[0]) is True
    assert page.locator("#gpg-tooltip").is_visible()


def test_people_named_in_view_can_be_shown_as_their_own_nodes(page, data):
    before = shown(page)
    page.locator("#gpg-people").check()
    page.wait_for_function("() => geopol.nodes.getIds().some(id => id.startsWith('p|'))")
    people = page.evaluate("""() => geopol.nodes.get().filter(n => n.id.startsWith('p|'))
        .map(n => [n.id, n.label, n.value])""")
    putin = [p for p in people if p[0] == "p|person:vladimir-putin|RUS"]
    assert putin and putin[0][1] == "Vladimir Putin"
    # as many triples as name him on a Russia side, counted in Python
    named = {int(i) for i, p in data["people"].items() if p[0] == "person:vladimir-putin"}
    cols = data["triples"]
    expected = sum((cols["sm"][i] in named and e["from"] == "RUS")
                   + (cols["tm"][i] in named and e["to"] == "RUS")
                   for e in data["edges"] for i in range(e["t0"], e["t1"]))
    assert putin[0][2] == expected > 0
    links = page.evaluate("() => geopol.edges.get('pe|person:vladimir-putin|RUS')")
    assert links["to"] == "RUS" and links["dashes"] is True
    after = shown(page)
    assert after["summary"] == before["summary"]  # people change no count
    shot(page, "people")
    page.locator("#gpg-people").uncheck()
    page.wait_for_function("() => !geopol.nodes.getIds().some(id => id.startsWith('p|'))")
    assert shown(page)["nodes"] == before["nodes"]
