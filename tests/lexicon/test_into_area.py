"""What is sent into an area a state holds is a show of force at that state, not a supply
(rule syntax.into_area, grammar area_nouns: "China sent 30 warplanes into Taiwan's air defence
identification zone" is CHN MOBILIZES TWN), over every one-word state name, in made-up
sentences; goods sent to the state itself stay a supply."""

from __future__ import annotations

import pytest
from made_up import STATE, count_states, facts, one_word_states


def _count(lang: str, template: str, relation: str, target: str) -> int:
    """Over every state: how often the state does ``relation`` to ``target``."""
    from geopolgraph.loaders.lexicons import load_lexicon

    return count_states(load_lexicon(), lang, template, (STATE, relation, target))


@pytest.mark.parametrize(("lang", "template", "target"), [
    ("en", "{state} sent 30 warplanes into Taiwan's air defence identification zone.", "TWN"),
    ("en", "{state} sent drones into Polish airspace.", "POL"),
    ("id", "{state} mengirim 30 pesawat tempur ke zona identifikasi pertahanan udara Taiwan.",
     "TWN"),
    ("id", "{state} mengirim drone ke wilayah udara Polandia.", "POL"),
])
def test_goods_sent_into_a_states_area_are_a_show_of_force(lang, template, target):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    n = len(one_word_states(load_lexicon(), target))
    assert _count(lang, template, "MOBILIZES", target) >= 0.9 * n
    assert _count(lang, template, "SUPPLIES", target) <= 0.05 * n
    with rules.disabled("syntax.into_area"):
        assert _count(lang, template, "MOBILIZES", target) <= 0.05 * n


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russia sent fighter jets to Poland."),
    ("id", "Rusia mengirim drone ke Polandia."),
])
def test_goods_sent_to_the_state_stay_a_supply(lang, text):
    from geopolgraph.loaders.lexicons import load_lexicon

    assert ("RUS", "SUPPLIES", "POL") in facts(load_lexicon(), lang, text)
