"""Accusations traded or exchanged between two sides are each side's accusation of the other
(CAMEO 112; curated "trade"/"exchange" + accusations, blame, barbs, charges, allegations, a
mutual act by grammar mutual_patterns), over every verb form and noun of the curated rows, in
made-up sentences."""

from __future__ import annotations

import pytest
from made_up import facts


@pytest.mark.parametrize("verb", ["traded", "exchanged", "trade", "exchange"])
def test_traded_accusations_go_both_ways(verb):
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    pairs = [("India", "Pakistan", "IND", "PAK"), ("Thailand", "Cambodia", "THA", "KHM")]
    for noun in ("accusations", "blame", "barbs", "charges", "allegations"):
        for a, b, x, y in pairs:
            found = facts(lex, "en", f"{a} and {b} {verb} {noun} on Monday.")
            assert {(x, "ACCUSES", y), (y, "ACCUSES", x)} <= found, (noun, a, found)
