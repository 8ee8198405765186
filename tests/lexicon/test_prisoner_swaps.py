"""An exchange of prisoners is cooperation (CAMEO 060, as the English "swap … prisoners"), and
prisoners of war ("tahanan perang") are people held, no fight: "Rusia dan Ukraina bertukar
tahanan perang" is RUS COOPERATES UKR and back, no attack; over every one-word state name, in
made-up sentences (tools/cue_phrases_id.tsv)."""

from __future__ import annotations

import pytest
from made_up import facts, mutual_count, one_word_states


@pytest.mark.parametrize("template", [
    "{state} dan Rusia bertukar tahanan perang.",
    "{state} dan Rusia melakukan pertukaran tawanan perang.",
])
def test_a_prisoner_swap_is_cooperation_and_no_fight(template):
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    states = one_word_states(lex, "RUS")
    assert mutual_count(lex, "id", template, "COOPERATES", "RUS") >= 0.9 * len(states)
    assert not any(rel == "ATTACKS" for code, name in states
                   for _, rel, _ in facts(lex, "id", template.format(state=name)))
