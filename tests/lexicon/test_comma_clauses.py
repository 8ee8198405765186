"""A headline's second clause after a comma is the subject's next act, not what it denies:
"China Bantah Tuduhan, Desak X Minta Maaf", "China denies hacking claims, urges X to stop smears"
give CHN APPEALS X (rule cue.comma_clause), over
every one-word state name, in made-up headlines; what a denial's own clause says stays denied."""

from __future__ import annotations

from made_up import STATE, count_states, one_word_states

TEMPLATE = "China Bantah Tuduhan, Desak {state} Minta Maaf"
ENGLISH = "China denies hacking claims, urges {state} to stop smears"
DENIED = "Iran membantah tuduhan itu, menyatakan tidak pernah memasok drone ke {state}."


def test_a_clause_after_a_comma_is_no_denied_act():
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "CHN"))
    assert count_states(lex, "id", TEMPLATE, ("CHN", "APPEALS", STATE)) >= 0.6 * n
    assert count_states(lex, "id", DENIED, ("IRN", "SUPPLIES", STATE)) == 0
    assert count_states(lex, "en", ENGLISH, ("CHN", "APPEALS", STATE)) >= 0.8 * n
    with rules.disabled("cue.comma_clause"):
        assert count_states(lex, "id", TEMPLATE, ("CHN", "APPEALS", STATE)) <= 0.1 * n
        assert count_states(lex, "en", ENGLISH, ("CHN", "APPEALS", STATE)) <= 0.1 * n
