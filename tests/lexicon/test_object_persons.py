"""A person's object pronoun is the person named before, not the verb's subject: "X's president
arrived in Tokyo on Monday. Japan's prime minister met him" gives JPN MEETS X (rule
ref.object_person), over every one-word state name, in made-up articles of two sentences;
"Putin met Modi and praised him" praises Modi, not Putin."""

from __future__ import annotations

from made_up import STATE, count_states, facts, one_word_states

TEMPLATE = "{state}'s president arrived in Tokyo on Monday. Japan's prime minister met him."


def test_him_is_the_person_named_before():
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "JPN"))
    assert count_states(lex, "en", TEMPLATE, ("JPN", "MEETS", STATE)) >= 0.9 * n
    assert ("RUS", "PRAISES", "IND") in facts(lex, "en", "Putin met Modi and praised him.")
    with rules.disabled("ref.object_person"):
        assert count_states(lex, "en", TEMPLATE, ("JPN", "MEETS", STATE)) == 0
