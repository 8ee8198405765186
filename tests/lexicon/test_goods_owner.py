"""A noun of sending names what is sent in its of-phrase, whose owner is the sender ("the sale
of US weapons to Taiwan", "the shipment of Iranian drones to Russia"; relations.tsv
goods_owner, rule noun.goods_owner); a state's weapons stand for it as its missiles and drones
do (grammar_en.json instrument_nouns), over every one-word state name, in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import STATE, count_states, one_word_states


@pytest.mark.parametrize(("template", "fact"), [
    ("Japan condemned the shipment of {state}'s drones to Russia.", (STATE, "SUPPLIES", "RUS")),
    ("Russia condemned the transfer of {state}'s tanks to Ukraine.", (STATE, "SUPPLIES", "UKR")),
    ("Russia condemned the transfer of {state}'s tanks to Ukraine.",
     ("RUS", "CRITICIZES", STATE)),
])
def test_the_goods_owner_sends_them(template, fact):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "JPN", "RUS", "UKR"))
    assert count_states(lex, "en", template, fact) >= 0.9 * n
    with rules.disabled("noun.goods_owner"):
        assert count_states(lex, "en", template, fact) <= 0.1 * n


def test_a_states_weapons_stand_for_it():
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "TWN"))
    fact = (STATE, "SUPPLIES", "TWN")
    assert count_states(lex, "en", "{state} weapons to Taiwan arrived in May.", fact) >= 0.9 * n
