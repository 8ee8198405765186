"""A body of an actor (its government, leaders, army) names that actor for the anaphors of its
kind (rule ref.body_kind: "NATO leaders met in Vilnius. The alliance warned Russia" is NATO
WARNS RUS), over every one-word state name, in made-up articles."""

from __future__ import annotations

import pytest
from made_up import STATE, count_states, facts, one_word_states


def _count(lang: str, template: str, relation: str, target: str) -> int:
    """Over every state: how often the state does ``relation`` to ``target``."""
    from geopolgraph.loaders.lexicons import load_lexicon

    return count_states(load_lexicon(), lang, template, (STATE, relation, target))


@pytest.mark.parametrize(("lang", "template", "relation", "target"), [
    ("en", "The government of {state} met on Monday. The country later condemned Japan.",
     "CRITICIZES", "JPN"),
    ("id", "Pemerintah {state} menggelar rapat kabinet pada Senin. Negara itu kemudian mengecam "
     "Jepang.", "CRITICIZES", "JPN"),
])
def test_a_body_names_its_state_for_the_country(lang, template, relation, target):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    n = len(one_word_states(load_lexicon(), target))
    assert _count(lang, template, relation, target) >= 0.9 * n
    with rules.disabled("ref.body_kind"):
        assert _count(lang, template, relation, target) <= 0.05 * n


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "NATO leaders met in Vilnius on Tuesday. The alliance warned Russia."),
    ("id", "Para pemimpin NATO bertemu di Vilnius pada Selasa. Aliansi itu memperingatkan Rusia."),
])
def test_an_organisations_leaders_name_the_alliance(lang, text):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    assert ("NATO", "WARNS", "RUS") in facts(lex, lang, text)
    with rules.disabled("ref.body_kind"):
        assert ("NATO", "WARNS", "RUS") not in facts(lex, lang, text)


@pytest.mark.parametrize(("lang", "template"), [
    ("en", "The military of {state} seized power in 2021. The US has condemned the junta."),
    ("id", "Militer {state} merebut kekuasaan pada 2021. AS mengecam junta tersebut."),
])
def test_the_junta_is_the_state_whose_military_took_power(lang, template):
    """'the junta', 'junta tersebut' (grammar kind_anaphors) are the last state named, here by
    its military (a body of the state, rule ref.body_kind)."""
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    states = one_word_states(lex, "USA")
    found = sum(("USA", "CRITICIZES", code) in facts(lex, lang, template.format(state=name))
                for code, name in states)
    assert found >= 0.9 * len(states)
