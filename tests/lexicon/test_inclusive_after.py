"""An inclusive phrase right after a noun and its comma that the parse hung on the verb stands
for the noun ("Russia accused the West, including the US, of …"; rule syntax.inclusive_after),
and "especially", "particularly", "terutama", "khususnya" open such a phrase as "including"
and "termasuk" do (grammar inclusive_preps), over every one-word state name, in made-up
sentences."""

from __future__ import annotations

import pytest
from made_up import STATE, count_states, one_word_states


@pytest.mark.parametrize(("lang", "template", "rule_matters"), [
    ("en", "Russia accused the West, including {state}, of being behind the attack.", True),
    ("id", "Rusia menuding Barat, termasuk {state}, berada di balik serangan tersebut.", False),
    ("en", "Russia accused the West, especially {state}, of being behind the attack.", False),
    ("id", "Rusia menuding Barat, terutama {state}, berada di balik serangan tersebut.", False),
])
def test_the_included_are_accused(lang, template, rule_matters):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "RUS"))
    fact = ("RUS", "ACCUSES", STATE)
    assert count_states(lex, lang, template, fact) >= 0.85 * n
    if rule_matters:
        with rules.disabled("syntax.inclusive_after"):
            assert count_states(lex, lang, template, fact) <= 0.1 * n
