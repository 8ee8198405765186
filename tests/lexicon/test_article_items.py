"""An article after a comma opens the next item of a list of actors ("Israel, the US and
Britain condemned Iran", rule reader.article_item, grammar item_articles), over every one-word
state name of the lexicon, in made-up sentences: the parse reads "the US" as a second subject
and drops the first item; the surface list keeps it."""

from __future__ import annotations

import pytest
from made_up import facts, one_word_states


@pytest.mark.parametrize("template", ["{name}, the US and Britain condemned Iran.",
                                      "{name}, the UK and France criticised Iran."])
def test_the_first_item_of_a_list_with_an_article_acts(template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    states = one_word_states(lex, "USA", "GBR", "FRA", "IRN")
    assert len(states) > 150

    def acting() -> int:
        return sum(any(s == ident and t == "IRN" for s, _, t in
                       facts(lex, "en", template.format(name=name))) for ident, name in states)

    assert acting() >= 0.95 * len(states)
    with rules.disabled("reader.article_item"):
        assert acting() <= 0.1 * len(states)


def test_an_article_without_a_list_before_it_joins_nothing():
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    assert facts(lex, "en", "In Tokyo, the US and Japan signed a deal.") == {
        ("USA", "COOPERATES", "JPN"), ("JPN", "COOPERATES", "USA")}
