"""Relative clauses on the noun an act is named by, over the lexicon's cues, in made-up
sentences: who did the act, who reacted to it, and who mediated it.

- A passive relative clause's bare argument is its agent, never the noun's target
  ("Israel menyepakati sanksi yang dikecam Iran": no ISR SANCTIONS IRN; rule
  noun.passive_relative_agent), and its agent made the noun only when its verb does not react
  to it ("Israel announced the sanctions criticised by Iran"; active.reacting_relative).
- A passive cue aimed at a doer in a relative clause on an act (or with the act as subject) is
  aimed at whoever did the act ("Israel dan Hamas menyepakati gencatan senjata yang dimediasi
  Qatar": QAT MEDIATES ISR; passive.relative_act; MEDIATES is ``aimed_at_doer``), also when
  the act is a one-word mutual noun or a pact noun that a reciprocal cue verb takes ("India and
  Pakistan agreed to a ceasefire brokered by the US", "… restored relations in a deal brokered
  by China"; passive.object_act, grammar pact_nouns).
- "tuduhan yang dilontarkan Thailand", "the accusations levelled by Thailand": grammar
  ``doing_verbs`` (noun.clause_doer).
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from made_up import facts


def _lex():
    from geopolgraph.loaders.lexicons import load_lexicon

    return load_lexicon()


def _nouns(lex, lang: str) -> list[str]:
    return sorted({p.text for p in lex.relations[lang] if p.frame == "noun"
                   and "…" not in p.text and "*" not in p.text})


def _aimed_participles(lex, lang: str, frame: str) -> list:
    from geopolgraph.loaders.extract.lang import language

    words = language(lex, lang)
    return sorted({p.text: p for p in lex.relations[lang] if p.frame == frame
                   and len(p.tokens) == 1 and lex.props(p.relation).aimed_at_doer
                   and (frame == "passive" or words.is_participle(p.tokens[0]))}.values(),
                  key=lambda p: p.text)


@pytest.mark.parametrize(("lang", "template", "rule", "least", "wrong_off"), [
    # a passive relative's bare argument is its agent, not the noun's target
    ("id", "Israel menyepakati {n} yang dikecam Iran.", "noun.passive_relative_agent", 300, 0.3),
    # a reacting relative's agent made nothing
    ("en", "Israel announced the {n} criticised by Iran.", "active.reacting_relative", 1000,
     0.015),
])
def test_a_passive_relative_s_agent_is_no_target(lang, template, rule, least, wrong_off):
    from geopolgraph.loaders.extract import rules

    lex = _lex()
    nouns = _nouns(lex, lang)
    assert len(nouns) > least

    def wrong() -> int:
        return sum(any(s == "ISR" and t == "IRN" for s, _, t in facts(
            lex, lang, template.format(n=n))) for n in nouns)

    assert wrong() <= 0.02 * len(nouns)
    with rules.disabled(rule):
        assert wrong() >= wrong_off * len(nouns)


@pytest.mark.parametrize(("lang", "template", "fact"), [
    ("id", "Israel dan Hamas menyepakati gencatan senjata yang {cue} Qatar.", ("QAT", "ISR")),
    ("id", "AS dan Korea Selatan menggelar latihan militer yang {cue} Korea Utara.",
     ("PRK", "USA")),
    ("en", "The US and South Korea held drills that were {cue} by North Korea.",
     ("PRK", "USA")),
])
def test_a_relative_reaction_aims_at_the_act_s_doer(lang, template, fact):
    from geopolgraph.loaders.extract import rules

    lex = _lex()
    cues = _aimed_participles(lex, lang, "passive" if lang == "id" else "active")
    assert len(cues) >= 25

    def found() -> int:
        return sum((fact[0], c.relation, fact[1]) in facts(lex, lang, template.format(cue=c.text))
                   for c in cues)

    assert found() >= 0.9 * len(cues)
    with rules.disabled("passive.relative_act"):
        assert found() == 0


@pytest.mark.parametrize("lang", ["id", "en"])
def test_mediating_an_act_named_back_is_aimed_at_its_parties(lang):
    text = {"id": "Israel dan Hamas menggelar perundingan di Doha. Qatar menengahi perundingan "
                  "tersebut.",
            "en": "Israel and Hamas held talks in Doha. The talks were mediated by Qatar."}[lang]
    lex = _lex()
    assert {("QAT", "MEDIATES", "ISR"), ("QAT", "MEDIATES", "group:hamas")} <= facts(
        lex, lang, text)
    plain = {r: replace(p, aimed_at_doer=False) if r == "MEDIATES" else p
             for r, p in lex.relation_props.items()}
    assert not any(r == "MEDIATES" for _, r, _ in facts(
        replace(lex, relation_props=plain, derived={}), lang, text))


def test_a_passive_mediation_of_the_subject_act():
    got = facts(_lex(), "id", "Kesepakatan damai antara Rusia dan Ukraina ditengahi Turki.")
    assert {("TUR", "MEDIATES", "RUS"), ("TUR", "MEDIATES", "UKR")} <= got


@pytest.mark.parametrize(("lang", "text", "word"), [
    ("id", "Kamboja membantah tuduhan yang dilontarkan Thailand.", "dilontarkan"),
    ("en", "Cambodia denied the accusations levelled by Thailand.", "levelled"),
])
def test_an_accusation_made_by_its_doer(lang, text, word):
    lex = _lex()
    assert ("THA", "ACCUSES", "KHM") in facts(lex, lang, text)
    table = lex.grammar[lang]
    fewer = [w for w in table["doing_verbs"] if w != word]
    less = replace(lex, grammar={**lex.grammar, lang: {**table, "doing_verbs": fewer}}, derived={})
    assert ("THA", "ACCUSES", "KHM") not in facts(less, lang, text)


@pytest.mark.parametrize(("lang", "template", "least"), [
    ("en", "India and Pakistan agreed to a ceasefire brokered by {state}.", 0.95),
    ("en", "India and Pakistan accepted a truce mediated by {state}.", 0.95),
    ("en", "India and Pakistan restored diplomatic relations in a deal brokered by {state}.",
     0.95),
    ("id", "India dan Pakistan memulihkan hubungan diplomatik lewat kesepakatan yang dimediasi "
           "{state}.", 0.9),
    ("en", "The United States welcomed a ceasefire brokered by {state}.", 0),
    ("en", "The United States welcomed the deal brokered by {state}.", 0),
])
def test_mediating_a_mutual_noun_is_aimed_at_its_parties(lang, template, least):
    from made_up import one_word_states

    from geopolgraph.loaders.extract import rules

    lex = _lex()
    states = one_word_states(lex, "IND", "PAK", "USA")

    def mediated() -> tuple[int, int]:
        both = welcomer = 0
        for code, name in states:
            found = facts(lex, lang, template.format(state=name))
            both += {(code, "MEDIATES", "IND"), (code, "MEDIATES", "PAK")} <= found
            welcomer += (code, "MEDIATES", "USA") in found
        return both, welcomer

    both, welcomer = mediated()
    assert both >= least * len(states) and welcomer == 0
    if lang == "en":  # "kesepakatan" is a noun cue of its own
        with rules.disabled("passive.object_act"):
            assert mediated() == (0, 0)
