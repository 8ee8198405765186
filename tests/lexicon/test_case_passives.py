"""A di- passive verb that is no cue, read by the parser as a case marker ("Sanksi terhadap
Korea Utara diperpanjang/case Dewan Keamanan PBB"), is parsed again with a passive verb the
parser knows in its place, so its bare agent is the noun cue's doer (rule parse.case_passive),
over every one-word state name, in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import facts, one_word_states


@pytest.mark.parametrize(("template", "doer", "most_off"), [
    ("Sanksi terhadap {state} diperpanjang Dewan Keamanan PBB.", "UN", 0.05),
    ("Sanksi terhadap {state} diperketat Uni Eropa.", "EU", 0.9),
])
def test_a_passive_read_as_a_preposition_is_parsed_again(template, doer, most_off):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    states = one_word_states(lex)

    def sanctioned() -> int:
        return sum((doer, "SANCTIONS", code) in facts(lex, "id", template.format(state=name))
                   for code, name in states)

    assert sanctioned() >= 0.9 * len(states)
    with rules.disabled("parse.case_passive"):
        assert sanctioned() <= most_off * len(states)
