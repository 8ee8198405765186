"""Goods a measure falls on are no trade ("India banned imports from Pakistan": IND SANCTIONS
PAK, no IND COOPERATES PAK from "imports … from"; rule cue.measured_goods), and a single tariff
is a sanction as tariffs are (curated "impose … tariff on", "tariff on"), over the lexicon's
verbs of a measure aimed at the goods' origin (relations.tsv ``goods_target``), in made-up
sentences."""

from __future__ import annotations

import pytest
from made_up import facts


def _lex():
    from geopolgraph.loaders.lexicons import load_lexicon

    return load_lexicon()


def test_goods_a_measure_falls_on_are_no_trade():
    from geopolgraph.loaders.extract import rules

    lex = _lex()
    verbs = sorted({p.text for p in lex.relations["en"] if p.frame == "active"
                    and lex.props(p.relation).goods_target and len(p.tokens) == 1
                    and p.text.endswith("ed")})
    assert len(verbs) > 50

    def counts() -> tuple[int, int]:
        trade = measure = 0
        for v in verbs:
            got = facts(lex, "en", f"India {v} imports from Pakistan.")
            trade += any(r == "COOPERATES" for _, r, _ in got)
            measure += any(f in got for f in (("IND", "SANCTIONS", "PAK"),
                                              ("IND", "COERCES", "PAK")))
        return trade, measure

    trade, measure = counts()
    assert trade == 0 and measure >= 0.35 * len(verbs)
    # off, "imports from" is read as trade; the measure on the goods' origin stays where the
    # parse reads the verb (parse.subject_adjective repairs "arrested/amod imports/ROOT")
    with rules.disabled("cue.measured_goods"):
        trade, measure = counts()
    assert trade >= 0.4 * len(verbs)


@pytest.mark.parametrize("text", [
    "The US imposed a 25 per cent tariff on imports from Canada.",
    "Washington slapped a new tariff on Canadian goods.",
    "The EU imposed anti-dumping duties on Canadian steel.",
])
def test_a_single_tariff_is_a_sanction(text):
    got = facts(_lex(), "en", text)
    assert any(r == "SANCTIONS" and t == "CAN" for _, r, t in got)
    assert not any(r == "COOPERATES" for _, r, _ in got)
