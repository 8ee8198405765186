"""A bare name after a noun of what an actor has owns that noun, not the act noun before it:
"pelanggaran kedaulatan X" is a violation of X's sovereignty, so X is no violator, and calling
an attack that is no charge against X (rule syntax.possession_owner, grammar possession_nouns),
over every one-word state name, in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import STATE, count_states, one_word_states


@pytest.mark.parametrize(("template", "fact"), [
    ("Iran menyebut serangan itu pelanggaran kedaulatan {state}.", ("IRN", "ACCUSES", STATE)),
    ("Iran menyebut serangan itu pelanggaran kedaulatan {state}.", ("IRN", "CRITICIZES", STATE)),
    ("{state} mengecam serangan itu sebagai pelanggaran kedaulatan Yaman.",
     (STATE, "ACCUSES", "YEM")),
])
def test_the_owner_of_a_possession_is_no_doer(template, fact):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, *(a for a in (fact[0], fact[2]) if a != STATE)))
    assert count_states(lex, "id", template, fact) == 0
    with rules.disabled("syntax.possession_owner"):
        assert count_states(lex, "id", template, fact) >= 0.9 * n


def test_a_violated_possession_still_names_its_owner():
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "CHN"))
    assert count_states(lex, "id", "China melanggar kedaulatan {state}.",
                        ("CHN", "REJECTS", STATE)) >= 0.95 * n
