"""Signing documents, with a quantifier before them, and the signing ('penandatanganan') two
leaders witness are cooperation between their states (CAMEO 057; tools/cue_phrases_id.tsv,
as "menandatangani nota kesepahaman" and the English curated "signing … agreements"); so is
signing a framework, charter or roadmap ("kerangka", "piagam", "peta jalan"), over every
one-word state name, in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import mutual_count, one_word_states


@pytest.mark.parametrize(("template", "least"), [
    ("{state} dan Jepang menandatangani sejumlah nota kesepahaman.", 0.9),
    ("Presiden {state} dan Perdana Menteri Jepang menyaksikan penandatanganan nota kesepahaman.",
     0.9),
    ("Penandatanganan perjanjian antara {state} dan Jepang dilakukan di Tokyo.", 0.8),
    ("{state} dan Jepang menandatangani kerangka perdamaian di Tokyo.", 0.9),
    ("{state} dan Jepang menandatangani piagam kemitraan strategis.", 0.9),
    ("{state} dan Jepang menandatangani peta jalan kerja sama maritim.", 0.9),
    ("en:{state} and Japan signed a peace framework in Tokyo.", 0.9),
    ("en:{state} and Japan signed a charter of strategic partnership.", 0.9),
    ("en:{state} and Japan signed a roadmap for maritime cooperation.", 0.9),
])
def test_a_signing_is_cooperation_both_ways(template, least):
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    lang, template = ("en", template[3:]) if template.startswith("en:") else ("id", template)
    n = len(one_word_states(lex, "JPN"))
    assert mutual_count(lex, lang, template, "COOPERATES", "JPN") >= least * n
