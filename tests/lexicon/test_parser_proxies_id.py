"""The Indonesian parser proxies (parser_proxies_id.tsv) are derived from the UD treebanks the
parser is trained on: one known meN- verb per relation, read in place of a cue verb the parser
misreads."""

import importlib.util
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UD_ID = ROOT.parent / "shared" / "data" / "ud" / "id"


def _tool():
    spec = importlib.util.spec_from_file_location(
        "derive_parser_proxies_id", ROOT / "tools" / "derive_parser_proxies_id.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not UD_ID.is_dir() and os.environ.get("CI") != "true",
                    reason=f"needs the UD treebanks at {UD_ID}")
def test_generated_file_is_up_to_date():
    tool = _tool()
    text = (ROOT / "geopolgraph/loaders/lexicon/parser_proxies_id.tsv").read_text(encoding="utf-8")
    assert text == tool.render(tool.proxies(tool.count_tokens(UD_ID))), (
        "run tools/derive_parser_proxies_id.py")


def test_the_most_frequent_men_or_di_cue_of_a_relation_is_its_proxy(tmp_path, monkeypatch):
    tool = _tool()
    relations = tmp_path / "relations_id.tsv"
    relations.write_text(
        "# comment\nlang\tpattern\trelation\tcameo\tframe\tsource\n"
        "id\tmengecam\tCRITICIZES\t111\tactive\tx\n"
        "id\tmengkritik\tCRITICIZES\t111\tactive\tx\n"
        "id\tkecaman\tCRITICIZES\t111\tnoun\tx\n"
        "id\tdiserang\tATTACKS\t190\tpassive\tx\n"
        "id\tmenyerang\tATTACKS\t190\tactive\tx\n", encoding="utf-8")
    monkeypatch.setattr(tool, "RELATIONS", relations)
    counts = {"mengkritik": 3, "mengecam": 0, "kecaman": 9, "diserang": 9, "menyerang": 1}
    # a noun is no proxy, nor a verb seen fewer than MIN_TOKENS times; "*" is any relation's
    assert tool.proxies(tool.Counter(counts)) == [
        ("*", "active", "mengkritik", 3), ("*", "passive", "diserang", 9),
        ("ATTACKS", "passive", "diserang", 9), ("CRITICIZES", "active", "mengkritik", 3)]
