"""An appeal whose object names no actor and no act is addressed to that object ("The US urged
its citizens not to travel to Lebanon": no appeal to Lebanon; rule syntax.addressed), over every
one-word state name of the lexicon in made-up sentences; an actor as the object is still the
target, and so is the partner of an act asked for ("menyerukan gencatan senjata dengan X")."""

from __future__ import annotations

import pytest
from made_up import facts, one_word_states

from geopolgraph.loaders.lexicons import load_lexicon


@pytest.mark.parametrize(("lang", "template", "source"), [
    ("en", "The US urged its citizens not to travel to {name}.", "USA"),
    ("en", "The US urged Congress to approve military aid to {name}.", "USA"),
    ("id", "Indonesia mengimbau warganya untuk tidak bepergian ke {name}.", "IDN"),
])
def test_an_appeal_to_no_actor_is_not_aimed_at_the_clauses_object(lang, template, source):
    from geopolgraph.loaders.extract import rules

    lex = load_lexicon()
    states = one_word_states(lex, "USA", "IDN", "ISR")
    assert len(states) > 150

    def appealed() -> int:
        return sum((source, "APPEALS", ident) in facts(lex, lang, template.format(name=name))
                   for ident, name in states)

    assert appealed() == 0
    with rules.disabled("syntax.addressed"):
        assert appealed() >= 0.9 * len(states)


@pytest.mark.parametrize(("lang", "template"), [
    ("en", "The US urged {name} to stop attacking Israel."),
    ("id", "Indonesia menyerukan gencatan senjata dengan {name}."),
])
def test_an_actor_or_an_acts_partner_is_still_the_target(lang, template):
    lex = load_lexicon()
    states = one_word_states(lex, "USA", "IDN", "ISR")
    source = "USA" if lang == "en" else "IDN"
    appealed = sum((source, "APPEALS", ident) in facts(lex, lang, template.format(name=name))
                   for ident, name in states)
    assert appealed >= 0.9 * len(states)
