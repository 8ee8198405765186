"""A said act named again by a noun that a passive relative clause is on was done by its own
sayers: the denial is aimed at them ("AS menuduh China …, tuduhan yang dibantah oleh
Beijing", "…, a charge denied by Beijing"; rule passive.said_relative), over every one-word
state name, in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import STATE, count_states, one_word_states


@pytest.mark.parametrize(("lang", "template"), [
    ("id", "AS menuduh {state} memasok drone ke Rusia, tuduhan yang dibantah oleh pemerintah "
           "{state}."),
    ("en", "The United States accused {state} of supplying drones to Russia, a charge denied "
           "by {state}."),
])
def test_the_denial_is_aimed_at_the_accuser(lang, template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "USA"))
    fact = (STATE, "DENIES", "USA")
    assert count_states(lex, lang, template, fact) >= 0.85 * n
    with rules.disabled("passive.said_relative"):
        assert count_states(lex, lang, template, fact) <= 0.1 * n
