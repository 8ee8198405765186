"""An act named back without a noun of its own ("tindakan itu", "the move") by a cue whose
doer did the last act reported is not that doer's own: it is the other act the sentence
before reported ("Filipina memprotes tindakan kapal China yang menembakkan meriam air …. Manila
mengecam tindakan itu": PHL CRITICIZES CHN; rule ref.other_doer), over every one-word state
name, in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import STATE, count_states, one_word_states


@pytest.mark.parametrize(("lang", "template"), [
    ("id", "Filipina memprotes tindakan kapal {state} yang menembakkan meriam air ke kapal "
           "Filipina. Manila mengecam tindakan itu."),
    ("id", "Filipina memprotes tindakan kapal {state} yang menembakkan meriam air ke kapal "
           "Filipina. Manila menyebut tindakan itu sebagai provokasi."),
    ("en", "The Philippines protested after a {state} vessel fired water cannon at a "
           "Philippine boat. Manila condemned the move."),
])
def test_an_act_named_back_is_not_the_namers_own(lang, template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "PHL"))
    fact = ("PHL", "CRITICIZES", STATE)
    assert count_states(lex, lang, template, fact) >= 0.95 * n
    with rules.disabled("ref.other_doer"):
        assert count_states(lex, lang, template, fact) <= 0.3 * n
