"""A joint drill or patrol of any kind ("latihan angkatan laut bersama", "patroli laut
gabungan") is the partners' military cooperation (CAMEO 062), as English "joint … drills": the
gapped Indonesian patterns of tools/cue_phrases_id.tsv, over every one-word state name of the
lexicon in made-up sentences; without them none gives a triple."""

from __future__ import annotations

from dataclasses import replace

import pytest
from made_up import facts, one_word_states

from geopolgraph.loaders.lexicons import load_lexicon

GAPPED = ("latihan … bersama", "latihan … gabungan", "patroli … bersama", "patroli … gabungan")


@pytest.mark.parametrize("template", [
    "China dan {name} menggelar latihan angkatan laut bersama di Laut Jepang.",
    "China dan {name} menggelar latihan udara gabungan.",
    "China dan {name} menggelar patroli laut bersama.",
])
def test_a_joint_drill_of_any_kind(template):
    lex = load_lexicon()
    states = one_word_states(lex, "CHN")
    assert len(states) > 150

    def joint(lexicon) -> int:
        return sum({("CHN", "COOPERATES", ident), (ident, "COOPERATES", "CHN")}
                   <= facts(lexicon, "id", template.format(name=name)) for ident, name in states)

    assert joint(lex) >= 0.95 * len(states)
    kept = {**lex.relations, "id": [p for p in lex.relations["id"] if p.text not in GAPPED]}
    assert joint(replace(lex, relations=kept, derived={})) == 0
