"""News acts the lexicons missed or misread, in made-up sentences filled with every form:
recalling one's envoys from a state is an act against it (CAMEO 161; "recalled its ambassador
from China", "memanggil pulang duta besarnya dari China": grammar departure_verbs, whose
"from" phrase is the target); ramming a state's vessel is an attack on it (CAMEO.2.0 RAM, 190:
"rammed a Philippine vessel", "menabrak kapal Filipina"); and "Polish" names Poland (a one-word
alias matches only capitalised, so the verb "polish" never does); and offering condolences is
no offer (CAMEO.2.0 OFFER '* CONDOLENCES' [018], an empathetic comment: no relation); and a
retaliation against or with a measure is a measure, not an attack ("China retaliated against
US tariffs", "China membalas tarif AS": CAMEO 163)."""

from __future__ import annotations

import pytest
from made_up import facts

_RECALLED = ["ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats"]


@pytest.mark.parametrize("verb", ["recalled", "recalls", "is recalling"])
def test_recalling_envoys_from_a_state_acts_against_it(verb):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    texts = [f"Japan {verb} its {w} from China." for w in _RECALLED]

    def found() -> int:
        return sum(("JPN", "SANCTIONS", "CHN") in facts(lex, "en", t) for t in texts)

    assert found() == len(texts)
    with rules.disabled("syntax.departure"):  # the parse may hang "from China" on the envoy
        assert found() <= len(texts) - 2


@pytest.mark.parametrize("text", [
    "Jepang memanggil pulang duta besarnya dari China.",
    "Jepang memanggil pulang dubes dari China.",
    "Jepang memanggil pulang duta besar mereka dari China.",
])
def test_memanggil_pulang_is_a_recall(text):
    from geopolgraph.loaders.lexicons import load_lexicon

    assert ("JPN", "SANCTIONS", "CHN") in facts(load_lexicon(), "id", text)


@pytest.mark.parametrize("lang", ["en", "id"])
def test_ramming_a_states_vessel_is_an_attack(lang):
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    if lang == "en":
        texts = [f"A Chinese {ship} {verb} a Philippine {target}."
                 for ship in ("coast guard ship", "vessel", "warship")
                 for verb in ("rammed", "rams", "was ramming")
                 for target in ("vessel", "ship", "boat", "supply boat")]
        texts += ["Chinese ships rammed Philippine vessels near the shoal."]
    else:
        texts = [f"Kapal {ship} China {verb} kapal {target} Filipina."
                 for ship in ("penjaga pantai", "perang", "patroli")
                 for verb in ("menabrak", "kembali menabrak", "sengaja menabrak")
                 for target in ("", "pemasok", "nelayan")]
        texts += ["Kapal Filipina ditabrak kapal penjaga pantai China."]
    missed = [t for t in texts if ("CHN", "ATTACKS", "PHL") not in facts(lex, lang, t)]
    assert len(missed) <= 0.1 * len(texts), missed


def test_polish_names_poland_only_capitalised():
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    for text in ("Russia expelled Polish diplomats.", "Russia expelled two Polish diplomats.",
                 "Russia expelled the Polish ambassador."):
        assert ("RUS", "SANCTIONS", "POL") in facts(lex, "en", text), text
    assert ("POL", "CRITICIZES", "RUS") in facts(lex, "en", "The Polish government condemned "
                                                           "Russia.")
    assert facts(lex, "en", "Russian soldiers polish their boots before the parade in "
                            "Moscow.") == set()


@pytest.mark.parametrize("verb", ["offered", "offers", "is offering"])
def test_condolences_are_no_offer(verb):
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    for what in ("condolences", "its condolences", "its deepest sympathies", "prayers"):
        assert facts(lex, "en", f"Japan {verb} {what} to Turkey after the earthquake.") == set()
    assert ("JPN", "SUPPLIES", "TUR") in facts(lex, "en", f"Japan {verb} aid to Turkey.")


@pytest.mark.parametrize(("lang", "template"), [
    ("en", "China {verb} against US {measure}."),
    ("en", "China {verb} against the US with new {measure}."),
    ("en", "China {verb} with {measure} on US goods."),
    ("id", "China membalas {measure} AS."),
    ("id", "China membalas dengan {measure} atas barang AS."),
])
def test_retaliation_in_kind_is_a_measure(lang, template):
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    verbs = ["retaliated", "retaliates", "is retaliating"] if lang == "en" else [""]
    measures = (["tariffs", "sanctions", "levies", "duties", "restrictions"] if lang == "en"
                else ["tarif", "sanksi"])
    for verb in verbs:
        for measure in measures:
            got = facts(lex, lang, template.format(verb=verb, measure=measure))
            assert ("CHN", "SANCTIONS", "USA") in got, (verb, measure)
            assert ("CHN", "ATTACKS", "USA") not in got, (verb, measure)
    assert ("IRN", "ATTACKS", "ISR") in facts(lex, "en", "Iran retaliated against Israel.")


@pytest.mark.parametrize("verb", ["lodged", "lodges", "made", "makes"])
def test_representations_are_a_protest(verb):
    """"lodged stern representations with Tokyo": the diplomatic form of a protest (CAMEO 140,
    tools/curated_relations_en.tsv), to whom they are made."""
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    for adjective in ("", "stern ", "solemn "):
        text = f"China {verb} {adjective}representations to Japan on Monday."
        assert ("CHN", "PROTESTS", "JPN") in facts(lex, "en", text), text
