"""A threat or warning with no target of its own is aimed at the subject of the conditional
clause after it ("China threatened to take firm action if the Philippines continued its
provocations"; relations.tsv if_target, rule syntax.condition_target), over every one-word
state name, in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import STATE, count_states, one_word_states


@pytest.mark.parametrize(("lang", "template", "relation"), [
    ("en", "China threatened to take firm action if {state} continued its provocations.",
     "THREATENS"),
    ("en", "China warned it would respond strongly if {state} deployed more troops.", "WARNS"),
    ("id", "China mengancam akan membalas jika {state} mengirim kapal perang.", "THREATENS"),
    ("id", "China memperingatkan akan ada konsekuensi serius apabila {state} mengirim pasukan.",
     "WARNS"),
    # refusing to stand by warns (curated "will not stand idly by", "tidak akan tinggal diam")
    ("en", "China said it would not stand idly by if {state} continued its provocations.",
     "WARNS"),
    ("id", "China menyatakan tidak akan tinggal diam jika {state} terus melakukan provokasi.",
     "WARNS"),
])
def test_the_conditions_subject_is_threatened(lang, template, relation):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "CHN"))
    fact = ("CHN", relation, STATE)
    assert count_states(lex, lang, template, fact) >= 0.9 * n
    with rules.disabled("syntax.condition_target"):
        assert count_states(lex, lang, template, fact) <= 0.05 * n
