"""An adverb of manner between the two words of a cue is inside it (rule cue.adverb_inside, with
the English -ly adverbs of lang.ly_adverbs: "Australia will work closely with Indonesia" is
AUS COOPERATES IDN), over every one-word state name, in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import STATE, count_states, one_word_states


def _count(template: str, relation: str, target: str) -> int:
    """Over every state: how often the state does ``relation`` to ``target``."""
    from geopolgraph.loaders.lexicons import load_lexicon

    return count_states(load_lexicon(), "en", template, (STATE, relation, target))


@pytest.mark.parametrize(("template", "relation", "target"), [
    ("{state} will work closely with Indonesia.", "COOPERATES", "IDN"),
    ("{state} has worked jointly with Japan.", "COOPERATES", "JPN"),
    ("{state} sided openly with Ukraine.", "SUPPORTS", "UKR"),
    ("{state} stands firmly with Ukraine.", "SUPPORTS", "UKR"),
])
def test_an_adverb_between_a_verb_and_its_preposition(template, relation, target):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    n = len(one_word_states(load_lexicon(), target))
    assert _count(template, relation, target) >= 0.9 * n
    for rule in ("cue.adverb_inside", "lang.ly_adverbs"):
        with rules.disabled(rule):
            assert _count(template, relation, target) <= 0.05 * n

