"""Calling an act or actor illegal, unacceptable, a provocation, unfair, bullying or reckless
denounces it (CAMEO 111; curated "call … illegal" and the like, Indonesian
"menyebut/menilai/menganggap … ilegal, provokasi, ancaman"): the act's owner is the target,
over every predicate of the curated rows, in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import facts

ENGLISH = ("illegal", "unlawful", "illegitimate", "unacceptable", "a provocation", "provocative",
           "a violation", "irresponsible", "hypocritical", "groundless", "baseless", "a threat",
           "protectionist", "protectionism", "hostile", "unfair", "discriminatory", "unjustified",
           "aggressive", "bullying", "coercion", "blackmail", "interference", "hegemonic",
           "reckless", "dangerous")
INDONESIAN = ("ilegal", "melanggar hukum", "tidak sah", "tidak dapat diterima", "provokasi",
              "provokatif", "ancaman", "proteksionis", "proteksionisme", "tidak adil",
              "diskriminatif", "agresif", "perundungan", "pemaksaan", "pemerasan", "intervensi",
              "campur tangan", "hegemonik", "sembrono", "berbahaya")


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


@pytest.mark.parametrize(("lang", "verb", "predicates"), [
    ("en", "described", ENGLISH), ("en", "labelled", ENGLISH),
    ("en", "characterized", ENGLISH), ("id", "menggambarkan", INDONESIAN),
    ("id", "mencap", INDONESIAN), ("id", "melabeli", INDONESIAN),
])
def test_describing_an_act_as_illegal_criticises_its_owner(lang, verb, predicates):
    """ "Russia described the US sanctions as illegal", "Rusia mencap sanksi AS sebagai
    provokasi" (curated "describe … as illegal", "mencap … sebagai provokasi" and the like);
    without those rows none of them gives a triple."""
    from dataclasses import replace

    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    template = ("Russia {verb} the US sanctions as {w}." if lang == "en"
                else "Rusia {verb} sanksi AS sebagai {w}.")

    def found(lexicon) -> int:
        return sum(("RUS", "CRITICIZES", "USA") in facts(
            lexicon, lang, template.format(verb=verb, w=w)) for w in predicates)

    assert found(lex) >= len(predicates) - 1
    stem = verb[:5]
    kept = {**lex.relations, lang: [p for p in lex.relations[lang]
                                    if not (p.tokens[0].startswith(stem) and "…" in p.tokens)]}
    assert found(replace(lex, relations=kept, derived={})) == 0


@pytest.mark.parametrize("verb", ["menyebut", "menilai", "menganggap"])
def test_an_indonesian_verdict_after_sebagai_criticises_its_owner(verb):
    """'Rusia menyebut sanksi baru AS terhadap Moskwa sebagai tindakan ilegal': an object too
    long for one gap, the verdict after 'sebagai' (tools/cue_phrases_id.tsv "… sebagai …")."""
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    missed = [w for w in INDONESIAN if ("RUS", "CRITICIZES", "USA") not in facts(
        lex, "id", f"Rusia {verb} sanksi baru AS terhadap Moskwa sebagai tindakan {w}.")]
    assert len(missed) <= 1, missed


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Caracas called the US sanctions an act of aggression."),
    ("en", "Caracas called the American blockade an act of aggression."),
    ("en", "Caracas described the US blockade as an act of aggression."),
    ("id", "Caracas menyebut sanksi AS sebagai tindakan agresi."),
    ("id", "Caracas menilai blokade AS itu agresi."),
])
def test_calling_an_act_aggression_accuses_its_owner(lang, text):
    """CAMEO 2.0 ACCUSE * AGGRESSION (1123): calling an act aggression accuses its doer."""
    from geopolgraph.loaders.lexicons import load_lexicon

    assert ("VEN", "ACCUSES", "USA") in facts(load_lexicon(), lang, text)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Iran seized a container ship. Israel called the seizure an act of piracy."),
    ("en", "Israel branded the attack by Iran terrorism."),
    ("id", "Iran menyita sebuah kapal kontainer. Israel menyebut penyitaan itu sebagai "
           "pembajakan."),
    ("id", "Israel menyebut serangan Iran itu sebagai terorisme."),
])
def test_calling_an_act_piracy_or_terrorism_accuses_its_doer(lang, text):
    """As CAMEO 2.0 CALL * CRIMINAL (1121): calling an act piracy or terrorism accuses its
    doer of a crime."""
    from geopolgraph.loaders.lexicons import load_lexicon

    assert ("ISR", "ACCUSES", "IRN") in facts(load_lexicon(), lang, text)

