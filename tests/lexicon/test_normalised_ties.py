"""Normalising ties is diplomatic cooperation (CAMEO 050, 054): "menormalisasi hubungan dengan
X" (the verb of the noun "normalisasi hubungan", tools/cue_phrases_id.tsv, with its headline
form "normalisasikan"), "normalize ties with X" (tools/curated_relations_en.tsv), over every
one-word state name, in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import STATE, count_states, one_word_states


@pytest.mark.parametrize(("lang", "template", "relation"), [
    ("id", "Turki akan menormalisasi hubungan dengan {state}.", "COOPERATES"),
    ("id", "Turki Normalisasikan Hubungan dengan {state}", "COOPERATES"),
    ("en", "Turkey will normalize ties with {state}.", "SUPPORTS"),
    ("en", "Turkey pledged to normalise ties with {state}.", "SUPPORTS"),
])
def test_normalising_ties(lang, template, relation):
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "TUR"))
    assert count_states(lex, lang, template, ("TUR", relation, STATE)) >= 0.95 * n
