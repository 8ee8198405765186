"""A ceasefire or truce named again is the pact its parties agreed (grammar_en.json
``pact_nouns`` and ``event_nouns``): "X and Japan agreed on Monday to an immediate ceasefire.
The truce was brokered by Malaysia" gives MYS MEDIATES X, as "the deal" did, over every
one-word state name, in made-up articles of two sentences."""

from __future__ import annotations

from dataclasses import replace

import pytest
from made_up import STATE, count_states, one_word_states


@pytest.mark.parametrize("second", [
    "The truce was brokered by Malaysia.", "Malaysia brokered the ceasefire.",
])
def test_a_truce_named_again_is_the_agreed_pact(second):
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    template = "{state} and Japan agreed on Monday to an immediate ceasefire. " + second
    n = len(one_word_states(lex, "JPN", "MYS"))
    assert count_states(lex, "en", template, ("MYS", "MEDIATES", STATE)) >= 0.9 * n
    table = lex.grammar["en"]
    truce = {"ceasefire", "truce", "armistice"}
    less = replace(lex, grammar={**lex.grammar, "en": {
        **table, "pact_nouns": [w for w in table["pact_nouns"] if w not in truce],
        "event_nouns": [w for w in table["event_nouns"] if w not in truce]}}, derived={})
    assert count_states(less, "en", template, ("MYS", "MEDIATES", STATE)) <= 0.1 * n
