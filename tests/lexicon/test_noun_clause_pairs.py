"""A verb cue in a clause on a noun is that noun's act, not the sentence's first pair's on each
other: "Japan and X accused China of a cyber campaign targeting lawmakers" gives no JPN ATTACKS
X (rule frame.noun_clause_pair), over every one-word state name, in made-up sentences; "The
leaders of Japan and X, meeting in Tokyo, …" still meet."""

from __future__ import annotations

from made_up import STATE, count_states, one_word_states

TEMPLATE = "Japan and {state} accused China of a cyber campaign targeting lawmakers."
LEADERS = "The leaders of Japan and {state}, meeting in Tokyo, agreed to cooperate."


def test_a_clause_on_a_noun_is_no_act_of_the_pair():
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "JPN", "CHN"))
    assert count_states(lex, "en", TEMPLATE, (STATE, "ACCUSES", "CHN")) >= 0.95 * n
    assert count_states(lex, "en", TEMPLATE, ("JPN", "ATTACKS", STATE)) == 0
    assert count_states(lex, "en", LEADERS, ("JPN", "MEETS", STATE)) >= 0.9 * n
    with rules.disabled("frame.noun_clause_pair"):
        assert count_states(lex, "en", TEMPLATE, ("JPN", "ATTACKS", STATE)) >= 0.9 * n
