"""English irregular past participles (participles_en.tsv, derived by
tools/derive_participles_en.py from UD EWT's VBN tags): a clause on a noun with one of them reads
as passive, as an -ed one does ("the accusations made by the US": the US made them)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from made_up import facts

ROOT = Path(__file__).resolve().parents[2]
EWT = ROOT.parent / "shared" / "data" / "ud" / "en" / "en_ewt-ud-train.conllu"


@pytest.mark.skipif(not EWT.is_file() and os.environ.get("CI") != "true",
                    reason=f"needs the UD treebank at {EWT}")
def test_generated_file_is_up_to_date():
    result = subprocess.run([sys.executable, str(ROOT / "tools/derive_participles_en.py"),
                             "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("participle", ["made", "sent"])
def test_a_said_act_made_by_an_actor_is_answered_to_it(participle):
    """Over every one-word noun cue of a said act: "Russia rejected the <noun> <participle> by
    the US." is aimed at the US (rule parse.irregular_participles)."""
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    nouns = [p.text for p in lex.relations["en"]
             if p.frame == "noun" and len(p.tokens) == 1 and lex.props(p.relation).said]
    assert len(nouns) >= 10

    def share() -> float:
        found = [facts(lex, "en", f"Russia rejected the {noun} {participle} by the US.")
                 for noun in nouns]
        return sum(any(s == "RUS" and t == "USA" for s, _, t in f) for f in found) / len(found)

    assert share() >= 0.9
    with rules.disabled("parse.irregular_participles"):
        assert share() < 0.5
