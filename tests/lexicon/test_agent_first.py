"""A noun cue's oleh/by phrase names its doer before any bare name the parse hangs on it:
"… sebagai balasan atas pengusiran diplomat Jepang oleh X" is X SANCTIONS JPN, not Japan's own
act (rule syntax.agent_first), over every one-word state name, in made-up sentences."""

from __future__ import annotations

from made_up import STATE, count_states, one_word_states


def test_the_agent_phrase_names_the_nouns_doer():
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "JPN", "CHN"))
    template = ("Jepang mengusir diplomat China sebagai balasan atas pengusiran diplomat Jepang "
                "oleh {state}.")
    fact = (STATE, "SANCTIONS", "JPN")
    assert count_states(lex, "id", template, fact) >= 0.95 * n
    with rules.disabled("syntax.agent_first"):
        assert count_states(lex, "id", template, fact) <= 0.1 * n
