"""A verb cue in a purpose clause of a planned verb is planned too, however far the plan word
stands before it: "Menteri Luar Negeri Jepang akan terbang ke Manila pekan depan untuk
berunding dengan X" is a planned JPN CONSULTS X (rule mod.purpose_plan), over every one-word
state name, in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import one_word_states

from geopolgraph.loaders.extract import extract_triples
from geopolgraph.model import Article


def _planned(lex, lang: str, template: str) -> int:
    n = 0
    for code, name in one_word_states(lex, "JPN"):
        n += any((t.source, t.relation, t.target, t.modality) == ("JPN", "CONSULTS", code,
                                                                  "planned")
                 for t in extract_triples(Article(id="x", text=template.format(state=name),
                                                  lang=lang), lex))
    return n


@pytest.mark.parametrize(("lang", "template"), [
    ("id", "Menteri Luar Negeri Jepang akan terbang ke Manila pekan depan untuk berunding "
     "dengan {state}."),
    ("en", "Japan's foreign minister will travel on to Manila next week to hold talks with "
     "{state}."),
])
def test_a_purpose_of_a_plan_is_planned(lang, template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "JPN"))
    assert _planned(lex, lang, template) >= 0.9 * n
    with rules.disabled("mod.purpose_plan"):
        assert _planned(lex, lang, template) <= 0.1 * n
