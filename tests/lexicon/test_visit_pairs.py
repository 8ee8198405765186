"""A visit brings the visitor and the visited together: "X's president arrived in Tokyo on
Monday. The two leaders held talks over tea" gives X and JPN CONSULTS each other (rule
ref.visit_pair), over every one-word state name, in made-up articles of two sentences."""

from __future__ import annotations

import pytest
from made_up import STATE, count_states, one_word_states


@pytest.mark.parametrize(("lang", "template"), [
    ("en", "{state}'s president arrived in Tokyo on Monday. The two leaders held talks over "
           "tea."),
    ("id", "Presiden {state} tiba di Tokyo pada Senin. Kedua pemimpin menggelar pembicaraan "
           "informal."),
])
def test_the_two_leaders_after_a_visit_are_guest_and_host(lang, template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "JPN"))
    assert count_states(lex, lang, template, (STATE, "CONSULTS", "JPN")) >= 0.9 * n
    with rules.disabled("ref.visit_pair"):
        assert count_states(lex, lang, template, (STATE, "CONSULTS", "JPN")) <= 0.1 * n
