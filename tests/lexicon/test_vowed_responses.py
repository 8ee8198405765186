"""A response or retaliation vowed is a threat, not a promise (CAMEO.2.0 ANNOUNCE * RETALIATION
[130], WARN * (OF RESPONSE) [130]; tools/curated_relations_en.tsv, tools/cue_phrases_id.tsv):
"Japan vowed a stern response to X" gives JPN THREATENS X and no JPN AGREES X, over every
one-word state name, in both languages; a host of talks between two parties mediates them with
words before the talks' noun too ("menjadi tuan rumah putaran baru perundingan antara …")."""

from __future__ import annotations

from made_up import STATE, count_states, facts, one_word_states

CASES = (
    ("en", "Japan vowed a stern response to {state}."),
    ("en", "Japan promised swift retaliation against {state}."),
    ("id", "Jepang berjanji memberikan balasan setimpal kepada {state}."),
    ("id", "Jepang bersumpah akan memberikan respons tegas terhadap {state}."),
)


def test_vowed_response_is_a_threat():
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "JPN"))
    for lang, template in CASES:
        assert count_states(lex, lang, template, ("JPN", "THREATENS", STATE)) >= 0.9 * n, template
        assert count_states(lex, lang, template, ("JPN", "AGREES", STATE)) == 0, template


def test_hosted_talks_with_words_before_the_noun():
    from geopolgraph.loaders.lexicons import load_lexicon

    got = facts(load_lexicon(), "id", "Qatar menjadi tuan rumah putaran baru perundingan "
                "antara Israel dan Hamas di Doha.")
    assert {("QAT", "MEDIATES", "ISR"), ("QAT", "MEDIATES", "group:hamas")} <= got
