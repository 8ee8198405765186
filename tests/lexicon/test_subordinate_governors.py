"""A subordinate clause's doer is the subject of the clause it hangs on when that clause, before
it and not the sentence's root, has a subject of its own: "Erdogan will send the protocol to
parliament, X's prime minister said after hosting talks between Erdogan and Japan" is X
MEDIATES JPN, not Erdogan's (rule syntax.subordinate_governor), over every one-word state
name, in made-up sentences."""

from __future__ import annotations

from made_up import STATE, count_states, one_word_states


def test_the_governing_clauses_subject_does_the_subordinate_verb():
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "JPN", "TUR"))
    template = ("Erdogan will send the protocol to parliament, {state}'s prime minister said "
                "after hosting talks between Erdogan and Japan.")
    fact = (STATE, "MEDIATES", "JPN")
    assert count_states(lex, "en", template, fact) >= 0.85 * n
    assert count_states(lex, "en", template, ("TUR", "MEDIATES", "JPN")) <= 0.1 * n
    with rules.disabled("syntax.subordinate_governor"):
        assert count_states(lex, "en", template, fact) <= 0.1 * n
