"""The giver's phrase may hang on the kind of goods a received noun counts: "Japan received a
first batch of F-16 jets from X" is JPN RECEIVES X (rule receive.gift_kind), over every
one-word state name, in made-up sentences."""

from __future__ import annotations

from made_up import STATE, rule_gives


def test_the_giver_of_a_counted_kind_of_goods():
    rule_gives("en", "Japan received a first batch of F-16 jets from {state}.",
               ("JPN", "RECEIVES", STATE), "receive.gift_kind")
