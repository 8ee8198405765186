"""Who travels: verbs of going make a visit ("terbang ke", "berangkat ke", "datang ke",
"melanjutkan perjalanan ke"; tools/cue_phrases_id.tsv; "left for", "travel on to";
tools/curated_relations_en.tsv), not when what went is an act or goods ("Bantuan AS tiba di Gaza",
"US aid arrived in Gaza": rule cue.thing_travels; the aid goes where it arrived, also with its
owner before it, rule noun.prenominal_arrived), nor private persons (grammar modifier_nouns
and modified_nouns: tourists, investors, students), nor the subject of a copular clause whose
predicate noun a subordinate clause qualifies (rule syntax.copular_noun_clause), over every
one-word state name, in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import STATE, count_states, one_word_states


@pytest.mark.parametrize("template", [
    "Presiden {state} terbang ke Jepang.",
    "Menteri Luar Negeri {state} berangkat ke Jepang.",
    "Presiden {state} datang ke Jepang.",
    "PM {state} bertolak menuju Jepang.",
    "Dari Manila, Presiden {state} melanjutkan perjalanan ke Jepang.",
    "en:The {state} president left for Japan on Tuesday.",
    "en:From Manila, the {state} president will travel on to Japan.",
])
def test_verbs_of_going_are_visits(template):
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    lang, template = ("en", template[3:]) if template.startswith("en:") else ("id", template)
    n = len(one_word_states(lex, "JPN"))
    assert count_states(lex, lang, template, (STATE, "VISITS", "JPN")) >= 0.95 * n


@pytest.mark.parametrize(("lang", "template"), [
    ("id", "Bantuan {state} tiba di Jepang."),
    ("id", "Bantuan {state} datang ke Jepang."),
    ("en", "{state}'s aid arrived in Japan."),
    ("en", "{state} aid arrived in Japan."),
])
def test_aid_that_arrives_is_no_visit(lang, template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "JPN"))
    assert count_states(lex, lang, template, (STATE, "VISITS", "JPN")) <= 0.05 * n
    assert count_states(lex, lang, template, (STATE, "SUPPLIES", "JPN")) >= 0.95 * n
    with rules.disabled("cue.thing_travels"):
        assert count_states(lex, lang, template, (STATE, "VISITS", "JPN")) >= 0.9 * n


@pytest.mark.parametrize("template", ["{state}'s aid arrived in Japan.",
                                      "{state} aid arrived in Japan."])
def test_aid_owned_before_it_goes_where_it_arrived(template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    with rules.disabled("noun.prenominal_arrived"):
        assert count_states(lex, "en", template, (STATE, "SUPPLIES", "JPN")) == 0


@pytest.mark.parametrize(("lang", "template", "key", "words"), [
    ("id", "Turis {state} mengunjungi Jepang.", "modifier_nouns", ["turis"]),
    ("id", "Investor {state} datang ke Jepang.", "modifier_nouns", ["investor"]),
    ("en", "{state} tourists visited Japan.", "modified_nouns", ["tourists"]),
    ("en", "{state} students flew to Japan.", "modified_nouns", ["students"]),
])
def test_private_persons_make_no_visit(lang, template, key, words):
    from dataclasses import replace

    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "JPN"))
    fact = (STATE, "VISITS", "JPN")
    assert count_states(lex, lang, template, fact) == 0
    grammar = {**lex.grammar, lang: {**lex.grammar[lang], key: [
        w for w in lex.grammar[lang][key] if w not in words]}}
    assert count_states(replace(lex, grammar=grammar, derived={}), lang, template, fact) >= (
        0.9 * n)


def test_a_clause_on_a_copular_predicate_is_not_the_subjects():
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "JPN"))
    fact = (STATE, "VISITS", "JPN")
    clause_on_noun = ("{state} biasanya menjadi tempat transit pengungsi sebelum terbang ke "
                      "Jepang.")
    assert count_states(lex, "id", clause_on_noun, fact) <= 0.05 * n
    with rules.disabled("syntax.copular_noun_clause"):
        assert count_states(lex, "id", clause_on_noun, fact) >= 0.9 * n
    on_the_verb = "{state} menjadi mitra utama Indonesia sebelum berkunjung ke Jepang."
    assert count_states(lex, "id", on_the_verb, fact) >= 0.95 * n


def test_an_actor_the_parse_makes_the_subject_is_no_travelling_act():
    """ "Beijing summoned Tokyo's envoy after Japanese lawmakers visited X": the parse makes
    "envoy", the named object of the summoning pattern, the visit's subject; an actor named is
    no act or goods (cue.thing_travels), so the visit stays."""
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "JPN"))
    assert count_states(lex, "en", "Beijing summoned Tokyo's envoy after Japanese lawmakers "
                        "visited {state}.", ("JPN", "VISITS", STATE)) >= 0.9 * n
