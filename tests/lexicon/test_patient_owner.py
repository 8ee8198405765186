"""The owner pronoun or clitic of what an act hits is not the act's own doer but the last
other actor named before it (rule ref.patient_owner: "The Philippines said Chinese ships fired
water cannon at its vessels" is CHN ATTACKS PHL), over every one-word state name, in made-up
sentences."""

from __future__ import annotations

import pytest
from made_up import STATE, count_states, facts, one_word_states


def _count(lang: str, template: str) -> int:
    """Over every state: how often China attacks it."""
    from geopolgraph.loaders.lexicons import load_lexicon

    return count_states(load_lexicon(), lang, template, ("CHN", "ATTACKS", STATE))


@pytest.mark.parametrize(("lang", "template"), [
    ("en", "{state} said Chinese coast guard ships fired water cannon at its vessels."),
    ("id", "{state} menyatakan kapal penjaga pantai China menembakkan meriam air ke kapalnya."),
    ("id", "{state} menyatakan bahwa China telah menyerang kapal mereka."),
    # the doer of a clause on the accused ("ships of ramming"), the clitic ending a compound
    ("en", "{state} accused Chinese ships of ramming its coast guard vessel."),
    ("id", "{state} menuding kapal China menabrak kapal penjaga pantainya."),
])
def test_the_owner_of_what_is_hit_is_another(lang, template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    n = len(one_word_states(load_lexicon(), "CHN"))
    assert _count(lang, template) >= 0.9 * n
    with rules.disabled("ref.patient_owner"):
        assert _count(lang, template) <= 0.05 * n


def test_the_doers_own_body_is_no_patient():
    """'summoned a diplomat to its foreign ministry': the ministry (a title) is the
    summoner's own, so the rule reads nothing new there."""
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    text = "Pakistan summoned a senior Indian diplomat to its Foreign Ministry on Thursday."
    with rules.disabled("ref.patient_owner"):
        off = facts(lex, "en", text)
    assert facts(lex, "en", text) == off
