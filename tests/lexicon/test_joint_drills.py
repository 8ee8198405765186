"""Joint drills are the partners' military cooperation (CAMEO.2.0 BEGIN '* JOINT EXERCISE'
[062]; Indonesian "latihan gabungan" alike): "Russia and China held joint drills" gives RUS
COOPERATES CHN both ways, over every English "joint …" noun cue, in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import facts


@pytest.mark.parametrize("template", [
    "Russia and China held {noun}.",
    "The Russia-China {noun} began on Monday.",
    "Japan condemned the Russia-China {noun}.",
])
def test_joint_drills_are_mutual_cooperation(template):
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    nouns = sorted({p.text for p in lex.relations["en"] if p.tokens[0] == "joint"
                    and "…" not in p.tokens and p.tokens[-1] not in ("with", "military")})
    assert len(nouns) >= 6
    for noun in nouns:
        got = facts(lex, "en", template.format(noun=noun))
        assert {("RUS", "COOPERATES", "CHN"), ("CHN", "COOPERATES", "RUS")} <= got, noun
        assert not any(r == "MOBILIZES" for _, r, _ in got), noun
