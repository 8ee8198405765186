"""A cue in a topic phrase the parse hangs on a denial is denied, as a clause there is (rule
cue.denied_topic: "Iran membantah tuduhan AS soal pengiriman drone ke Rusia" asserts no IRN
SUPPLIES RUS), over every one-word state name, in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import facts, one_word_states


def _supplies(template: str, lang: str) -> int:
    """Over every state: how often the state is said to supply Russia."""
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    return sum((code, "SUPPLIES", "RUS") in facts(lex, lang, template.format(state=name))
               for code, name in one_word_states(lex, "RUS", "USA"))


@pytest.mark.parametrize(("lang", "template"), [
    ("id", "{state} membantah tuduhan AS soal pengiriman drone ke Rusia."),
    ("id", "{state} membantah tuduhan AS tentang pengiriman senjata ke Rusia."),
])
def test_an_act_in_the_topic_of_a_denial_is_not_asserted(lang, template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    n = len(one_word_states(load_lexicon(), "RUS", "USA"))
    assert _supplies(template, lang) <= 0.02 * n
    # "tuduhan AS soal pengiriman …": the act an accusation reacts to (noun.reacted_phrase)
    # is no subject's either: both off
    with rules.disabled("cue.denied_topic", "noun.reacted_phrase"):
        assert _supplies(template, lang) >= 0.4 * n  # the parse hangs it there in most
