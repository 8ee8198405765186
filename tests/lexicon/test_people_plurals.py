"""A state's people named by the plural of its demonym ("Palestinians", actors.jsonl 'people',
derived by tools/derive_lexicons.py) stand for the state as whom an act is done to, never as its
doer: "Israel killed three Palestinians" is ISR ATTACKS PSE, "Palestinians protested" gives
nothing; over every such plural in made-up sentences, with the lexicon as shipped and without
its 'people' lists."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from made_up import facts

from geopolgraph.loaders.lexicons import load_lexicon

LEXICON = Path(__file__).resolve().parents[2] / "geopolgraph" / "loaders" / "lexicon"


def _plurals() -> list[tuple[str, str]]:
    lines = (LEXICON / "actors.jsonl").read_text("utf-8").splitlines()[1:]
    return [(rec["id"], plural) for rec in map(json.loads, lines)
            for plural in rec.get("people", [])]


def _done_to(lex, plurals: list[tuple[str, str]]) -> int:
    return sum(("RUS" if state != "RUS" else "CHN", "ATTACKS", state) in facts(
        lex, "en", f"{'Russia' if state != 'RUS' else 'China'} attacked three {plural}.")
        for state, plural in plurals)


def test_a_states_people_are_whom_an_act_is_done_to(tmp_path: Path) -> None:
    plurals = _plurals()
    assert len(plurals) >= 150
    assert ("PSE", "Palestinians") in plurals and ("USA", "Americans") in plurals
    lex = load_lexicon()
    assert _done_to(lex, plurals) / len(plurals) >= 0.9
    # without the lists the same sentences give nothing (but "Saudi Arabians", whose "Saudi"
    # is an alias)
    bare = tmp_path / "lexicon"
    shutil.copytree(LEXICON, bare)
    lines = (bare / "actors.jsonl").read_text("utf-8").splitlines()
    kept = [lines[0]] + [json.dumps({k: v for k, v in json.loads(line).items()
                                     if k not in ("people", "people_sources")})
                         for line in lines[1:]]
    (bare / "actors.jsonl").write_text("\n".join(kept) + "\n", "utf-8")
    assert _done_to(load_lexicon(str(bare)), plurals) / len(plurals) <= 0.05


def test_a_states_people_never_act_for_it() -> None:
    lex = load_lexicon()
    for state, plural in _plurals():
        target = "Russia" if state != "RUS" else "China"
        assert not any(s == state for s, _, _ in facts(lex, "en", f"{plural} attacked {target}."))
