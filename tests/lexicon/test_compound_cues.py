"""An English verb cue the parse makes a compound of the noun after it is a noun ("a new
sanctions/compound package": rule frame.compound_cue), and approving that noun's object is the
act, not an agreement ("The EU agreed a new sanctions package against Russia": rule
syntax.approved_verb_noun), over every one-word state name, in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import STATE, count_states, one_word_states


@pytest.mark.parametrize(("template", "least"), [
    ("The EU agreed a new sanctions package against {state}.", 0.9),
    ("The EU approved its 14th sanctions package against {state}.", 0.85),
])
def test_an_approved_sanctions_package_is_sanctions(template, least):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex))
    assert count_states(lex, "en", template, ("EU", "SANCTIONS", STATE)) >= least * n
    assert count_states(lex, "en", template, ("EU", "AGREES", STATE)) <= 0.05 * n
    with rules.disabled("frame.compound_cue", "syntax.approved_verb_noun"):
        assert count_states(lex, "en", template, ("EU", "SANCTIONS", STATE)) <= 0.05 * n
