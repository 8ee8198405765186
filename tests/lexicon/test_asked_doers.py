"""The act a request asks for is done by whom it asks, never by who asks (rule
syntax.asked_doer: "Israel ignored France's appeal to stop attacking Lebanon" is no FRA ATTACKS
LBN), and a verb cue that is a noun of asking, answered, is that noun (rule
noun.answered_request: "Israel rejected France's demand to withdraw" is FRA DEMANDS ISR), over
every one-word state name, in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import facts, one_word_states


def _states() -> int:
    from geopolgraph.loaders.lexicons import load_lexicon

    return len(one_word_states(load_lexicon(), "ISR", "LBN"))


def _counts(template: str, lang: str) -> tuple[int, int, int]:
    """Over every state: (the requester does the act, Israel does it, the requester asks
    Israel)."""
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    requester = israel = asks = 0
    for code, name in one_word_states(lex, "ISR", "LBN"):
        found = facts(lex, lang, template.format(state=name))
        requester += any((code, r, "LBN") in found for r in ("ATTACKS", "YIELDS"))
        israel += ("ISR", "ATTACKS", "LBN") in found
        asks += any(s == code and r in ("DEMANDS", "APPEALS") and t == "ISR"
                    for s, r, t in found)
    return requester, israel, asks


@pytest.mark.parametrize(("lang", "template", "israel_acts"), [
    ("en", "Israel ignored {state}'s appeal to stop attacking Lebanon.", True),
    ("id", "Israel menolak seruan {state} untuk berhenti menyerang Lebanon.", True),
    ("en", "{state} sent an appeal to Israel to stop attacking Lebanon.", True),
    ("id", "{state} menyampaikan seruan kepada Israel untuk berhenti menyerang Lebanon.", True),
    ("en", "{state} issued an appeal to stop attacking Lebanon.", False),
    ("id", "{state} mengeluarkan seruan untuk berhenti menyerang Lebanon.", False),
])
def test_whom_a_request_asks_does_what_it_asks(lang, template, israel_acts):
    from geopolgraph.loaders.extract import rules

    n = _states()
    requester, israel, _ = _counts(template, lang)
    assert requester <= 0.02 * n
    assert israel >= (0.95 * n if israel_acts else 0)
    with rules.disabled("syntax.asked_doer"):
        assert _counts(template, lang)[0] >= 0.6 * n


@pytest.mark.parametrize("template", [
    "Israel rejected {state}'s demand to withdraw from Lebanon.",
    "Israel rejected a demand by {state} to withdraw from Lebanon.",
    "Israel rejected a request from {state} to withdraw from Lebanon.",
])
def test_an_answered_request_was_made_to_whom_answers_it(template):
    from geopolgraph.loaders.extract import rules

    n = _states()
    assert _counts(template, "en")[2] >= 0.95 * n
    with rules.disabled("noun.answered_request"):
        assert _counts(template, "en")[2] == 0
