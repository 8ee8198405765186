"""A relative clause said of an act is done by the act's doer: on the act noun ("Israel
melancarkan serangan udara yang menewaskan …", "launched air strikes that killed …") or, with
no comma, on the act's target ("air strikes on Beirut that killed …": not Lebanon's killing;
rule noun.relative_act), over every one-word state name and every one-word attack verb of the
lexicon, in made-up news sentences."""

from __future__ import annotations

import pytest
from made_up import facts, one_word_states

HEZBOLLAH = ("ISR", "ATTACKS", "group:hezbollah")


@pytest.mark.parametrize(("lang", "template"), [
    ("id", "Israel melancarkan serangan udara ke {state} yang menewaskan komandan Hizbullah."),
    ("en", "Israel launched air strikes on {state} that killed a Hezbollah commander."),
])
def test_a_clause_on_an_attacks_target_is_the_attacks(lang, template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    states = one_word_states(lex, "ISR", "LBN")
    assert len(states) > 100

    def counts() -> tuple[int, int]:
        right = wrong = 0
        for code, name in states:
            got = facts(lex, lang, template.format(state=name))
            right += HEZBOLLAH in got
            wrong += (code, "ATTACKS", "group:hezbollah") in got
        return right, wrong

    right, wrong = counts()
    assert right >= 0.95 * len(states) and wrong == 0
    with rules.disabled("noun.relative_act"):
        right, wrong = counts()
    assert right == 0 and wrong >= 0.6 * len(states)


@pytest.mark.parametrize(("lang", "template", "form"), [
    ("id", "Israel melancarkan serangan udara yang {verb} Hizbullah.", "me"),
    ("en", "Israel launched air strikes that {verb} Hezbollah.", "ed"),
])
def test_a_clause_on_an_attack_noun_is_its_doers(lang, template, form):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    verbs = {p.text for p in lex.relations[lang] if p.frame == "active" and len(p.tokens) == 1
             and p.relation == "ATTACKS" and (p.text.startswith(form) if form == "me"
                                              else p.text.endswith(form))}
    assert len(verbs) > 20

    def done() -> int:
        return sum(HEZBOLLAH in facts(lex, lang, template.format(verb=verb)) for verb in verbs)

    assert done() >= 0.9 * len(verbs)
    # "yang menargetkan Hizbullah" names the attack's target by frame.aimed_clause as well
    with rules.disabled("noun.relative_act", "frame.aimed_clause"):
        assert done() == 0


def test_a_clause_after_a_comma_is_the_named_actors():
    from geopolgraph.loaders.lexicons import load_lexicon

    got = facts(load_lexicon(), "en", "Israel struck Hamas, which attacked Israel on October 7.")
    assert ("group:hamas", "ATTACKS", "ISR") in got


@pytest.mark.parametrize("template", [
    "{state} menjatuhkan sanksi terhadap Iran, yang memicu kecaman China.",
    "{state} menjatuhkan sanksi baru terhadap Iran, yang menuai kecaman dari China.",
])
def test_a_relative_clause_on_a_verb_patterns_noun_is_said_of_the_act(template):
    """The last word of a contiguous verb pattern ("menjatuhkan sanksi") is the act noun a
    relative clause on it is said of, so the reaction it draws is aimed at the act's doer
    (rule noun.pattern_noun)."""
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    states = one_word_states(lex, "IRN", "CHN")

    def criticised() -> int:
        return sum(("CHN", "CRITICIZES", code) in facts(lex, "id", template.format(state=name))
                   for code, name in states)

    assert criticised() >= 0.95 * len(states)
    with rules.disabled("noun.pattern_noun"):
        assert criticised() == 0
