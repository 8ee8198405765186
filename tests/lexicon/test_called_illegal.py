"""Calling an act or actor illegal, unacceptable or a provocation denounces it (CAMEO 111;
curated "call … illegal" and the like, Indonesian "menyebut/menilai/menganggap … ilegal,
provokasi, ancaman"): the act's owner is the target, over every predicate of the curated rows,
in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import facts

ENGLISH = ("illegal", "unlawful", "illegitimate", "unacceptable", "a provocation", "provocative",
           "a violation", "irresponsible", "hypocritical", "groundless", "baseless", "a threat")
INDONESIAN = ("ilegal", "melanggar hukum", "tidak sah", "tidak dapat diterima", "provokasi",
              "provokatif", "ancaman")


@pytest.mark.parametrize("verb", ["called", "calls"])
def test_calling_an_act_illegal_criticises_its_owner(verb):
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    missed = [w for w in ENGLISH if ("RUS", "CRITICIZES", "USA") not in facts(
        lex, "en", f"Russia {verb} the US sanctions {w}.")]
    assert len(missed) <= 1, missed


@pytest.mark.parametrize("verb", ["menyebut", "menilai", "menganggap"])
def test_an_indonesian_verdict_criticises_its_owner(verb):
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    missed = [w for w in INDONESIAN if ("RUS", "CRITICIZES", "USA") not in facts(
        lex, "id", f"Rusia {verb} sanksi AS {w}.")]
    assert len(missed) <= 1, missed
