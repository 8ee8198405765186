""""Bersedia" (willing to) and "menawarkan" (offered (to)) before a verb mark a plan, as English
"willing to" and "offered to" do: "Jepang bersedia memasok senjata ke X" is a planned supply,
not one done (grammar_id.json ``planned``), over every one-word Indonesian meN- verb cue, in
made-up sentences."""

from __future__ import annotations

from dataclasses import replace

import pytest

from geopolgraph.loaders.extract import extract_triples
from geopolgraph.model import Article


def _planned(lex, cues, word: str) -> tuple[int, int]:
    """(cues whose every JPN -> KOR triple is planned, cues giving one) over ``cues``."""
    planned = found = 0
    for c in cues:
        got = [t.modality for t in extract_triples(Article(
            id="x", text=f"Jepang {word} {c.text} Korea Selatan.", lang="id"), lex)
            if (t.source, t.target) == ("JPN", "KOR")]  # a planned attack is a threat
        found += bool(got)
        planned += bool(got) and all(m == "planned" for m in got)
    return planned, found


@pytest.mark.parametrize("word", ["bersedia", "menawarkan diri untuk"])
def test_an_offered_act_is_planned(word):
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    cues = sorted({p.text: p for p in lex.relations["id"] if p.frame == "active"
                   and len(p.tokens) == 1 and p.text.startswith("me")}.values(),
                  key=lambda p: p.text)
    assert len(cues) > 100
    planned, found = _planned(lex, cues, word)
    assert found >= 0.7 * len(cues) and planned >= 0.95 * found
    table = lex.grammar["id"]
    fewer = [w for w in table["planned"] if w not in ("bersedia", "menawarkan")]
    less = replace(lex, grammar={**lex.grammar, "id": {**table, "planned": fewer}}, derived={})
    planned, found = _planned(less, cues, word)
    assert found >= 0.7 * len(cues) and planned <= 0.1 * found
