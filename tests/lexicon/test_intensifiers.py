"""An intensifier right after a noun cue gives the noun back the obliques the parser hung on it:
"X menyatakan keprihatinan mendalam atas serangan Jepang" is X CRITICIZES JPN (rule
parse.intensifier), over every one-word state name, in made-up sentences."""

from __future__ import annotations

from made_up import STATE, count_states, one_word_states


def test_an_intensifier_gives_its_nouns_phrase_back():
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "JPN"))
    template = "{state} menyatakan keprihatinan mendalam atas serangan Jepang."
    fact = (STATE, "CRITICIZES", "JPN")
    assert count_states(lex, "id", template, fact) >= 0.95 * n
    with rules.disabled("parse.intensifier"):
        assert count_states(lex, "id", template, fact) <= 0.1 * n
