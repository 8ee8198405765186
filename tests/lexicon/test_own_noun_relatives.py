"""A passive relative clause on the noun that ends a cue's own pattern names the doer the cue is
aimed at: "Japan retaliated against the tariffs imposed by X" is JPN SANCTIONS X (rule
active.own_noun_relative), over every one-word state name, in made-up sentences."""

from __future__ import annotations

from made_up import STATE, rule_gives


def test_a_relative_clause_on_the_cues_own_noun_names_its_doer():
    rule_gives("en", "Japan retaliated against the tariffs imposed by {state}.",
               ("JPN", "SANCTIONS", STATE), "active.own_noun_relative")
