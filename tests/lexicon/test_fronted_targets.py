"""A one-way noun cue with an owner and no target, in a fronted phrase, is aimed at the actor
opening the main clause ("Despite criticism from the US, Israel continued …"; rule
ref.fronted_target), and a gapped cue's last word that names an act is the doer's own act, no
patient of another's ("… continued its offensive"; rule ref.own_act_word), over every one-word
state name, in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import STATE, count_states, one_word_states


@pytest.mark.parametrize(("lang", "template"), [
    ("en", "Despite strong criticism from Israel, {state} released the water."),
    ("en", "Despite Israel's criticism, {state} released the water."),
    ("id", "Meski ada kecaman dari Israel, {state} tetap membuang air limbah ke laut."),
])
def test_a_fronted_nouns_target_opens_the_main_clause(lang, template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "ISR"))
    fact = ("ISR", "CRITICIZES", STATE)
    assert count_states(lex, lang, template, fact) >= 0.9 * n
    with rules.disabled("ref.fronted_target"):
        assert count_states(lex, lang, template, fact) <= 0.05 * n


def test_the_doers_own_act_word_is_no_patient():
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "ISR"))
    template = "Despite criticism from {state}, Israel continued its offensive in Gaza."
    fact = ("ISR", "ATTACKS", STATE)
    assert count_states(lex, "en", template, fact) <= 0.05 * n
    assert count_states(lex, "en", template, (STATE, "CRITICIZES", "ISR")) >= 0.9 * n
    with rules.disabled("ref.own_act_word"):
        assert count_states(lex, "en", template, fact) >= 0.9 * n


@pytest.mark.parametrize(("lang", "template"), [
    ("en", "Responding to {state}'s attack, Israel struck back."),
    ("id", "Merespons serangan {state}, Israel melancarkan serangan balasan."),
    ("id", "Respons Serangan {state}, Israel Lancarkan Serangan Balasan"),
])
def test_the_act_a_fronted_reaction_names_hit_the_reactor(lang, template):
    """A verb of reacting opens a fronted phrase too (grammar fronting_openers): the act it
    names was aimed at the main clause's subject."""
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "ISR"))
    fact = (STATE, "ATTACKS", "ISR")
    assert count_states(lex, lang, template, fact) >= 0.85 * n
    with rules.disabled("ref.fronted_target"):
        assert count_states(lex, lang, template, fact) <= 0.05 * n
