"""The act an urged actor is asked to stop is that actor's, not the urger's: "Japan urged X to
end air strikes on Ukraine" gives X YIELDS UKR and never JPN ATTACKS UKR, whether the parse
hangs the to-clause as an adverbial on "urged" (rule syntax.control_clause) or reads "halt" as
an adjective of "attacks" (rule misparse.infinitive_on_noun), over every one-word state name,
in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import STATE, count_states, one_word_states


@pytest.mark.parametrize(("template", "rule"), [
    ("Japan urged {state} to end air strikes on Ukraine.", "syntax.control_clause"),
    ("Japan urged {state} to halt attacks on Ukraine.", "misparse.infinitive_on_noun"),
    ("Japan called on {state} to halt attacks on Ukraine.", "misparse.infinitive_on_noun"),
])
def test_an_urged_actor_stops_its_own_attacks(template, rule):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "JPN", "UKR"))
    assert count_states(lex, "en", template, ("JPN", "APPEALS", STATE)) >= 0.95 * n
    assert count_states(lex, "en", template, ("JPN", "ATTACKS", "UKR")) <= 0.05 * n
    with rules.disabled(rule):
        assert count_states(lex, "en", template, ("JPN", "ATTACKS", "UKR")) >= 0.4 * n
