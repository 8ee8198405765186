"""A rejection whose object is a request is aimed at who made it, never at what the requested
act is aimed at ("Israel rejected calls by France to withdraw its troops from Lebanon": ISR
REJECTS FRA, no ISR REJECTS LBN; rule frame.requester, grammar request_nouns), over every
one-word state name, in made-up news sentences."""

from __future__ import annotations

from made_up import facts, one_word_states


def test_a_rejected_request_is_aimed_at_the_requester():
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    states = one_word_states(lex, "ISR", "LBN")
    assert len(states) > 100

    def counts() -> tuple[int, int]:
        right = wrong = 0
        for code, name in states:
            got = facts(lex, "en", f"Israel rejected calls by {name} to withdraw its troops "
                        "from Lebanon.")
            right += ("ISR", "REJECTS", code) in got
            wrong += ("ISR", "REJECTS", "LBN") in got
        return right, wrong

    right, wrong = counts()
    assert right >= 0.95 * len(states) and wrong == 0
    with rules.disabled("frame.requester"):
        right, wrong = counts()
    assert right <= 0.2 * len(states) and wrong >= 0.8 * len(states)


def test_a_request_with_no_requester_gives_no_target():
    from geopolgraph.loaders.lexicons import load_lexicon

    assert facts(load_lexicon(), "en", "Israel rejected calls to withdraw its troops from "
                 "Lebanon.") == set()
