"""``geopolgraph draw``: the wiring from options to the page (the library is tested elsewhere)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from geopolgraph.cli import COMMANDS, main

ROOT = Path(__file__).resolve().parents[2]
SEEDS = str(ROOT / "seeds")


def page_json(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    block = re.search(r'id="gpg-data">(.*?)</script>', text, re.S)
    assert block is not None
    return json.loads(block.group(1))


def page_nodes(path: Path) -> set[str]:
    return {n["id"] for n in page_json(path)["nodes"]}


def test_draw_is_a_registered_command():
    assert "draw_cmd" in COMMANDS


def test_draws_the_seed_article(tmp_path, capsys):
    out = tmp_path / "g" / "seed.html"
    assert main(["draw", SEEDS, "--out", str(out)]) == 0
    assert {"RUS", "PRK"} <= page_nodes(out)
    assert capsys.readouterr().out.startswith(f"wrote {out} (")


def test_ego_network_and_max_nodes(tmp_path, capsys):
    out = tmp_path / "ego.html"
    assert main(["draw", SEEDS, "--actor", "VNM", "--hops", "1", "--out", str(out)]) == 0
    assert page_nodes(out) == {"VNM", "RUS"}
    capsys.readouterr()
    assert main(["draw", SEEDS, "--max-nodes", "2", "--out", str(out)]) == 0
    assert len(page_nodes(out)) == 2
    # what the command prints is what the page holds (not the graph before --max-nodes)
    data = page_json(out)
    printed = capsys.readouterr().out
    assert f"(2 actors, {data['counts']['triples']} triples from 1 articles)" in printed
    assert data["note"] == f"top 2 of {data['counts']['actors_before_max_nodes']} actors by " \
        "weighted degree"


@pytest.mark.parametrize(("args", "message"), [
    (["--actor", "Atlantis"], "unknown actor 'Atlantis'"),
    (["--since", "16/6/2024"], "--since: expected a date as YYYY-MM-DD"),
    (["--hops", "2"], "--hops needs --actor"),
    (["--max-nodes", "0"], "--max-nodes: expected 1 or more"),
])
def test_bad_options_are_one_line_errors_with_exit_2(tmp_path, capsys, args, message):
    out = tmp_path / "x.html"
    assert main(["draw", SEEDS, *args, "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert not out.exists()


def test_out_must_be_an_html_file(tmp_path, capsys):
    assert main(["draw", SEEDS, "--out", str(tmp_path / "x.png")]) == 2
    assert "--out: expected an .html file" in capsys.readouterr().err


def test_draw_a_named_query_subgraph(tmp_path):
    from geopolgraph.cli import main

    out = tmp_path / "between.html"
    assert main(["draw", "--query", "between", "-p", "a=USA", "-p", "b=RUS",
                 "--out", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert page_json(out)["title"] == "geopolgraph: query between (a=USA, b=RUS) from seeds/"
    assert "United States" in html and "Russia" in html
    assert "North Korea" not in html  # only what the answer touches


def test_draw_param_without_query_is_refused(tmp_path, capsys):
    from geopolgraph.cli import main

    assert main(["draw", "-p", "a=USA", "--out", str(tmp_path / "x.html")]) == 2
    assert "--query" in capsys.readouterr().err
