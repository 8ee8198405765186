"""The giver's phrase may hang on the kind of goods a received noun counts: "Japan received a
first batch of F-16 jets from X" is JPN RECEIVES X (rule receive.gift_kind), over every
one-word state name, in made-up sentences."""

from __future__ import annotations

from made_up import STATE, count_states, one_word_states


def test_the_giver_of_a_counted_kind_of_goods():
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "JPN"))
    template = "Japan received a first batch of F-16 jets from {state}."
    fact = ("JPN", "RECEIVES", STATE)
    assert count_states(lex, "en", template, fact) >= 0.95 * n
    with rules.disabled("receive.gift_kind"):
        assert count_states(lex, "en", template, fact) <= 0.1 * n
