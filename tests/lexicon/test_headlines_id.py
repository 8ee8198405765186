"""Indonesian headline forms: bare verb roots ("Rusia Kirim Senjata ke Korut") are cues, derived
by tools/derive_relations_id.py from the roots and phrases, checked against the UD treebanks'
parts of speech. The sentences are made up for these tests."""

from collections import Counter
from pathlib import Path

import pytest

from geopolgraph.loaders.extract import extract_triples
from geopolgraph.loaders.lexicons import load_lexicon
from geopolgraph.model import Article

ROOT = Path(__file__).resolve().parents[2]


def facts(text: str, lang: str = "id") -> set[tuple[str, str, str]]:
    art = Article(id="t", text=text, lang=lang, published="2024-06-16")
    return {(t.source, t.relation, t.target) for t in extract_triples(art) if not t.negated}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rusia Kirim Senjata ke Korut", {("RUS", "SUPPLIES", "PRK")}),
        ("Jepang Hubungi Korea Selatan", {("JPN", "CONSULTS", "KOR")}),
        ("China Kerahkan Pasukan ke Perbatasan India", {("CHN", "MOBILIZES", "IND")}),
        ("AS Jatuhkan Sanksi ke Rusia", {("USA", "SANCTIONS", "RUS")}),
        ("Vietnam Tandatangani Perjanjian dengan AS", {("VNM", "COOPERATES", "USA")}),
        ("Rusia Bebaskan Warga AS", {("RUS", "YIELDS", "USA")}),
        # political verbs added from CAMEO 2.0 classes, with their headline forms
        ("Israel Tembak Jatuh Drone Iran", {("ISR", "ATTACKS", "IRN")}),
        ("Rusia Caplok Krimea dari Ukraina", {("RUS", "COERCES", "UKR")}),
        ("China Boikot Produk Jepang", {("CHN", "SANCTIONS", "JPN")}),
        ("AS Beri Ultimatum kepada Iran", {("USA", "THREATENS", "IRN")}),
        ("Rusia Merudal Ukraina", {("RUS", "ATTACKS", "UKR")}),
        ("Putin: Rusia Siap Bantu Korea Utara", {("RUS", "SUPPLIES", "PRK")}),
        ("Iran Balas Serangan Israel", {("IRN", "ATTACKS", "ISR")}),
        ("Prancis memaksa Austria mundur.", {("FRA", "COERCES", "AUT")}),
    ],
)
def test_headline_bare_verbs_give_triples(text, expected):
    assert facts(text) == expected


def test_sepakati_headline_is_an_agreement_both_ways():
    found = facts("RI-Malaysia Sepakati Batas Laut")
    assert ("IDN", "AGREES", "MYS") in found or ("MYS", "AGREES", "IDN") in found


@pytest.mark.parametrize(
    "text",
    [
        "Indonesia menyampaikan terima kasih kepada Jepang.",  # "terima" is no bare cue
        "Menlu Retno menghubungi Jepang melalui telepon soal Korea Utara.",  # means, not a call
    ],
)
def test_bare_words_that_are_something_else_are_no_cues(text):
    assert not any(t[2] == "PRK" or t[1] == "RECEIVES" for t in facts(text))


def test_every_headline_form_names_its_root_and_treebank_evidence():
    by_text = {p.text: p for p in load_lexicon().relations["id"]}
    assert "headline form of root 'sepakat'" in by_text["sepakati"].source
    assert "UD id UPOS" in by_text["sepakati"].source
    assert by_text["kirim senjata"].relation == "SUPPLIES"
    assert "headline form of 'mengirim senjata'" in by_text["kirim senjata"].source
    # the treebanks tag bare "telepon" and "apresiasi" mostly NOUN: noun cues, not active ones
    assert by_text["telepon"].frame == "noun" and by_text["apresiasi"].frame == "noun"
    assert "terima" not in by_text and "hukum" not in by_text  # nouns in the treebanks
    # "!root": the bare word is a thing (a missile, a hostage), so only the verbs are cues
    assert "merudal" in by_text and "rudal" not in by_text and "sandera" not in by_text
    assert by_text["menduduki"].cameo == "192" and by_text["mencaplok"].relation == "COERCES"


def test_bare_frame_rule(tool):
    assert tool.bare_frame(Counter(NOUN=5), Counter(n=1), False) == "noun"
    assert tool.bare_frame(Counter(VERB=5, NOUN=2), Counter(), False) == "active"
    assert tool.bare_frame(Counter(ADJ=3), Counter(v=9), False) is None  # mostly an adjective
    assert tool.bare_frame(Counter(), Counter(v=9), False) == "active"
    assert tool.bare_frame(Counter(NOUN=2), Counter(), True) is None
    assert tool.bare_of("mengirim", {"kirim", "irim"}, "kirim") == "kirim"


def test_teken_headline_is_a_signed_agreement():
    found = facts("RI-Jepang Teken Perjanjian Dagang")
    assert ("IDN", "COOPERATES", "JPN") in found or ("JPN", "COOPERATES", "IDN") in found
