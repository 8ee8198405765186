"""Rejecting a said act named back is aimed at whoever said it ("AS mengkritik China. China
menolak kritik tersebut", "The US criticised China. Beijing rejected the criticism"; rule
ref.said_event; "criticism", "request" … among the English event_nouns), over every one-word
state name, in made-up texts."""

from __future__ import annotations

import pytest
from made_up import STATE, count_states, one_word_states


@pytest.mark.parametrize(("lang", "template"), [
    ("id", "AS mengkritik {state}. {state} menolak kritik tersebut."),
    ("id", "AS meminta {state} menekan Rusia. {state} menolak permintaan itu."),
    ("en", "The US criticised {state}. {state} rejected the criticism."),
    ("en", "The US asked {state} to pressure Russia. {state} rejected the request."),
])
def test_the_rejection_is_aimed_at_the_sayer(lang, template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "USA", "RUS"))
    fact = (STATE, "REJECTS", "USA")
    assert count_states(lex, lang, template, fact) >= 0.85 * n
    with rules.disabled("ref.said_event"):
        assert count_states(lex, lang, template, fact) <= 0.1 * n


def test_a_rejected_attack_is_no_saying():
    """An attack named back is no said act (a rejection of an act is active.rejected_act's)."""
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    template = "Rusia menyerang Ukraina. {state} menolak serangan tersebut."
    with rules.disabled("active.rejected_act"):
        assert count_states(lex, "id", template, (STATE, "REJECTS", "RUS")) == 0
