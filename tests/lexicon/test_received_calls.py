"""A call received is the caller's: "X received a phone call from Y" gives Y CONSULTS X (CAMEO
041), as "X menerima telepon dari Y" does (curated "receive … call … from", frame receive),
over every one-word state name, in made-up news sentences."""

from __future__ import annotations

from made_up import facts, one_word_states


def test_the_caller_consults_the_receiver():
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    states = one_word_states(lex, "USA")
    assert len(states) > 100
    right = wrong = 0
    for code, name in states:
        got = facts(lex, "en", f"The president of {name} received a phone call from US "
                    "President Donald Trump.", "2025-06-01")
        right += ("USA", "CONSULTS", code) in got
        wrong += (code, "CONSULTS", "USA") in got
    assert right >= 0.95 * len(states) and wrong == 0
