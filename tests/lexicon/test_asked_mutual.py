"""An act both sides do that its subjects only ask for or seek is not done by them with each
other ("Egypt and Qatar sought a ceasefire in Gaza", "Mesir dan Qatar mengupayakan gencatan
senjata di Gaza"; rule syntax.asked_mutual, grammar seeking_verbs), while an agreed one is and
a between-phrase still names its parties, over every one-word state name, in made-up
sentences."""

from __future__ import annotations

import pytest
from made_up import STATE, count_states, mutual_count, one_word_states


@pytest.mark.parametrize(("lang", "template", "relation"), [
    ("en", "Egypt and {state} sought a ceasefire in Gaza.", "APPEALS"),
    ("en", "Egypt and {state} demanded a ceasefire in Gaza.", "DEMANDS"),
    ("id", "Mesir dan {state} mengupayakan gencatan senjata di Gaza.", "YIELDS"),
    ("id", "Mesir dan {state} menginginkan gencatan senjata di Gaza.", "YIELDS"),
])
def test_seekers_of_a_ceasefire_are_no_parties_to_it(lang, template, relation):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "EGY"))
    assert mutual_count(lex, lang, template, relation, "EGY") <= 0.05 * n
    with rules.disabled("syntax.asked_mutual"):
        assert mutual_count(lex, lang, template, relation, "EGY") >= 0.8 * n


@pytest.mark.parametrize(("lang", "template", "relation"), [
    ("en", "Russia and {state} agreed to a ceasefire.", "AGREES"),
    ("id", "Rusia dan {state} menyepakati gencatan senjata.", "YIELDS"),
])
def test_agreed_ceasefires_stay_between_their_parties(lang, template, relation):
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "RUS"))
    assert mutual_count(lex, lang, template, relation, "RUS") >= 0.85 * n


def test_a_sought_ceasefire_between_two_names_them():
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "EGY", "ISR"))
    template = "Mesir mengupayakan gencatan senjata antara Israel dan {state}."
    assert count_states(lex, "id", template, ("ISR", "YIELDS", STATE)) >= 0.85 * n
    assert count_states(lex, "id", template, ("EGY", "YIELDS", STATE)) <= 0.05 * n
