"""A retaliation is aimed at whoever did the act it answers (grammar retaliation_verbs, rule
active.retaliation_doer): the act's by-phrase ("Japan retaliated against the attack by X"),
the from-phrase the parse hangs on the verb when the cue ends in the act's noun ("membalas
provokasi dari X", rule syntax.doer_from) and the agent of a relative clause on it ("membalas
serangan yang dilancarkan X"), though attacking is done with each other too, over every
one-word state name, in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import STATE, count_states, one_word_states


@pytest.mark.parametrize(("lang", "template", "off_at_most"), [
    ("en", "Japan retaliated against the attack by {state}.", 0.05),
    ("id", "Jepang membalas serangan yang dilancarkan {state}.", 0.05),
    ("id", "Jepang membalas provokasi dari {state}.", 0.7),
])
def test_a_retaliation_is_aimed_at_the_doer(lang, template, off_at_most):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "JPN"))
    fact = ("JPN", "ATTACKS", STATE)
    assert count_states(lex, lang, template, fact) >= 0.9 * n
    with rules.disabled("active.retaliation_doer"):
        assert count_states(lex, lang, template, fact) <= off_at_most * n


def test_the_from_phrase_on_the_verb_names_the_doer_of_the_cues_own_noun():
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "JPN"))
    template = "Jepang membalas provokasi dari {state}."
    with rules.disabled("syntax.doer_from"):
        assert count_states(lex, "id", template, ("JPN", "ATTACKS", STATE)) <= 0.7 * n
