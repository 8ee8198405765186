"""The Indonesian relation lexicon is generated from roots by regular morphology, every entry
with its source; the generator's morphology is right on known words."""

import doctest
from pathlib import Path

import pytest

from geopolgraph.loaders.lexicons import load_lexicon

ROOT = Path(__file__).resolve().parents[2]


def test_generated_file_is_up_to_date(tool):
    text = (ROOT / "geopolgraph/loaders/lexicon/relations_id.tsv").read_text(encoding="utf-8")
    assert text == tool.render(), "run tools/derive_relations_id.py"


def test_morphology_doctests(tool):
    assert doctest.testmod(tool).failed == 0


@pytest.mark.parametrize(
    ("root", "spec", "word"),
    [("serang", "meN", "menyerang"), ("serang", "peN-an", "penyerangan"),
     ("tembak", "meN", "menembak"), ("kunjung", "meN-i", "mengunjungi"),
     ("runding", "ber>dengan", "berunding dengan"), ("runding", "per-an", "perundingan"),
     ("bicara", "peN-an", "pembicaraan"), ("aku", "meN-i", "mengakui"),
     ("hubung", "di-i", "dihubungi"), ("salah", "meN-kan", "menyalahkan"),
     ("blokade", "meN", "memblokade"), ("gugat", "meN", "menggugat"),
     ("provokasi", "meN", "memprovokasi"), ("bebas", "peN-an", "pembebasan")],
)
def test_forms(tool, root, spec, word):
    assert tool.forms(root, spec)[0] == word


def test_every_entry_keeps_its_source_and_derived_forms_name_their_root():
    patterns = load_lexicon().relations["id"]
    assert all(p.source for p in patterns)
    by_text = {p.text: p for p in patterns}
    assert "root 'serang'" in by_text["penyerangan"].source
    assert by_text["penyerangan"].relation == "ATTACKS" and by_text["penyerangan"].frame == "noun"
    assert by_text["diserang"].frame == "passive"
    assert by_text["pemantau"].frame == "agent"  # a curated phrase keeps its own frame
