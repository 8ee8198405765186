"""Owners of nouns: a from-phrase inside a mention opened after a noun cue is that mention's,
not the cue's owner, though the parse hung it on the cue (rule syntax.owner_in_mention: "Menlu
Jepang mengadakan pembicaraan dengan mitranya dari X" gives JPN CONSULTS X); "their" is an
owner pronoun as "its" is (grammar owner_pronouns, rule ref.patient_owner: "The Philippines
accused X's coast guard of ramming their patrol boat" gives X ATTACKS PHL); over every
one-word state name."""

from __future__ import annotations

from made_up import STATE, count_states, one_word_states

COUNTERPART = "Menlu Jepang mengadakan pembicaraan dengan mitranya dari {state}."
THEIR = "The Philippines accused {state}'s coast guard of ramming their patrol boat."


def test_from_phrase_of_a_counterpart_is_no_owner():
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "JPN"))
    assert count_states(lex, "id", COUNTERPART, ("JPN", "CONSULTS", STATE)) >= 0.95 * n
    with rules.disabled("syntax.owner_in_mention"):
        assert count_states(lex, "id", COUNTERPART, ("JPN", "CONSULTS", STATE)) <= 0.8 * n


def test_their_is_an_owner_pronoun():
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "PHL"))
    assert count_states(lex, "en", THEIR, (STATE, "ATTACKS", "PHL")) >= 0.9 * n
    with rules.disabled("ref.patient_owner"):
        assert count_states(lex, "en", THEIR, (STATE, "ATTACKS", "PHL")) == 0
