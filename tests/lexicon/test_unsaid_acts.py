"""A said act named back ("the accusations") is the act of whoever was last reported doing it,
not of whoever acted last, and of nobody when nobody was: "The US accused X of arming Russia.
Japan held talks with India. X rejected the accusations" is X REJECTS USA; "Japan held talks
with X. Beijing rejected the accusations" rejects nobody named (rule ref.unsaid_act), over every
one-word state name, in made-up articles."""

from __future__ import annotations

from made_up import STATE, count_states, one_word_states, rule_gives


def test_a_said_act_named_back_is_its_sayers():
    rule_gives("en", "The US accused {state} of arming Russia. Japan held talks with India. "
               "{state} rejected the accusations.", (STATE, "REJECTS", "USA"), "ref.unsaid_act")


def test_a_said_act_nobody_reported_is_nobodys():
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    text = "Japan held talks with {state}. Beijing rejected the accusations."
    n = len(one_word_states(lex, "CHN", "JPN"))
    assert count_states(lex, "en", text, ("CHN", "REJECTS", "JPN")) == 0
    with rules.disabled("ref.unsaid_act"):
        assert count_states(lex, "en", text, ("CHN", "REJECTS", "JPN")) >= 0.9 * n
