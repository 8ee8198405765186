"""How far a negation reaches, over every one-word active cue in made-up sentences: not into
the clause after a break ("did not attack Vietnam but sanctioned Japan", rule
mod.negation_clause), and over an alternative with no auxiliary of its own ("has never
attacked Vietnam … or sanctioned Japan", rule mod.shared_negation)."""

from __future__ import annotations

import pytest


def _negations(lex, lang: str, template: str, verbs: list[str]) -> list[set[bool]]:
    """Per verb, whether its triples aimed at Japan are negated (verbs giving none left out)."""
    from geopolgraph.loaders.extract import extract_triples
    from geopolgraph.model import Article

    found = [{t.negated for t in extract_triples(Article(
        id="x", text=template.format(verb=v), lang=lang), lex) if t.target == "JPN"}
             for v in verbs]
    return [f for f in found if f]


def _verbs(lex, lang: str) -> list[str]:
    """One-word active cues: English past forms, Indonesian meN- verbs."""
    return sorted({p.text for p in lex.relations[lang] if p.frame == "active"
                   and len(p.tokens) == 1 and (p.text.endswith("ed") if lang == "en"
                                               else p.text.startswith("me"))})


@pytest.mark.parametrize(("lang", "template", "rule", "negated"), [
    ("en", "China did not attack Vietnam but {verb} Japan.", "mod.negation_clause", False),
    ("en", "China has never attacked Vietnam in recent years or {verb} Japan.",
     "mod.shared_negation", True),
    ("id", "China tidak pernah menyerang Vietnam dalam beberapa tahun terakhir atau {verb} "
     "Jepang.", "mod.shared_negation", True),
])
def test_the_reach_of_a_negation(lang, template, rule, negated):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    verbs = _verbs(lex, lang)
    read = _negations(lex, lang, template, verbs)
    assert len(read) >= 100
    assert sum(f == {negated} for f in read) / len(read) >= 0.95
    with rules.disabled(rule):
        assert not any(f == {negated} for f in _negations(lex, lang, template, verbs))
