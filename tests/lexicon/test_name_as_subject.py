"""An actor's name the parse labelled a function word, opening the sentence before a verb with no
subject, is that verb's subject (rule parse.name_as_subject: "Manila/mark menuduh Beijing
melakukan tindakan agresif" is PHL ACCUSES CHN), over every one-word state name, in made-up
sentences."""

from __future__ import annotations

import pytest
from made_up import STATE, count_states, facts, one_word_states


def _count(lang: str, template: str) -> int:
    """Over every state: how often the state accuses Israel."""
    from geopolgraph.loaders.lexicons import load_lexicon

    return count_states(load_lexicon(), lang, template, (STATE, "ACCUSES", "ISR"))


@pytest.mark.parametrize(("lang", "template"), [
    ("id", "{state} menuduh Israel melakukan tindakan agresif."),
    ("en", "{state} accused Israel of aggression."),
])
def test_a_name_read_as_a_function_word_is_the_subject(lang, template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    n = len(one_word_states(load_lexicon(), "ISR"))
    on = _count(lang, template)
    with rules.disabled("parse.name_as_subject"):
        off = _count(lang, template)
    # the parser misreads a few names only ("Canada/mark", "Chad/aux"): all are read now
    assert on == n and off < on


def test_a_capital_read_as_a_subordinator():
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    text = "Manila menuduh Beijing melakukan tindakan agresif."
    assert ("PHL", "ACCUSES", "CHN") in facts(load_lexicon(), "id", text)
    with rules.disabled("parse.name_as_subject"):
        assert ("PHL", "ACCUSES", "CHN") not in facts(load_lexicon(), "id", text)
