"""A bare call verb is a telephone call (CAMEO 041) only when its one object is an actor and no
predicate names what it is called (rule cue.phone_call, grammar call_verbs: "Macron called
Zelensky on Tuesday" is FRA CONSULTS UKR, "Trump called Putin a genius" nothing), over every
one-word state name, in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import STATE, count_states, one_word_states


def _count(template: str) -> int:
    """Over every state: how often the state consults Japan."""
    from geopolgraph.loaders.lexicons import load_lexicon

    return count_states(load_lexicon(), "en", template, (STATE, "CONSULTS", "JPN"))


@pytest.mark.parametrize("template", [
    "The president of {state} called the Japanese prime minister on Tuesday.",
    "The president of {state} called Japanese Prime Minister Shigeru Ishiba to discuss trade.",
])
def test_a_call_to_an_actor_is_a_telephone_call(template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    n = len(one_word_states(load_lexicon(), "JPN"))
    assert _count(template) >= 0.9 * n
    with rules.disabled("cue.phone_call"):
        assert _count(template) <= 0.05 * n


@pytest.mark.parametrize("template", [
    "The president of {state} called the Japanese prime minister a liar.",
    "The president of {state} called Japan's sanctions illegal.",
    "The president of {state} called a snap election after talks in Japan.",
])
def test_a_naming_or_a_summons_is_no_call(template):
    assert _count(template) == 0
