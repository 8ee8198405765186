"""Who reacts to an act did not do it, also when the lexicon's pattern spans the act's noun
("protested … visit", "rejected … allegation"): rule noun.reaction, over every English
pattern "<past verb> … <noun cue>" whose relation is aimed at an act's doer and differs from
the noun's, in made-up sentences."""

from __future__ import annotations

from made_up import facts


def test_a_reacting_pattern_does_not_make_its_subject_the_doer():
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    patterns = lex.relations["en"]
    nouns = {p.tokens[0]: p.relation for p in patterns if p.frame == "noun"
             and len(p.tokens) == 1}
    cases = sorted({(f"China {p.tokens[0]} the {p.tokens[2]} on Taiwan.", nouns[p.tokens[2]])
                    for p in patterns
                    if p.frame != "noun" and len(p.tokens) == 3 and p.tokens[1] == "…"
                    and p.tokens[0].endswith("ed") and p.tokens[2] in nouns
                    and nouns[p.tokens[2]] != p.relation
                    and lex.props(p.relation).aimed_at_doer})
    assert len(cases) >= 20

    def doers() -> int:
        return sum(any(s == "CHN" and r == act for s, r, _ in facts(lex, "en", text))
                   for text, act in cases)

    assert doers() == 0
    with rules.disabled("noun.reaction"):
        assert doers() >= len(cases) // 2
