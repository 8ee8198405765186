"""A person's title with the actor it acts for is a person "he"/"him"/"dia" may stand for in
the same sentence, though no name is given (rule ref.titled_here): "X's foreign minister said
he regretted the move and urged Japan to keep talking" gives X APPEALS JPN, over every one-word
state name, in both languages; "his" still needs a named person ("refused to recognise his
re-election" is no title's)."""

from __future__ import annotations

from made_up import STATE, count_states, facts, one_word_states

SUBJECT_EN = ("{state}'s foreign minister said he regretted the move and urged Japan to keep "
              "talking.")
OBJECT_EN = "Japan's prime minister met {state}'s president and urged him to reopen the border."
SUBJECT_ID = ("Menteri Luar Negeri {state} mengatakan dia akan mendesak Jepang menghentikan "
              "latihan itu.")


def test_he_is_the_title_named_before():
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "JPN"))
    cases = (("en", SUBJECT_EN, (STATE, "APPEALS", "JPN")),
             ("en", OBJECT_EN, ("JPN", "APPEALS", STATE)),
             ("id", SUBJECT_ID, (STATE, "APPEALS", "JPN")))
    for lang, template, fact in cases:
        assert count_states(lex, lang, template, fact) >= 0.9 * n, template
    with rules.disabled("ref.titled_here"):
        for lang, template, fact in cases:
            assert count_states(lex, lang, template, fact) == 0, template


def test_his_needs_a_named_person():
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    text = ("Maduro expelled the top American diplomat over the refusal of the U.S. to "
            "recognize his re-election.")
    assert ("VEN", "SUPPORTS", "USA") not in facts(lex, "en", text)
