"""A title's "from"/"dari" phrase names the state it acts for ("a delegation from Japan visited
Indonesia", "mitranya dari China"), but not after an owner pronoun ("its troops from Syria" are
its own) unless the title is a counterpart ("her counterpart from Japan"), and a spokesperson's
"for" phrase names whom they speak for ("a spokesperson for Hamas"), an article allowed before
the name ("a spokesman for the Kremlin"): grammar title_preps, counterpart_titles,
speaker_preps and title_articles, over every English title of a person or office (or every
group and IGO) in made-up sentences, with the grammar as shipped and without those lists."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from made_up import facts

from geopolgraph.loaders.lexicons import load_lexicon

LEXICON = Path(__file__).resolve().parents[2] / "geopolgraph" / "loaders" / "lexicon"
KINDS = ("official", "diplomat", "minister", "spokesperson", "leader", "legislature")
DATE = "2024-06-10"


def _without(tmp_path: Path, lang: str, key: str):
    bare = tmp_path / "lexicon"
    shutil.copytree(LEXICON, bare)
    path = bare / f"grammar_{lang}.json"
    grammar = json.loads(path.read_text("utf-8"))
    grammar[key] = [w for w in grammar[key] if w not in ("from", "dari")] if key == "title_preps" \
        else []
    path.write_text(json.dumps(grammar), "utf-8")
    return load_lexicon(str(bare))


def _titles(lex) -> list[str]:
    return sorted(" ".join(k) for k, kind in lex.titles["en"].items() if kind in KINDS)


@pytest.mark.parametrize(("template", "fact"), [
    ("A {title} from Japan visited Indonesia.", ("JPN", "VISITS", "IDN")),
    ("The {title} from Japan met the Indonesian president.", ("JPN", "MEETS", "IDN")),
])
def test_a_titles_from_phrase_is_whom_it_acts_for(tmp_path, template, fact):
    lex = load_lexicon()
    titles = _titles(lex)
    assert len(titles) >= 400

    def found(lexicon) -> int:
        return sum(fact in facts(lexicon, "en", template.format(title=t), DATE) for t in titles)

    assert found(lex) / len(titles) >= 0.95
    assert found(_without(tmp_path, "en", "title_preps")) == 0


def test_its_own_title_from_a_place_is_no_actor_of_that_place():
    lex = load_lexicon()
    for title in _titles(lex):
        found = facts(lex, "en", f"Russia withdrew its {title} from Syria.", DATE)
        assert not any(s == "SYR" for s, _, _ in found), title


@pytest.mark.parametrize("counterpart", ["mitra", "rekan", "timpalan"])
def test_a_counterparts_dari_phrase_is_whom_it_acts_for(tmp_path, counterpart):
    text = f"Presiden Prabowo bertemu dengan {counterpart}nya dari Prancis."
    assert ("IDN", "MEETS", "FRA") in facts(load_lexicon(), "id", text, DATE)
    assert ("IDN", "MEETS", "FRA") not in facts(
        _without(tmp_path, "id", "counterpart_titles"), "id", text, DATE)
    assert not any(s == "SYR" for s, _, _ in facts(
        load_lexicon(), "id", "Rusia menarik pasukannya dari Suriah.", DATE))


def test_an_english_counterpart_from_a_state_acts_for_it_after_her():
    text = "Indonesia's foreign minister met her counterpart from Japan."
    assert ("IDN", "MEETS", "JPN") in facts(load_lexicon(), "en", text, DATE)


def _groups() -> list[tuple[str, str]]:
    lines = (LEXICON / "actors.jsonl").read_text("utf-8").splitlines()[1:]
    return [(r["id"], r["name"]) for r in map(json.loads, lines) if r["kind"] in ("group", "igo")]


@pytest.mark.parametrize(("template", "key"), [
    ("A spokesperson for {name} criticised Japan.", "speaker_preps"),
    ("A spokesman for the {name} criticised Japan.", "title_articles"),
])
def test_a_spokespersons_for_phrase_is_whom_they_speak_for(tmp_path, template, key):
    groups = _groups()
    assert len(groups) >= 50

    def found(lexicon) -> int:
        return sum((ident, "CRITICIZES", "JPN") in facts(
            lexicon, "en", template.format(name=name), DATE) for ident, name in groups)

    assert found(load_lexicon()) / len(groups) >= 0.9
    assert found(_without(tmp_path, "en", key)) / len(groups) <= 0.2
