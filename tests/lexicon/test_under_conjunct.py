"""A verb cue that the parse hangs as a modifier on the last of coordinated actors right before
it ("Rusia dan Ukraina/conj Sepakat/compound Tukar Tawanan") has them all as its subject (rule
syntax.under_conjunct), over every one-word state name of the lexicon as the second actor, in
made-up headlines and sentences; without the rule the parse loses a fifth of them or more."""

from __future__ import annotations

import pytest
from made_up import facts, one_word_states


@pytest.mark.parametrize("template", [
    "Rusia dan {name} Sepakat Tukar Tawanan",
    "Rusia dan {name} Sepakat Perkuat Pertahanan",
    "Rusia dan {name} sepakat bertukar tawanan.",
])
def test_both_coordinated_actors_agree(template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    states = one_word_states(lex, "RUS")
    assert len(states) > 150

    def agreed() -> int:
        return sum({("RUS", "AGREES", ident), (ident, "AGREES", "RUS")}
                   <= facts(lex, "id", template.format(name=name), "2025-06-01")
                   for ident, name in states)

    assert agreed() >= 0.98 * len(states)
    # the parse's own "Sepakat/compound" is a predicate through parse.predicate_adjective
    # too: both off
    with rules.disabled("syntax.under_conjunct", "parse.predicate_adjective"):
        assert agreed() <= 0.9 * len(states)
