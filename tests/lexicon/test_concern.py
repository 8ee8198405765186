"""Expressing concern over another's act is disapproval (CAMEO 110; tools/cue_phrases_id.tsv
"menyatakan keprihatinan", "prihatin atas", as the English curated "express … concern"), and a
bare cue the parser hangs as an adjective on the phrase before it is the clause's predicate
(rule parse.predicate_adjective), over every one-word state name, in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import STATE, count_states, one_word_states

FACT = (STATE, "CRITICIZES", "PRK")


@pytest.mark.parametrize(("lang", "template"), [
    ("id", "{state} menyatakan keprihatinan atas peluncuran rudal Korea Utara."),
    ("id", "{state} menyampaikan keprihatinan mendalam terhadap Korea Utara."),
    ("id", "{state} sangat prihatin atas uji coba rudal Korea Utara."),
    ("en", "{state} expressed concern over North Korea's missile launch."),
])
def test_concern_is_disapproval(lang, template):
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    assert count_states(lex, lang, template, FACT) >= 0.9 * len(one_word_states(lex, "PRK"))


@pytest.mark.parametrize(("template", "without"), [
    ("Pemerintah {state} prihatin atas uji coba rudal Korea Utara.", 0.9),
    ("Menteri Luar Negeri {state} prihatin dengan uji coba rudal Korea Utara.", 0.6),
])
def test_a_bare_cue_after_its_subject_is_the_predicate(template, without):
    """Without the rule the parser gets the first template mostly right on its own (142 of
    164), the second about half the time."""
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "PRK"))
    assert count_states(lex, "id", template, FACT) >= 0.95 * n
    with rules.disabled("parse.predicate_adjective"):
        assert count_states(lex, "id", template, FACT) <= without * n
