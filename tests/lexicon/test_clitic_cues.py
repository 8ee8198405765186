"""A cue of several Indonesian words matches with the owner clitic "-nya" on its last word
("Rusia menarik pasukannya", "menjatuhkan sanksinya"), as a one-word cue does ("mengkritiknya";
rule cue.clitic_last), over every contiguous multiword Indonesian verb cue in made-up sentences;
and the "dari" phrase of a verb of leaving is whom it yields to (grammar departure_verbs)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from made_up import facts

from geopolgraph.loaders.lexicons import GAP, load_lexicon

LEXICON = Path(__file__).resolve().parents[2] / "geopolgraph" / "loaders" / "lexicon"
PREPS = ("ke", "dengan", "terhadap", "kepada", "atas", "dari", "di", "untuk", "bagi")


def test_a_multiword_cue_matches_with_a_clitic_on_its_last_word():
    from geopolgraph.loaders.extract import rules

    lex = load_lexicon()
    cues = sorted({(p.text, p.relation) for p in lex.relations["id"] if p.frame == "active"
                   and len(p.tokens) >= 2 and GAP not in p.tokens and p.relation != "NONE"
                   and p.tokens[-1] not in PREPS})
    assert len(cues) >= 100

    def gives(cue: str, relation: str) -> bool:
        return any(("RUS", relation, "UKR") in facts(lex, "id", f"Rusia {cue}nya {prep} Ukraina.")
                   for prep in ("ke", "dengan", "terhadap", "kepada"))

    def found() -> int:
        return sum(gives(cue, relation) for cue, relation in cues)

    assert found() / len(cues) >= 0.8
    with rules.disabled("cue.clitic_last"):
        assert found() / len(cues) <= 0.4


def test_the_dari_phrase_of_a_verb_of_leaving_is_whom_it_yields_to(tmp_path):
    text = "Rusia menarik pasukannya dari Suriah."
    assert ("RUS", "YIELDS", "SYR") in facts(load_lexicon(), "id", text)
    bare = tmp_path / "lexicon"
    shutil.copytree(LEXICON, bare)
    path = bare / "grammar_id.json"
    grammar = json.loads(path.read_text("utf-8"))
    grammar["departure_verbs"] = []
    path.write_text(json.dumps(grammar), "utf-8")
    assert ("RUS", "YIELDS", "SYR") not in facts(load_lexicon(str(bare)), "id", text)
