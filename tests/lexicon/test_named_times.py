"""A capitalised name after a time subordinator names a time, nobody's act: "X and Japan
completed their largest prisoner swap since the Cold War on Thursday", "… sejak Perang Dingin"
give no JPN ATTACKS X (rule frame.named_time), over every one-word state name, in made-up
sentences."""

from __future__ import annotations

import pytest
from made_up import STATE, count_states, one_word_states


@pytest.mark.parametrize(("lang", "template"), [
    ("en", "{state} and Japan completed their largest prisoner swap since the Cold War on "
           "Thursday."),
    ("id", "{state} dan Jepang melakukan pertukaran tahanan terbesar sejak Perang Dingin."),
])
def test_a_named_war_after_since_is_a_time(lang, template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "JPN"))
    assert count_states(lex, lang, template, (STATE, "COOPERATES", "JPN")) >= 0.9 * n
    assert count_states(lex, lang, template, ("JPN", "ATTACKS", STATE)) == 0
    with rules.disabled("frame.named_time"):
        assert count_states(lex, lang, template, ("JPN", "ATTACKS", STATE)) >= 0.9 * n
