"""A clause opening the sentence whose predicate is a destination phrase on an actor, with no
verb, is a visit ("Prabowo ke China", "Putin akan ke Korea Utara pekan depan"; rule
cue.bare_goal, grammar goal_preps and goal_verb), and a negated one a visit denied; a noun or
a preposition before the name makes it none ("Ekspor Indonesia ke China"), over every one-word
state name, in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import STATE, count_states, one_word_states


@pytest.mark.parametrize(("template", "fact"), [
    ("{state} ke Jepang.", (STATE, "VISITS", "JPN")),
    ("Presiden {state} akan ke Jepang pekan depan.", (STATE, "VISITS", "JPN")),
    ("Menteri Luar Negeri {state} Akan ke Jepang", (STATE, "VISITS", "JPN")),
    ("Jepang ke {state}.", ("JPN", "VISITS", STATE)),
])
def test_a_verbless_destination_is_a_visit(template, fact):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "JPN"))
    assert count_states(lex, "id", template, fact) >= 0.95 * n
    with rules.disabled("cue.bare_goal"):
        assert count_states(lex, "id", template, fact) == 0


@pytest.mark.parametrize("template", [
    "Ekspor {state} ke Jepang naik.",
    "Dari {state} ke Jepang.",
    "Penerbangan {state} ke Jepang dibatalkan.",
    "{state} batal ke Jepang.",
    "Presiden {state} tidak akan ke Jepang.",
])
def test_no_visit_without_a_subject_going(template):
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    assert count_states(lex, "id", template, (STATE, "VISITS", "JPN")) == 0


def test_a_called_off_visit_is_kept_negated():
    from geopolgraph.loaders.extract import extract_triples
    from geopolgraph.loaders.lexicons import load_lexicon
    from geopolgraph.model import Article

    got = [(t.source, t.relation, t.target, t.negated) for t in extract_triples(
        Article(id="x", text="Prabowo batal ke China.", lang="id", published="2025-01-01"),
        load_lexicon())]
    assert got == [("IDN", "VISITS", "CHN", True)]


@pytest.mark.parametrize("template", [
    "{state}'s foreign minister in Japan for talks",
    "The {state} president in Japan for first visit in 20 years",
])
def test_an_english_headline_person_in_a_place_visits_it(template):
    """ "Blinken in Beijing for talks": a person, and only a person (grammar
    goal_travellers), "in" a place with no verb visits it."""
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "JPN"))
    fact = (STATE, "VISITS", "JPN")
    assert count_states(lex, "en", template, fact) >= 0.95 * n
    with rules.disabled("cue.bare_goal"):
        assert count_states(lex, "en", template, fact) == 0


@pytest.mark.parametrize("template", ["{state} troops in Japan", "{state} in Japan",
                                      "Protests in {state} over Japan's visit"])
def test_no_english_visit_by_a_state_or_its_forces(template):
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    assert count_states(lex, "en", template, (STATE, "VISITS", "JPN")) == 0
