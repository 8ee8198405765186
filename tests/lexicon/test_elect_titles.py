"""An elected head of state or government not yet in office acts for the state all the same:
"Presiden terpilih X", "Perdana Menteri terpilih X", "the president-elect of X"
(tools/curated_titles.tsv; no role, so a surname is not linked to the one in office), over
every one-word state name, in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import STATE, count_states, one_word_states


@pytest.mark.parametrize(("lang", "template"), [
    ("id", "Presiden Jepang mengucapkan selamat kepada Presiden terpilih {state}."),
    ("id", "Presiden Jepang bertemu Perdana Menteri terpilih {state}."),
    ("en", "Japan's prime minister congratulated the president-elect of {state}."),
])
def test_an_elect_title_acts_for_its_state(lang, template):
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "JPN"))
    relation = "MEETS" if "bertemu" in template else "PRAISES"
    assert count_states(lex, lang, template, ("JPN", relation, STATE)) >= 0.9 * n
