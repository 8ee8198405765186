"""``eval --sentences``: the sentence gold is read from the treebank, checked, extracted, scored."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from itertools import combinations
from pathlib import Path

import pytest

from geopolgraph.cli import main
from geopolgraph.model import RELATIONS
from geopolgraph.models.ud import read_conllu
from geopolgraph.sentence_gold import read_sentence_gold, text_sha1

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("GEOPOLGRAPH_SHARED", ROOT.parent / "shared"))

ID_TEXT = "Rusia menyerang Ukraina."
EN_TEXT = "Russia attacked Ukraine on Monday."


def _conllu(sent_id: str, text: str) -> str:
    words = [*text.rstrip(".").split(), "."]
    rows = [f"{i}\t{w}\t_\tX\t_\t_\t{0 if i == 2 else 2}\t{'root' if i == 2 else 'dep'}\t_\t_"
            for i, w in enumerate(words, 1)]
    return f"# sent_id = {sent_id}\n# text = {text}\n" + "\n".join(rows) + "\n\n"


def _setup(tmp_path: Path, id_target: str = "UKR") -> Path:
    ud = tmp_path / "ud"
    (ud / "id").mkdir(parents=True, exist_ok=True)
    (ud / "en").mkdir(exist_ok=True)
    (ud / "id" / "id_x-ud-test.conllu").write_text(_conllu("s1", ID_TEXT) + _conllu("s2", "Hujan."))
    (ud / "en" / "en_x-ud-test.conllu").write_text(_conllu("e1", EN_TEXT))
    records = [
        {"treebank": "id/id_x-ud-test.conllu", "sent_id": "s1", "lang": "id",
         "text_sha1": text_sha1(ID_TEXT),
         "required": [{"source": "RUS", "relation": ["ATTACKS"], "target": id_target}],
         "allowed": []},
        {"treebank": "id/id_x-ud-test.conllu", "sent_id": "s2", "lang": "id",
         "text_sha1": text_sha1("Hujan."), "required": [], "allowed": []},
        {"treebank": "en/en_x-ud-test.conllu", "sent_id": "e1", "lang": "en",
         "text_sha1": text_sha1(EN_TEXT),
         "required": [{"source": "RUS", "relation": ["ATTACKS"], "target": "UKR"}],
         "allowed": []},
    ]
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in records))
    return gold


def _run(capsys, gold: Path, ud: Path) -> tuple[int, list[str], str]:
    status = main(["eval", "--sentences", str(gold), "--ud-root", str(ud)])
    out = capsys.readouterr()
    return status, out.out.strip().splitlines(), out.err


def _values(line: str) -> dict[str, float]:
    return {k: float(v) for k, v in (kv.split("=") for kv in line.split()[1:])}


def test_scores_per_language_then_overall(tmp_path, capsys):
    gold = _setup(tmp_path)
    status, lines, _ = _run(capsys, gold, tmp_path / "ud")
    assert status == 0 and [ln.split()[0] for ln in lines] == ["en", "id", "overall"]
    overall = _values(lines[-1])
    assert overall["recall"] == 1.0 and 0.0 < overall["precision"] <= 1.0
    wrong = _setup(tmp_path, id_target="USA")  # the Indonesian sentence's gold no longer matches
    status, lines, _ = _run(capsys, wrong, tmp_path / "ud")
    id_line = _values(lines[1])
    assert status == 0 and id_line["recall"] == 0.0 and id_line["precision"] == 0.0


def test_changed_text_or_unknown_sentence_is_one_line_exit_2(tmp_path, capsys):
    gold = _setup(tmp_path)
    tb = tmp_path / "ud" / "id" / "id_x-ud-test.conllu"
    tb.write_text(tb.read_text().replace("Ukraina", "Ukrainа"))  # Cyrillic a
    status, _, err = _run(capsys, gold, tmp_path / "ud")
    assert status == 2 and "line 1: the text of 's1' differs" in err and err.count("\n") == 1
    tb.write_text(_conllu("other", ID_TEXT))
    status, _, err = _run(capsys, gold, tmp_path / "ud")
    assert status == 2 and "line 1: no sentence 's1'" in err
    status, _, err = _run(capsys, gold, tmp_path / "nowhere")
    assert status == 2 and "--ud-root" in err


# (file, at least this many sentences, at least this many required triples); batch b is the
# fresh pair annotated after the first frozen half was used up (eval/sentences/README.md)
HALVES = {"working": (300, 50), "frozen": (300, 50), "working-b": (150, 35),
          "frozen-b": (150, 35)}
UD_FILES = {
    "id/id_csui-ud-test.conllu", "id/id_gsd-ud-test.conllu", "en/en_ewt-ud-test.conllu",
    "id/id_csui-ud-train.conllu", "id/id_gsd-ud-dev.conllu", "id/id_pud-ud-test.conllu",
    "en/en_ewt-ud-train.conllu", "en/en_ewt-ud-dev.conllu",
}
ACTOR_ID = re.compile(r"[A-Z]{3}|[A-Z][A-Za-z0-9]{1,5}|group:[a-z0-9]+(-[a-z0-9]+)*")


def _records(half: str) -> list[dict]:
    return [r for _, r in read_sentence_gold(ROOT / "eval" / "sentences" / f"{half}.jsonl")]


def _sides(item: dict, side: str) -> list[str]:
    return item[side] if isinstance(item[side], list) else [item[side]]


@pytest.mark.parametrize("half", sorted(HALVES))
def test_shipped_halves_are_well_formed(half):
    records = _records(half)
    least_sentences, least_required = HALVES[half]
    assert len(records) >= least_sentences and {r["lang"] for r in records} == {"id", "en"}
    assert sum(len(r["required"]) for r in records) >= least_required  # issue 10: >= 100 a pair
    assert all("text" not in r for r in records)  # the texts stay in ../shared
    ids = [(r["treebank"], r["sent_id"]) for r in records]
    assert len(set(ids)) == len(ids)
    # only the UD files named in eval/sentences/README.md (never idner-news-2k: unseen sets)
    assert {t for t, _ in ids} <= UD_FILES
    for record in records:  # what eval --sentences scores: known labels, actor ids, two sides
        for item in record["required"] + record["allowed"]:
            assert item["relation"] and set(item["relation"]) <= set(RELATIONS), item
            sources, targets = _sides(item, "source"), _sides(item, "target")
            assert all(ACTOR_ID.fullmatch(a) for a in sources + targets), item
            assert not set(sources) & set(targets), item  # the same actor on both sides is nothing
            assert set(item) <= {"source", "relation", "target", "symmetric"}, item


@pytest.mark.parametrize(("one", "other"), list(combinations(sorted(HALVES), 2)))
def test_halves_do_not_overlap(one, other):
    def keys(half):
        return {(r["treebank"], r["sent_id"]) for r in _records(half)}

    def texts(half):
        return {r["text_sha1"] for r in _records(half)}

    assert not keys(one) & keys(other)
    assert not texts(one) & texts(other)  # a repeated sentence stays in one half


def _ud_root() -> Path:
    ud = SHARED / "data" / "ud"
    if not ud.is_dir():
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"the UD treebanks are missing at {ud}")
        pytest.skip(f"needs the UD treebanks at {ud}")
    return ud


@pytest.mark.parametrize("half", sorted(HALVES))
def test_halves_name_treebank_sentences_unchanged(half):
    """What eval --sentences checks before extracting (sentence found, text_sha1 equal), done
    here without extracting: batch b is scored once, at the end, by the lead."""
    ud = _ud_root()
    texts: dict[str, dict[str, str]] = {}
    for record in _records(half):
        tb = record["treebank"]
        if tb not in texts:
            texts[tb] = {s.sent_id: s.text for s in read_conllu(ud / tb)}
        assert text_sha1(texts[tb][record["sent_id"]]) == record["text_sha1"], record["sent_id"]
        assert record["lang"] == tb.split("/")[0]


def test_split_tool_writes_named_halves_and_refuses_a_sentence_already_held(tmp_path):
    def rec(sid: str, text: str, required: bool = False) -> dict:
        req = [{"source": "RUS", "relation": ["ATTACKS"], "target": "UKR"}] if required else []
        return {"treebank": "id/x.conllu", "sent_id": sid, "lang": "id",
                "text_sha1": text_sha1(text), "required": req, "allowed": []}

    def write(path: Path, records: list[dict]) -> Path:
        path.write_text("".join(json.dumps(r) + "\n" for r in records))
        return path

    write(tmp_path / "working.jsonl", [rec("a", "A.")])
    write(tmp_path / "frozen.jsonl", [rec("b", "B.")])
    pool = write(tmp_path / "pool.jsonl", [rec(f"p{i}", f"P{i}.", i < 2) for i in range(4)])
    tool = [sys.executable, str(ROOT / "tools" / "split_sentence_gold.py"), "--dir", str(tmp_path)]
    done = subprocess.run([*tool, "--halves", "working-b", "frozen-b", str(pool)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    new = [[json.loads(x) for x in (tmp_path / f"{h}.jsonl").read_text().splitlines()]
           for h in ("working-b", "frozen-b")]
    assert [len(h) for h in new] == [2, 2] and all(sum(bool(r["required"]) for r in h) == 1
                                                     for h in new)
    assert not pool.exists() and (tmp_path / "working.jsonl").read_text().count("\n") == 1
    again = write(tmp_path / "pool2.jsonl", [rec("c", "C."), rec("a2", "A.")])  # text of "a"
    done = subprocess.run([*tool, "--halves", "working-c", "frozen-c", str(again)],
                          capture_output=True, text=True)
    assert done.returncode == 2 and "line 2: a2 is already in a half" in done.stderr
    assert again.exists() and not (tmp_path / "working-c.jsonl").exists()


def test_working_half_runs_on_the_treebanks(capsys):
    ud = _ud_root()
    status, lines, _ = _run(capsys, ROOT / "eval" / "sentences" / "working.jsonl", ud)
    assert status == 0 and lines[-1].startswith("overall precision=")
    assert 0.0 <= _values(lines[-1])["f1"] <= 1.0


def test_doctests():
    import doctest

    import geopolgraph.sentence_gold as module

    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.attempted and not result.failed
