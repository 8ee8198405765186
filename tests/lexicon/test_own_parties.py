"""A cue word with an actor of its own is not what the sentence's first pair did to each
other: "Japan and X responded with air strikes on Houthi targets" is each of them ATTACKS the
Houthis, never JPN ATTACKS X (rule frame.own_party: "targets", a verb cue read as a noun, has
"Houthi" as its compound), over every one-word state name, in made-up sentences."""

from __future__ import annotations

from made_up import STATE, count_states, one_word_states

TEMPLATE = "Japan and {state} responded with air strikes on Houthi targets."


def test_a_cue_word_with_its_own_party_is_no_act_of_the_pair():
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "JPN"))
    assert count_states(lex, "en", TEMPLATE, (STATE, "ATTACKS", "group:houthi")) >= 0.95 * n
    assert count_states(lex, "en", TEMPLATE, ("JPN", "ATTACKS", STATE)) == 0
    with rules.disabled("frame.own_party"):
        assert count_states(lex, "en", TEMPLATE, ("JPN", "ATTACKS", STATE)) >= 0.9 * n
