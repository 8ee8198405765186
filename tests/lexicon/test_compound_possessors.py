"""A possessor before a named actor that modifies a noun owns that noun ("China rejected
Japan's UN Security Council bid": Japan's bid, not the UN; rule parse.compound_possessor), over
every one-word state name, in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import STATE, count_states, one_word_states


@pytest.mark.parametrize(("template", "fact", "other"), [
    ("China rejected {state}'s UN Security Council bid.", ("CHN", "REJECTS", STATE), "UN"),
    ("Iran condemned {state}'s UN Security Council resolution.", ("IRN", "CRITICIZES", STATE),
     "UN"),
])
def test_the_possessor_owns_the_modified_noun(template, fact, other):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, fact[0]))
    modifier = (fact[0], fact[1], other)
    assert count_states(lex, "en", template, fact) >= 0.85 * n
    assert count_states(lex, "en", template, modifier) <= 0.05 * n
    if fact[0] == "CHN":  # the parse hangs the possessor on "Council" here
        with rules.disabled("parse.compound_possessor"):
            assert count_states(lex, "en", template, fact) <= 0.5 * n
