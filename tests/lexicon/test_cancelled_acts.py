"""An act whose noun is the passive subject of a cancelling verb is negated ("the visit was
postponed", "kunjungan itu ditunda"; rule mod.cancelled_subject), and a headline's bare
cancelling verb is a negator as its meN- form is ("Tunda", "Batalkan": grammar_id.json
negators), over every one-word state name, in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import STATE, count_states, one_word_states


def _count(lang: str, template: str) -> int:
    """Over every state: how often the text asserts that the state visits Japan."""
    from geopolgraph.loaders.lexicons import load_lexicon

    return count_states(load_lexicon(), lang, template, (STATE, "VISITS", "JPN"))


@pytest.mark.parametrize(("lang", "cancelled", "held"), [
    ("en", "A visit by the president of {state} to Japan was postponed.",
     "A visit by the president of {state} to Japan was welcomed."),
    ("en", "Talks between {state} and Japan have been called off.",
     "Talks between {state} and Japan have been held."),
    ("id", "Kunjungan Presiden {state} ke Jepang ditunda.",
     "Kunjungan Presiden {state} ke Jepang berlangsung pada Senin."),
    ("id", "Kunjungan Presiden {state} ke Jepang dibatalkan.",
     "Kunjungan Presiden {state} ke Jepang berlangsung pada Senin."),
])
def test_a_cancelled_act_is_negated(lang, cancelled, held):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    n = len(one_word_states(load_lexicon(), "JPN"))
    fact = (STATE, "CONSULTS" if "Talks" in cancelled else "VISITS", "JPN")
    lex = load_lexicon()
    assert count_states(lex, lang, cancelled, fact) <= 0.05 * n
    assert count_states(lex, lang, held, fact) >= 0.9 * n
    with rules.disabled("mod.cancelled_subject"):
        assert count_states(lex, lang, cancelled, fact) >= 0.9 * n


@pytest.mark.parametrize("verb", ["Tunda", "Batalkan"])
def test_a_headlines_bare_cancelling_verb_negates(verb):
    from geopolgraph.loaders.lexicons import load_lexicon

    n = len(one_word_states(load_lexicon(), "JPN"))
    assert _count("id", f"{{state}} {verb} Kunjungan ke Jepang") <= 0.05 * n
    assert _count("id", "{state} Lakukan Kunjungan ke Jepang") >= 0.9 * n
