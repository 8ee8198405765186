"""A noun cue on the last word of a verb cue's gapped pattern is what that verb threatens, asks
for or denies: "Japan threatened new tariffs on X" is JPN THREATENS X and no tariff imposed
(rule cue.spanning_noun), but a planned act still happens ("… is planning an attack on X"),
over every one-word state name, in made-up sentences."""

from __future__ import annotations

from made_up import STATE, count_states, one_word_states


def test_a_threatened_noun_did_not_happen():
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    text = "Japan threatened new tariffs on {state}."
    n = len(one_word_states(lex, "JPN"))
    assert count_states(lex, "en", text, ("JPN", "THREATENS", STATE)) >= 0.95 * n
    assert count_states(lex, "en", text, ("JPN", "SANCTIONS", STATE)) == 0
    with rules.disabled("cue.spanning_noun"):
        assert count_states(lex, "en", text, ("JPN", "SANCTIONS", STATE)) >= 0.9 * n


def test_a_planned_noun_still_happens():
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "JPN"))
    assert count_states(lex, "en", "Reports say Japan is planning an attack on {state}.",
                        ("JPN", "ATTACKS", STATE)) >= 0.9 * n
