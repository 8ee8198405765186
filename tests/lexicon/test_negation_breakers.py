""""Not hesitate to attack" is an attack: a negator followed by a word of
``negation_breakers`` negates nothing, also after a plan word ("tidak akan ragu …", rule
mod.breaker_after_plan), over every one-word verb cue in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import facts


def _verbs(lex, lang: str) -> dict[str, str]:
    """meN- verbs (Indonesian) or base forms after 'to' (English: no -s, -ed, -ing)."""
    out = {}
    for p in lex.relations[lang]:
        if p.frame != "active" or len(p.tokens) != 1 or p.relation in ("NONE", "MOBILIZES"):
            continue
        w = p.text
        if (lang == "id" and w.startswith("me")) or (
                lang == "en" and not w.endswith(("s", "ed", "ing", "en"))):
            out[w] = p.relation
    return out


@pytest.mark.parametrize(("lang", "template", "rule"), [
    ("id", "Rusia tak segan {verb} Ukraina.", None),
    ("id", "Rusia tidak akan ragu {verb} Ukraina.", "mod.breaker_after_plan"),
    ("en", "Russia did not hesitate to {verb} Ukraine.", None),
])
def test_a_negator_broken_by_the_word_after_it_negates_nothing(lang, template, rule):
    """No verb of the lexicon gives a negated triple here; with the plan-word rule off, most
    do after "tidak akan"."""
    from geopolgraph.loaders.extract import extract_triples, rules
    from geopolgraph.loaders.lexicons import load_lexicon
    from geopolgraph.model import Article

    lex = load_lexicon()
    verbs = _verbs(lex, lang)
    assert len(verbs) > 100

    def negated() -> int:
        return sum(any(t.negated for t in extract_triples(
            Article(id="x", text=template.format(verb=v), lang=lang), lex)) for v in verbs)

    assert negated() == 0
    if rule:
        with rules.disabled(rule):
            assert negated() > len(verbs) / 2


def test_a_plain_negation_still_negates():
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    assert facts(lex, "id", "Rusia tidak akan menyerang Ukraina.") == set()
    assert facts(lex, "en", "Russia did not attack Ukraine.") == set()
