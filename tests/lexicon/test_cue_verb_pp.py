"""A target phrase after an owned noun cue that the parse hangs on the cue verb governing the
noun is the noun's ("Rusia mengecam serangan AS ke Iran": USA ATTACKS IRN; rule
noun.cue_verb_pp), over every one-word Indonesian noun cue of a directed relation, in made-up
sentences and headlines."""

from __future__ import annotations

import pytest
from made_up import facts

DIRECTED_OFF = ("CONSULTS", "MEETS", "COOPERATES", "AGREES")


@pytest.mark.parametrize("template", [
    "Rusia mengecam {noun} AS ke Iran",
    "Rusia Kecam {Noun} AS ke Iran",
    "China memprotes {noun} AS kepada Iran.",
])
def test_the_phrase_hung_on_the_cue_verb_is_the_nouns(template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    nouns = sorted({(p.text, p.relation) for p in lex.relations["id"] if p.frame == "noun"
                    and len(p.tokens) == 1 and p.relation not in DIRECTED_OFF})
    assert len(nouns) >= 60

    def found() -> int:
        return sum(("USA", relation, "IRN") in facts(
            lex, "id", template.format(noun=noun, Noun=noun.capitalize()))
            for noun, relation in nouns)

    assert found() >= 0.85 * len(nouns)
    with rules.disabled("noun.cue_verb_pp"):
        assert found() <= 0.3 * len(nouns)
