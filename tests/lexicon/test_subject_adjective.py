"""A word the parse made the modifier of the root noun after it, though it has a subject of its
own, is the verb (rule parse.subject_adjective: "Indonesia strengthened/amod ties/ROOT with
Australia" is IDN COOPERATES AUS), over every one-word state name, in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import STATE, count_states, one_word_states


def _count(template: str) -> int:
    """Over every state: how often the state cooperates with Australia."""
    from geopolgraph.loaders.lexicons import load_lexicon

    return count_states(load_lexicon(), "en", template, (STATE, "COOPERATES", "AUS"))


@pytest.mark.parametrize("template", [
    "{state} strengthened ties with Australia.",
    "{state} deepened ties with Australia.",
])
def test_a_modifier_with_a_subject_is_the_verb(template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    n = len(one_word_states(load_lexicon(), "AUS"))
    on = _count(template)
    with rules.disabled("parse.subject_adjective"):
        off = _count(template)
    # the parser misreads the verb for some names only: the repair wins those back
    assert on >= 0.85 * n and off <= on - 0.1 * n
