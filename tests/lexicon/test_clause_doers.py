"""A clause on a noun cue names who did its act ("Sanksi yang dijatuhkan Uni Eropa terhadap
Rusia", "the attack that Israel carried out against Lebanon", rule noun.clause_doer, grammar
doing_verbs), also where the parse read a reduced relative clause as the main verb ("The attack
carried/ROOT out by Israel against Lebanon drew/advcl criticism", rule parse.reduced_relative),
over the noun cues of both lexicons that end in no preposition, in made-up sentences; a clause
verb of another relation reacts to the act and names no doer of it."""

from __future__ import annotations

import pytest
from made_up import facts

_PREPOSITIONS = {"with", "on", "against", "to", "of", "for", "between", "from", "by", "in",
                 "over", "at", "dengan", "terhadap", "ke", "kepada", "atas", "untuk", "dari",
                 "antara", "bagi", "soal", "tentang", "mengenai"}


def _nouns(lex, lang: str, step: int) -> list[str]:
    return sorted({p.text for p in lex.relations[lang] if p.frame == "noun"
                   and "…" not in p.tokens and p.relation != "NONE"
                   and p.tokens[-1] not in _PREPOSITIONS})[::step]


@pytest.mark.parametrize(("lang", "template", "rule", "step"), [
    ("id", "{noun} yang dilakukan Israel terhadap Lebanon mendapat kecaman.",
     "noun.clause_doer", 1),
    ("id", "{noun} yang dilakukan oleh Israel terhadap Lebanon mendapat kecaman.",
     "noun.clause_doer", 1),
    ("en", "The {noun} that Israel carried out against Lebanon drew criticism.",
     "noun.clause_doer", 3),
    ("en", "The {noun} carried out by Israel against Lebanon drew criticism.",
     "parse.reduced_relative", 3),
])
def test_a_clause_on_a_noun_names_its_doer(lang, template, rule, step):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    nouns = _nouns(lex, lang, step)
    assert len(nouns) >= 250

    def done() -> int:
        texts = [template.format(noun=n) for n in nouns]
        return sum(any(s == "ISR" and t == "LBN" for s, _, t in
                       facts(lex, lang, text[0].upper() + text[1:])) for text in texts)

    assert done() >= 0.8 * len(nouns)
    with rules.disabled(rule):
        assert done() <= 0.05 * len(nouns)


@pytest.mark.parametrize(("lang", "text", "fact"), [
    ("en", "The sanctions imposed on Russia by the EU were extended.", ("EU", "SANCTIONS", "RUS")),
    ("en", "The aid Japan sent to Gaza arrived yesterday.", ("JPN", "SUPPLIES", "PSE")),
    ("id", "Bantuan yang dikirim Jepang ke Gaza tiba kemarin.", ("JPN", "SUPPLIES", "PSE")),
])
def test_a_doing_or_same_relation_verb_names_the_doer(lang, text, fact):
    from geopolgraph.loaders.lexicons import load_lexicon

    assert fact in facts(load_lexicon(), lang, text)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The attack on Ukraine that Russia denied killed ten people."),
    ("en", "The attack on Ukraine that Russia condemned killed ten people."),
    ("id", "Serangan terhadap Ukraina yang dibantah Rusia menewaskan sepuluh orang."),
    ("id", "Serangan terhadap Ukraina yang dikecam Rusia menewaskan sepuluh orang."),
])
def test_a_reacting_clause_names_no_doer(lang, text):
    from geopolgraph.loaders.lexicons import load_lexicon

    assert ("RUS", "ATTACKS", "UKR") not in facts(load_lexicon(), lang, text)
