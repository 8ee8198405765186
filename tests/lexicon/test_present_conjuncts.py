"""A headline's second present-tense verb after a comma, which the parser reads as a noun
("Macron blasts Russia, backs/compound Ukraine"), is parsed again with a verb it reads as one in
its place (rule parse.present_conjunct, beside parse.present_verb): "Japan blasts Russia, backs
X" gives JPN SUPPORTS X and "X hails Japan, slams Russia" gives X CRITICIZES RUS, over every
one-word state name."""

from __future__ import annotations

from made_up import STATE, count_states, facts, one_word_states

BACKS = "Japan blasts Russia, backs {state}"
SLAMS = "{state} hails Japan, slams Russia"


def test_second_headline_verb_reads_as_verb():
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "JPN", "RUS"))
    cases = ((BACKS, ("JPN", "SUPPORTS", STATE)), (SLAMS, (STATE, "CRITICIZES", "RUS")))
    for template, fact in cases:
        assert count_states(lex, "en", template, fact) >= 0.85 * n, template
    assert ("FRA", "SUPPORTS", "UKR") in facts(lex, "en", "Macron blasts Russia, backs Ukraine")
    with rules.disabled("parse.present_conjunct"):
        for template, fact in cases:
            assert count_states(lex, "en", template, fact) <= 0.55 * n, template
