"""The data model: frozen records, stable ids, the relation vocabulary."""

import dataclasses

import pytest

from geopolgraph.model import RELATIONS, Triple, canonical_relation


def test_triple_is_frozen_and_id_is_stable():
    t = Triple(source="USA", relation="WARNS", target="RUS", article_id="a", sentence=2)
    with pytest.raises(dataclasses.FrozenInstanceError):
        t.source = "X"  # type: ignore[misc]
    assert t.id == Triple(source="USA", relation="WARNS", target="RUS", article_id="a",
                          sentence=2, evidence="other").id
    assert t.id != Triple(source="USA", relation="WARNS", target="RUS", article_id="a",
                          sentence=3).id


def test_field_names_follow_design():
    names = Triple.field_names()
    for required in ("source", "relation", "target", "cameo", "plover", "quad_class", "goldstein",
                     "date", "modality", "negated", "line", "char_start", "char_end", "evidence",
                     "attributed_to", "confidence", "id"):
        assert required in names


def test_receives_is_supplies_reversed():
    assert canonical_relation("PRK", "RECEIVES", "RUS") == ("RUS", "SUPPLIES", "PRK")
    assert "RECEIVES" in RELATIONS and len(set(RELATIONS)) == len(RELATIONS)
