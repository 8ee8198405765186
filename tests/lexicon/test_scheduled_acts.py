""""Scheduled to" marks a plan as "dijadwalkan" does: "Biden is scheduled to visit X" is a
planned visit, not one made (grammar_en.json ``planned``), over every one-word state name, in
made-up sentences."""

from __future__ import annotations

from dataclasses import replace

from made_up import one_word_states

from geopolgraph.loaders.extract import extract_triples
from geopolgraph.model import Article

TEMPLATE = "Biden is scheduled to visit {state} next week."


def _planned(lex) -> tuple[int, int]:
    """(states whose USA VISITS triple is planned, states giving one)."""
    planned = found = 0
    for code, name in one_word_states(lex, "USA"):
        got = [t.modality for t in extract_triples(Article(
            id="x", text=TEMPLATE.format(state=name), lang="en"), lex)
            if (t.source, t.relation, t.target) == ("USA", "VISITS", code)]
        found += bool(got)
        planned += bool(got) and all(m == "planned" for m in got)
    return planned, found


def test_a_scheduled_visit_is_planned():
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "USA"))
    planned, found = _planned(lex)
    assert found >= 0.95 * n and planned == found
    table = lex.grammar["en"]
    fewer = [w for w in table["planned"] if "scheduled" not in w]
    less = replace(lex, grammar={**lex.grammar, "en": {**table, "planned": fewer}}, derived={})
    planned, found = _planned(less)
    assert found >= 0.95 * n and planned <= 0.05 * found
