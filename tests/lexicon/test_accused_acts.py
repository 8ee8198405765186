"""A clause opened by an object-control mark on a noun cue aimed at a doer names the accused's
act, never the noun owner's (rule syntax.accused_act: "Iran rejected the US accusation of
supplying arms to Russia" is no USA SUPPLIES RUS), over every one-word state name, in made-up
sentences."""

from __future__ import annotations

import pytest
from made_up import facts, one_word_states


def _accuser_acts(template: str) -> tuple[int, int]:
    """Over every state: (the US supplies Russia, the US accuses the state)."""
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    supplies = accuses = 0
    for code, name in one_word_states(lex, "USA", "RUS"):
        found = facts(lex, "en", template.format(state=name))
        supplies += ("USA", "SUPPLIES", "RUS") in found
        accuses += ("USA", "ACCUSES", code) in found
    return supplies, accuses


@pytest.mark.parametrize("template", [
    "{state} rejected the US accusation of supplying arms to Russia.",
    "{state} rejected US accusations of selling weapons to Russia.",
])
def test_the_accusers_noun_does_not_make_it_the_doer(template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    n = len(one_word_states(load_lexicon(), "USA", "RUS"))
    supplies, accuses = _accuser_acts(template)
    assert supplies <= 0.02 * n and accuses >= 0.9 * n
    # a rejected accusation's act is denied as well (cue.rejected_claim): both off to see it
    with rules.disabled("syntax.accused_act", "cue.rejected_claim"):
        assert _accuser_acts(template)[0] >= 0.6 * n
