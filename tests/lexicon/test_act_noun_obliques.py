"""An oblique the parse hangs on a cue aimed at a doer, opened right after its object that is an
act noun, is that noun's phrase (rule syntax.act_noun_oblique: "The US condemned the arms sales
to Russia" is no USA CRITICIZES RUS: whom the sales went to is not whom the condemnation is
aimed at), over every one-word state name, in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import facts, one_word_states


def _aimed_at_state(template: str, source: str) -> int:
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    return sum((source, "CRITICIZES", code) in facts(lex, "en", template.format(state=name))
               for code, name in one_word_states(lex, "USA", "CHN"))


@pytest.mark.parametrize(("template", "source"), [
    ("The US condemned the arms sales to {state}.", "USA"),
    ("China condemned the sanctions against {state}.", "CHN"),
])
def test_the_act_nouns_phrase_is_not_whom_the_cue_is_aimed_at(template, source):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    n = len(one_word_states(load_lexicon(), "USA", "CHN"))
    assert _aimed_at_state(template, source) <= 0.02 * n
    with rules.disabled("syntax.act_noun_oblique"):
        assert _aimed_at_state(template, source) >= 0.4 * n


def test_a_by_phrase_still_names_the_doer():
    from geopolgraph.loaders.lexicons import load_lexicon

    n = len(one_word_states(load_lexicon(), "USA", "CHN"))
    assert _aimed_at_state("The US condemned the attacks on Israel by {state}.", "USA") >= 0.9 * n
