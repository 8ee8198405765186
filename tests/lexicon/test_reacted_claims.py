"""A said act that a verb of reacting answers was said, and to the reactor ("Israel responded
to Hamas's accusations": HAMAS ACCUSES ISR; rule noun.reacted_claim), and a negator before the
answering verb negates the answer, not what was said ("Iran did not deny the US accusations";
rule mod.answer_negation), over every one-word state name, in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import STATE, count_states, one_word_states


@pytest.mark.parametrize(("lang", "template", "fact", "rule"), [
    ("en", "Israel responded to {state}'s accusations.", (STATE, "ACCUSES", "ISR"),
     "noun.reacted_claim"),
    ("id", "Israel menanggapi tuduhan {state}.", (STATE, "ACCUSES", "ISR"),
     "noun.reacted_claim"),
    ("id", "Israel merespons kecaman keras dari {state}.", (STATE, "CRITICIZES", "ISR"),
     "noun.reacted_claim"),
    ("en", "Iran did not deny the accusations by {state}.", (STATE, "ACCUSES", "IRN"),
     "mod.answer_negation"),
    ("id", "Iran tidak membantah tuduhan {state}.", (STATE, "ACCUSES", "IRN"),
     "mod.answer_negation"),
    ("id", "Israel belum menanggapi tuduhan {state}.", (STATE, "ACCUSES", "ISR"),
     "mod.answer_negation"),
])
def test_what_was_answered_was_said(lang, template, fact, rule):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, fact[2]))
    assert count_states(lex, lang, template, fact) >= 0.85 * n
    with rules.disabled(rule):
        assert count_states(lex, lang, template, fact) <= 0.1 * n


def test_a_reaction_with_a_measure_is_the_reactors_act():
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "RUS"))
    template = "Russia responded with sanctions against {state}."
    assert count_states(lex, "en", template, ("RUS", "SANCTIONS", STATE)) >= 0.85 * n
