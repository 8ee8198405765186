"""A verb of taking whose object names no actor is aimed at the actor its from-phrase names
(rule syntax.taken_from, grammar taking_verbs: "Russia annexed Crimea from Ukraine" is RUS
COERCES UKR), over every one-word state name, in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import STATE, count_states, one_word_states


def _count(lang: str, template: str) -> int:
    """Over every state: how often Russia coerces it."""
    from geopolgraph.loaders.lexicons import load_lexicon

    return count_states(load_lexicon(), lang, template, ("RUS", "COERCES", STATE))


@pytest.mark.parametrize(("lang", "template"), [
    ("en", "Russia annexed the peninsula from {state} in 2014."),
    ("id", "Rusia mencaplok semenanjung itu dari {state} pada 2014."),
])
def test_what_is_taken_is_taken_from_the_from_phrase(lang, template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    n = len(one_word_states(load_lexicon(), "RUS"))
    assert _count(lang, template) >= 0.9 * n
    with rules.disabled("syntax.taken_from"):
        assert _count(lang, template) <= 0.05 * n
