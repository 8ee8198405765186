"""The ablation report switches rules and lexicon groups off for real and scores each run."""

from pathlib import Path

import pytest

from geopolgraph.ablation import ablate, lexicon_groups
from geopolgraph.evaluate import Score
from geopolgraph.loaders.extract import extract_triples, rules
from geopolgraph.loaders.lexicons import load_lexicon
from geopolgraph.model import Article

ROOT = Path(__file__).resolve().parents[1]


def test_a_lexicon_group_removed_removes_its_cues():
    lex = load_lexicon()
    reduced = dict((n, r) for n, _, r in lexicon_groups(lex))["cues.id.WARNS"]
    art = Article(id="t", text="AS telah memperingatkan Rusia.", lang="id")
    assert [t.relation for t in extract_triples(art, lex)] == ["WARNS"]
    assert extract_triples(art, reduced) == []


def test_ablation_on_a_small_gold_set(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text("Korea Utara dikecam oleh Korea Selatan.\n",
                                          encoding="utf-8")
    (gold / "x.json").write_text(
        '{"article_file": "x.txt", "language": "id", "required": [{"source": "KOR", '
        '"relation": ["CRITICIZES"], "target": "PRK", "lines": [1]}], "allowed": []}',
        encoding="utf-8")
    baseline, rows = ablate(gold, [tmp_path / "a"])
    assert baseline == Score(1, 1, 1, 1)
    by_name = {r.name: r for r in rows}
    assert by_name["frame.passive"].score.f1 == 0.0 and by_name["frame.passive"].delta == -1.0
    assert by_name["frame.active"].delta == 0.0
    assert set(rules.RULES) <= set(by_name)
    assert rows[0].delta <= rows[-1].delta


@pytest.mark.parametrize("flag", ["--ablate"])
def test_cli_help_names_the_flag(flag, capsys):
    from geopolgraph.cli import main

    with pytest.raises(SystemExit):
        main(["eval", "--help"])
    assert flag in capsys.readouterr().out


def test_every_english_grammar_list_can_be_switched_off():
    """The ablation empties each grammar list in turn; the extractor reads an emptied list as
    none (an emptied receiving_proxy once ended `geopolgraph eval --ablate` in a traceback)."""
    lex = load_lexicon()
    art = Article(id="t", text="Moscow assails Kyiv", lang="en")  # a headline verb misread
    for name, _, reduced in lexicon_groups(lex):
        if name.startswith("grammar.en."):
            assert isinstance(extract_triples(art, reduced), list), name
