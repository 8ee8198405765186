"""A plan word inside a verb cue's subject phrase names what the act is about, not a plan to do
it ("Rencana Jepang itu dikecam China": the criticism happened; rule mod.planned_subject), over
every one-word state name of the lexicon in made-up sentences; a plan word of the clause
("Jepang akan diserang China") still makes the act planned."""

from __future__ import annotations

import pytest
from made_up import one_word_states

from geopolgraph.loaders.extract import extract_triples
from geopolgraph.loaders.lexicons import load_lexicon
from geopolgraph.model import Article


def _modalities(lex, template: str, states: list[tuple[str, str]]) -> list[str]:
    return [t.modality for ident, name in states for t in extract_triples(
        Article(id="x", text=template.format(name=name), lang="id", published="2025-06-16"), lex)
        if (t.source, t.target) == ("CHN", ident) and not t.negated]


@pytest.mark.parametrize("template", ["Rencana {name} itu dikecam China.",
                                      "Rencana {name} dikritik keras oleh China."])
def test_a_plan_as_the_subject_is_no_plan(template):
    from geopolgraph.loaders.extract import rules

    lex = load_lexicon()
    states = one_word_states(lex, "CHN")
    assert len(states) > 150
    found = _modalities(lex, template, states)
    assert len(found) >= 0.95 * len(states) and "planned" not in found
    with rules.disabled("mod.planned_subject"):
        assert _modalities(lex, template, states).count("planned") >= 0.95 * len(states)


def test_a_plan_word_of_the_clause_still_plans():
    lex = load_lexicon()
    states = one_word_states(lex, "CHN")
    found = _modalities(lex, "{name} akan diserang China.", states)
    assert len(found) >= 0.95 * len(states) and set(found) == {"planned"}
