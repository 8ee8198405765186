"""A trade measure aimed at a state is a sanction on it (CAMEO 163, as 'sanctions on' is here):
export controls, curbs, restrictions and bans, import bans, trade restrictions, with every
light verb of the curated rows ("China imposed export controls on Japan", "Beijing slapped
export restrictions on Tokyo": not an attack), and the Indonesian nouns ("kontrol ekspor",
"pembatasan perdagangan": not coercion), in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import facts

NOUNS = ("export controls", "export curbs", "export restrictions", "an export ban",
         "an import ban", "import restrictions", "trade restrictions")


@pytest.mark.parametrize("verb", ["imposed", "slapped", "announced", "tightened", "expanded"])
def test_a_trade_measure_is_a_sanction(verb):
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    found = {n: facts(lex, "en", f"China {verb} {n} on Japan.") for n in NOUNS}
    hits = [n for n, f in found.items() if ("CHN", "SANCTIONS", "JPN") in f]
    assert len(hits) >= len(NOUNS) - 1, found
    assert not any(r in ("ATTACKS", "WARNS") for f in found.values() for _, r, _ in f)


@pytest.mark.parametrize("noun", ["kontrol ekspor", "pembatasan ekspor", "pembatasan impor",
                                  "pembatasan perdagangan", "pengendalian ekspor"])
def test_an_indonesian_trade_measure_is_a_sanction(noun):
    from geopolgraph.loaders.lexicons import load_lexicon

    found = facts(load_lexicon(), "id", f"China memberlakukan {noun} terhadap Jepang.")
    assert found == {("CHN", "SANCTIONS", "JPN")}
