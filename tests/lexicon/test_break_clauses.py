"""A clause opened by a clause break ("while", "sementara") is no clause a cue governs: "Japan
voiced concern, while X urged restraint" aims no concern at X, as "Japan urged X to stop" aims
its appeal at X (rule frame.break_clause), over every one-word state name, in made-up
sentences."""

from __future__ import annotations

import pytest
from made_up import STATE, count_states, one_word_states


@pytest.mark.parametrize(("lang", "template", "off_least"), [
    ("en", "Japan voiced concern, while {state} urged restraint.", 0.6),
    ("id", "Jepang menyatakan keprihatinan, sementara {state} meminta semua pihak menahan diri.",
     0.9),
])
def test_a_clause_after_a_break_is_no_target(lang, template, off_least):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "JPN"))
    assert count_states(lex, lang, template, ("JPN", "CRITICIZES", STATE)) == 0
    with rules.disabled("frame.break_clause"):
        assert count_states(lex, lang, template, ("JPN", "CRITICIZES", STATE)) >= off_least * n
    assert count_states(lex, lang, "Japan urged {state} to stop the drills." if lang == "en"
                        else "Jepang mendesak {state} menghentikan latihan itu.",
                        ("JPN", "APPEALS", STATE)) >= 0.95 * n
