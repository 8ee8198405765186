"""A relative owner pronoun stands for the actor named right before it ("Russia, whose forces
invaded Ukraine in 2022, …": Russia invaded; rule syntax.relative_owner_pronoun, grammar
relative_owners), over every one-word state name of the lexicon, in made-up sentences; and
after a name that is no actor ("Analysts, whose reports …") it stands for nobody."""

from __future__ import annotations

import pytest
from made_up import facts, one_word_states

RULE = "syntax.relative_owner_pronoun"


@pytest.mark.parametrize(("template", "target"), [
    ("{name}, whose forces invaded Ukraine in 2022, denies targeting civilians.", "UKR"),
    ("{name}, whose warplanes struck Lebanon on Monday, said it acted in self-defence.", "LBN"),
    ("The talks with {name}, whose troops attacked Ukraine last year, stalled.", "UKR"),
])
def test_whose_stands_for_the_actor_before_it(template, target):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    states = one_word_states(lex, "UKR", "LBN")
    assert len(states) > 150

    def attacks() -> int:
        return sum((ident, "ATTACKS", target) in facts(lex, "en", template.format(name=name))
                   for ident, name in states)

    assert attacks() >= 0.95 * len(states)
    with rules.disabled(RULE):
        assert attacks() <= 0.05 * len(states)


def test_whose_after_no_actor_is_nobody():
    from geopolgraph.loaders.lexicons import load_lexicon

    text = "Analysts, whose reports criticised China, were expelled."
    assert facts(load_lexicon(), "en", text) == set()
