"""A passive relative clause on the noun that ends a cue's own pattern names the doer the cue is
aimed at: "Japan retaliated against the tariffs imposed by X" is JPN SANCTIONS X (rule
active.own_noun_relative), over every one-word state name, in made-up sentences."""

from __future__ import annotations

from made_up import STATE, count_states, one_word_states


def test_a_relative_clause_on_the_cues_own_noun_names_its_doer():
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "JPN"))
    template = "Japan retaliated against the tariffs imposed by {state}."
    fact = ("JPN", "SANCTIONS", STATE)
    assert count_states(lex, "en", template, fact) >= 0.95 * n
    with rules.disabled("active.own_noun_relative"):
        assert count_states(lex, "en", template, fact) <= 0.1 * n
