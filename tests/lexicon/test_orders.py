"""Ordering another actor is a demand (CAMEO 100 ORDER): "Jepang memerintahkan X menarik
pasukannya", its passive and headline forms, "menyuruh"; the root "perintah" keeps its p out
of "memerintahkan" (tools/cue_roots_id.tsv spells it), over every one-word state name, in
made-up sentences."""

from __future__ import annotations

import pytest
from made_up import STATE, count_states, one_word_states


@pytest.mark.parametrize("template", [
    "Jepang memerintahkan {state} menarik pasukannya dari perbatasan.",
    "Jepang Perintahkan {state} Tarik Pasukan",
    "Jepang menyuruh {state} menarik kapal-kapalnya.",
])
def test_an_order_to_another_actor_is_a_demand(template):
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "JPN"))
    assert count_states(lex, "id", template, ("JPN", "DEMANDS", STATE)) >= 0.9 * n


def test_the_order_verbs_are_spelt_right():
    from geopolgraph.loaders.lexicons import load_lexicon

    words = {p.text for p in load_lexicon().relations["id"] if p.relation == "DEMANDS"}
    assert {"memerintahkan", "diperintahkan", "perintahkan", "menyuruh"} <= words
    assert "memperintahkan" not in words
