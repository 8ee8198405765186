"""A cue with no object of its own in a purpose clause under a verb whose object is another
actor is aimed at that object: "Japan summoned the X ambassador to lodge a protest" is JPN
PROTESTS X (rule active.purpose_target), over every one-word state name, in made-up
sentences; an object that does the clause's verb ("urged X to lodge a protest") and a cue
with an object of its own ("angered X to provoke a reaction") get no such target."""

from __future__ import annotations

import pytest
from made_up import STATE, count_states, rule_gives


@pytest.mark.parametrize("template", [
    "Japan summoned the {state} ambassador to lodge a protest.",
    "Japan summoned the ambassador of {state} to lodge a protest.",
])
def test_a_purpose_clause_is_aimed_at_the_verbs_object(template):
    rule_gives("en", template, ("JPN", "PROTESTS", STATE), "active.purpose_target")


@pytest.mark.parametrize(("template", "relation"), [
    ("Japan urged {state} to lodge a protest.", "PROTESTS"),
    ("Japan angered {state} to provoke a reaction.", "PROVOKES"),
])
def test_no_purpose_target_for_a_doer_or_an_own_object(template, relation):
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    assert count_states(lex, "en", template, ("JPN", relation, STATE)) == 0
