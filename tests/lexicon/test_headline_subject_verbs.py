"""A headline's bare word between its subject and a noun cue is its verb, read by the parser
as a verb of its treebanks when the lexicon knows no meN- form of it ("AS Perketat Sanksi
terhadap Iran"; rule headline.subject_verb), over every one-word state name, in made-up
headlines."""

from __future__ import annotations

import pytest
from made_up import STATE, count_states, one_word_states


@pytest.mark.parametrize("template", [
    "{state} Perketat Sanksi terhadap Iran",
    "{state} Perpanjang Sanksi terhadap Iran",
])
def test_the_word_before_the_noun_is_the_verb(template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "IRN"))
    fact = (STATE, "SANCTIONS", "IRN")
    assert count_states(lex, "id", template, fact) >= 0.9 * n
    with rules.disabled("headline.subject_verb"):
        assert count_states(lex, "id", template, fact) <= 0.5 * n
