"""A clause of a verb of aiming on an act's noun names the act's target, and the act keeps its
relation (rule frame.aimed_clause, grammar aiming_verbs): "Japan imposed sanctions targeting
X's defence firms" gives JPN SANCTIONS X and no attack; "Jepang menjatuhkan sanksi yang menyasar
perusahaan pertahanan X" and "Jepang melancarkan serangan drone yang menargetkan X" give the
sanctions and the attack, over every one-word state name; a clause of content with a subject
of its own ("its accusation that China targeted …") is no aiming clause."""

from __future__ import annotations

from made_up import STATE, count_states, facts, one_word_states

SANCTIONS_EN = "Japan imposed sanctions targeting {state}'s defence firms."
AIMED_EN = "Japan announced new sanctions aimed at {state}."
SANCTIONS_ID = "Jepang menjatuhkan sanksi yang menyasar perusahaan pertahanan {state}."
ATTACK_ID = "Jepang melancarkan serangan drone yang menargetkan {state}."


def test_aimed_clause_names_the_target():
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "JPN"))
    cases = (("en", SANCTIONS_EN, ("JPN", "SANCTIONS", STATE)),
             ("en", AIMED_EN, ("JPN", "SANCTIONS", STATE)),
             ("id", SANCTIONS_ID, ("JPN", "SANCTIONS", STATE)),
             ("id", ATTACK_ID, ("JPN", "ATTACKS", STATE)))
    for lang, template, fact in cases:
        assert count_states(lex, lang, template, fact) >= 0.9 * n, template
    assert count_states(lex, "en", SANCTIONS_EN, ("JPN", "ATTACKS", STATE)) == 0
    with rules.disabled("frame.aimed_clause"):
        for lang, template, fact in cases:
            assert count_states(lex, lang, template, fact) <= 0.05 * n, template
        assert count_states(lex, "en", SANCTIONS_EN, ("JPN", "ATTACKS", STATE)) >= 0.9 * n


def test_content_clause_is_no_aiming():
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    text = "Russia launched a drone attack that targeted Kyiv."
    assert ("RUS", "ATTACKS", "UKR") in facts(lex, "en", text)
    text = "Japan repeated its accusation that China targeted Japanese fishing boats."
    assert ("CHN", "ATTACKS", "JPN") in facts(lex, "en", text)
