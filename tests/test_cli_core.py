"""CLI wiring: every command has help, errors are one line with exit 2, build writes outputs."""

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from geopolgraph.cli import COMMANDS, build_parser, main

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "geopolgraph", *args], capture_output=True,
                          text=True, cwd=ROOT, check=False)


def test_every_command_has_help_and_is_in_readme():
    readme = (ROOT / "README.md").read_text()
    parser = build_parser()
    choices = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert len(choices) == len(COMMANDS)
    for name, sub in choices.items():
        assert sub.description or sub.format_help()
        assert f"geopolgraph {name}" in readme, f"README does not document 'geopolgraph {name}'"


def test_build_writes_three_outputs(tmp_path):
    assert main(["build", str(ROOT / "seeds"), "--out", str(tmp_path)]) == 0
    rows = list(csv.DictReader((tmp_path / "triples.csv").open(encoding="utf-8")))
    facts = {(r["source"], r["relation"], r["target"]) for r in rows if r["negated"] == "False"}
    for fact in [("USA", "WARNS", "RUS"), ("KOR", "WARNS", "RUS"), ("UN", "MONITORS", "PRK"),
                 ("PRK", "SUPPLIES", "RUS")]:
        assert fact in facts
    assert not {int(r["line"]) for r in rows} & {14, 26, 27}
    assert (tmp_path / "graph.graphml").stat().st_size > 0
    assert "<html" in (tmp_path / "graph.html").read_text(encoding="utf-8").lower()


def test_extract_jsonl_has_every_field():
    result = run("extract", "seeds/tribunnews-2024-06-putin-korea-utara.txt")
    assert result.returncode == 0
    record = json.loads(result.stdout.splitlines()[0])
    assert {"source", "relation", "target", "line", "evidence", "cameo", "id"} <= set(record)


@pytest.mark.parametrize(
    "args",
    [("extract", "no/such/file.txt"), ("build", "no/such/dir"),
     ("eval", "--gold", "no/such", "--articles", "seeds")],
)
def test_bad_path_is_one_line_exit_2(args):
    result = run(*args)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "no/such" in result.stderr


def test_build_failure_leaves_nothing_half_written(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('[1]\n{"oops\n', encoding="utf-8")
    out = tmp_path / "out"
    result = run("build", str(bad), "--out", str(out))
    assert result.returncode == 2 and "no article could be read" in result.stderr
    assert "line 1 of" in result.stderr
    assert not out.exists()


def test_a_bad_line_is_skipped_counted_and_named(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "Amerika Serikat memperingatkan Rusia."}\n[1]\n',
                   encoding="utf-8")
    out = tmp_path / "out"
    result = run("build", str(bad), "--out", str(out))
    assert result.returncode == 0
    assert "skipped line 2 of" in result.stderr and "skipped 1 input(s)" in result.stderr
    assert "USA,WARNS,RUS" in (out / "triples.csv").read_text(encoding="utf-8")


def test_eval_prints_overall_last(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "seed.json").write_text((ROOT / "tests/data/tribunnews-2024-06-putin-korea-utara.json")
                                    .read_text(encoding="utf-8"), encoding="utf-8")
    result = run("eval", "--gold", str(gold), "--articles", "seeds")
    assert result.returncode == 0, result.stderr
    last = result.stdout.strip().splitlines()[-1]
    assert last.startswith("overall precision=") and "f1=" in last
