"""A passive cue opening the sentence (an opener at most before it), with no subject of its own,
is done to the subject of the clause after its comma ("Attacked by Israel, Iran vowed to
retaliate", "Diserang Israel, Iran bersumpah membalas"; rule passive.fronted_clause), over every
one-word state name, in made-up sentences and headlines."""

from __future__ import annotations

import pytest
from made_up import STATE, count_states, one_word_states


@pytest.mark.parametrize(("lang", "template", "fact"), [
    ("en", "Attacked by Israel, {state} vowed to retaliate.", ("ISR", "ATTACKS", STATE)),
    ("en", "Criticised by Israel, {state} defended its decision.",
     ("ISR", "CRITICIZES", STATE)),
    ("id", "Diserang Israel, {state} bersumpah membalas.", ("ISR", "ATTACKS", STATE)),
    ("id", "Dikecam Israel, {state} Tetap Gelar Latihan Militer", ("ISR", "CRITICIZES", STATE)),
    ("en", "After being attacked by Israel, {state} vowed to retaliate.",
     ("ISR", "ATTACKS", STATE)),
    ("id", "Meski dikecam Israel, {state} tetap menggelar latihan militer.",
     ("ISR", "CRITICIZES", STATE)),
])
def test_the_fronted_passive_is_done_to_the_next_subject(lang, template, fact):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "ISR"))
    assert count_states(lex, lang, template, fact) >= 0.9 * n
    with rules.disabled("passive.fronted_clause"):
        assert count_states(lex, lang, template, fact) <= 0.05 * n
