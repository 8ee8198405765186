"""A passive cue aimed at a doer in a relative clause on an act named back is aimed at whoever
did that act: "X and Japan signed a peace deal. The agreement, brokered by Norway, took effect"
is NOR MEDIATES X; "X menembakkan rudal ke Jepang. Serangan yang dikecam oleh Norwegia itu …"
is NOR CRITICIZES X, as the finite "The agreement was brokered by Norway" is (rule
passive.relative_event), over every one-word state name, in made-up articles."""

from __future__ import annotations

import pytest
from made_up import STATE, rule_gives


@pytest.mark.parametrize(("lang", "template", "relation"), [
    ("en", "Japan and {state} signed a peace deal on Friday. The agreement, brokered by Norway, "
     "took effect.", "MEDIATES"),
    ("en", "{state} fired missiles at Japan. The attack, condemned by Norway, killed ten people.",
     "CRITICIZES"),
    ("id", "Jepang dan {state} menandatangani perjanjian damai. Kesepakatan yang ditengahi "
     "Norwegia itu mulai berlaku.", "MEDIATES"),
    ("id", "{state} menembakkan rudal ke Jepang. Serangan yang dikecam oleh Norwegia itu "
     "menewaskan sepuluh orang.", "CRITICIZES"),
])
def test_a_relative_clause_on_an_act_named_back(lang, template, relation):
    rule_gives(lang, template, ("NOR", relation, STATE), "passive.relative_event")
