"""A gapped pattern does not run over an urged actor's own act: "Japan ordered X to release the
hostages" is JPN DEMANDS X, not the pattern "ordered … release" (CAMEO's ordered release of
prisoners, JPN YIELDS X); "ordered X to allow aid into Gaza" is no ordered aid (rule
cue.control_gap), over every one-word state name, in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import STATE, count_states, one_word_states


@pytest.mark.parametrize(("template", "wrong"), [
    ("Japan ordered {state} to release the hostages.", "YIELDS"),
    ("Japan ordered {state} to allow aid into Gaza.", "SUPPLIES"),
])
def test_an_ordered_actor_does_the_act_after_its_mark(template, wrong):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "JPN"))
    assert count_states(lex, "en", template, ("JPN", "DEMANDS", STATE)) >= 0.95 * n
    assert count_states(lex, "en", template, ("JPN", wrong, STATE)) == 0
    with rules.disabled("cue.control_gap"):
        assert count_states(lex, "en", template, ("JPN", "DEMANDS", STATE)) == 0
        assert count_states(lex, "en", template, ("JPN", wrong, STATE)) >= 0.9 * n
