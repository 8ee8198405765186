"""A noun cue in a purpose clause of a planned verb is planned too: "Menlu Jepang dijadwalkan
melawat ke Manila untuk menghadiri pertemuan dengan Menlu X", "akan terbang ke Manila pekan
depan untuk perundingan dengan X" are a planned JPN MEETS / CONSULTS X (rule
mod.purpose_noun), over every one-word state name, in made-up sentences; a noun another cue
acts on stays what it is ("will not … lift sanctions on X")."""

from __future__ import annotations

import pytest
from made_up import STATE, count_modes, one_word_states


@pytest.mark.parametrize(("lang", "template", "relation"), [
    ("id", "Menteri Luar Negeri Jepang dijadwalkan melawat ke Manila untuk menghadiri "
     "pertemuan dengan Menlu {state}.", "MEETS"),
    ("id", "Menteri Luar Negeri Jepang akan terbang ke Manila pekan depan untuk perundingan "
     "dengan {state}.", "CONSULTS"),
    ("en", "Japan's foreign minister will travel to Manila to attend a meeting with the "
     "foreign minister of {state}.", "MEETS"),
])
def test_a_noun_purpose_of_a_plan_is_planned(lang, template, relation):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "JPN"))
    fact = ("JPN", relation, STATE)
    assert count_modes(lex, lang, template, fact, "planned") >= 0.8 * n
    with rules.disabled("mod.purpose_noun"):
        assert count_modes(lex, lang, template, fact, "planned") <= 0.1 * n
