"""A dateline opening a line ("JAKARTA - X and Y held talks") names where the story was filed,
no actor: its dash does not join the city to the actors after it, whose talks are theirs
(rule reader.dateline, furniture.jsonl strip-prefix patterns), over every one-word state name,
in made-up two-line stories."""

from __future__ import annotations

import pytest
from made_up import facts, one_word_states


@pytest.mark.parametrize(("lang", "template"), [
    ("en", "Talks in Geneva\n\nJAKARTA - {state} and Japan held talks in Geneva on Tuesday."),
    ("id", "Perundingan di Jenewa\n\nJAKARTA - {state} dan Jepang menggelar perundingan di "
           "Jenewa pada Selasa."),
])
def test_a_datelines_city_is_no_party(lang, template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    states = one_word_states(lex, "IDN", "JPN")

    def talks() -> tuple[int, int]:
        """(the state talks with Japan, Indonesia is in a triple)."""
        found = [(code, facts(lex, lang, template.format(state=name))) for code, name in states]
        return (sum((code, "CONSULTS", "JPN") in f for code, f in found),
                sum(any("IDN" in (s, t) for s, _, t in f) for _, f in found))

    held, jakarta = talks()
    assert held >= 0.95 * len(states) and jakarta == 0
    with rules.disabled("reader.dateline"):
        assert talks()[0] == 0  # the city joined the group: three parties, no pair


def test_a_spaced_dash_between_two_short_names_is_no_dateline():
    """"RI - Malaysia Sepakati Batas Laut": a dateline's place is a city (a word of four letters
    or more, or two words), so two state names joined by a spaced dash stay a pair."""
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    found = facts(lex, "id", "RI - Malaysia Sepakati Batas Laut", "2025-06-01")
    assert ("IDN", "AGREES", "MYS") in found
