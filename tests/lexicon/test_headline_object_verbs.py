"""An Indonesian headline's bare verb right before a noun cue is read in its meN- form ("Jepang
Beri/Kirim/Gelar Hibah ke Indonesia": "memberi", "mengirim", "menggelar"; rule
headline.object_verb): the parse otherwise reads the bare word as part of a noun phrase and
the noun has no doer. Over every Indonesian noun cue in made-up headlines."""

from __future__ import annotations

import pytest
from made_up import facts

_PREPOSITIONS = {"ke", "dengan", "terhadap", "atas", "kepada", "untuk", "dari", "antara", "di",
                 "oleh", "bagi", "pada", "melawan"}


@pytest.mark.parametrize(("verb", "before"), [("Beri", 0.1), ("Gelar", 0.1), ("Kirim", 0.7)])
def test_the_bare_verb_before_a_noun_cue_is_its_verb(verb, before):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    nouns = sorted({p.text for p in lex.relations["id"] if p.frame == "noun"
                    and "…" not in p.tokens and p.relation != "NONE"
                    and p.tokens[-1] not in _PREPOSITIONS})
    assert len(nouns) >= 300

    def done() -> int:
        return sum(any(s == "JPN" and t == "IDN" for s, _, t in facts(
            lex, "id", f"Jepang {verb} {noun.title()} ke Indonesia", "2025-06-16"))
            for noun in nouns)

    assert done() >= 0.95 * len(nouns)
    with rules.disabled("headline.object_verb"):
        assert done() <= before * len(nouns)
