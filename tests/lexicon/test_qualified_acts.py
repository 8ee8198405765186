"""A participle cue qualifying the noun after it, its doer hung on it, is aimed at whoever did
the act the noun names: the parties of a brokered pact ("Israel and Hezbollah agreed to a
US-brokered ceasefire"; rule passive.qualified_act), as a relative clause on the noun is ("a
ceasefire brokered by the US"), over every one-word state name, in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import STATE, count_states, one_word_states


@pytest.mark.parametrize(("template", "broker"), [
    ("Israel and {state} agreed to a US-brokered ceasefire.", "USA"),
    ("Iran and {state} restored ties in a China-brokered deal.", "CHN"),
])
def test_the_broker_mediates_between_the_parties(template, broker):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, broker))
    fact = (broker, "MEDIATES", STATE)
    assert count_states(lex, "en", template, fact) >= 0.85 * n
    with rules.disabled("passive.qualified_act"):
        assert count_states(lex, "en", template, fact) <= 0.1 * n
