"""Help named as the means of an act names who helped the clause's doer, never whom the act is
aimed at: "Israel intercepted the missiles with the help of X" is X SUPPLIES ISR, "Israel
mencegat rudal itu dengan dukungan X" X SUPPORTS ISR and no ISR ATTACKS X (rule
noun.means_helper), over every one-word state name, in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import STATE, count_states, one_word_states


@pytest.mark.parametrize(("lang", "template", "relation"), [
    ("en", "Israel intercepted the missiles with the help of {state}.", "SUPPLIES"),
    ("id", "Israel mencegat rudal itu dengan dukungan {state}.", "SUPPORTS"),
])
def test_help_as_a_means_is_the_helpers(lang, template, relation):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "ISR"))
    assert count_states(lex, lang, template, (STATE, relation, "ISR")) >= 0.95 * n
    assert count_states(lex, lang, template, ("ISR", "ATTACKS", STATE)) == 0
    with rules.disabled("noun.means_helper"):
        assert count_states(lex, lang, template, (STATE, relation, "ISR")) <= 0.1 * n
