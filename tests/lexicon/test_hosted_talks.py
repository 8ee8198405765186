"""Hosting talks between two parties is mediating between them (CAMEO 045;
tools/curated_relations_en.tsv "host … talks … between", tools/cue_phrases_id.tsv "menjadi tuan
rumah perundingan … antara"), and the talks stay the parties' own, over every one-word state
name, in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import STATE, count_states, one_word_states


@pytest.mark.parametrize(("lang", "template"), [
    ("en", "{state} hosted peace talks between Russia and Ukraine."),
    ("id", "{state} menjadi tuan rumah perundingan damai antara Rusia dan Ukraina."),
])
def test_the_host_of_talks_mediates(lang, template):
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "RUS", "UKR"))
    for fact in [(STATE, "MEDIATES", "RUS"), (STATE, "MEDIATES", "UKR")]:
        assert count_states(lex, lang, template, fact) >= 0.9 * n
    # no agreement of the host's (CAMEO.2.0's 039, PLOVER AGREE) with either party
    assert count_states(lex, lang, template, (STATE, "AGREES", "RUS")) <= 0.05 * n
