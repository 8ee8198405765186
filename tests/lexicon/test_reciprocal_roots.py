"""A cue's bare root after "saling" is read as its meN- verb, as a headline's bare verb is
("Kamboja dan Thailand saling tuding atas bentrokan di perbatasan": each accuses the other;
rule parse.reciprocal_root), over every one-word bare-root cue of the lexicon with a meN- form,
in made-up sentences."""

from __future__ import annotations

from made_up import facts


def test_a_bare_root_after_saling_is_a_verb():
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.extract.lang import language
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    words = language(lex, "id")
    roots = sorted({p.text: p for p in lex.relations["id"] if p.frame == "active"
                    and len(p.tokens) == 1 and words.is_bare_root(p.text)
                    and words.headline_verb(p.text)}.values(), key=lambda p: p.text)
    assert len(roots) > 80

    def found() -> int:
        return sum({("KHM", c.relation, "THA"), ("THA", c.relation, "KHM")} <= facts(
            lex, "id", f"Kamboja dan Thailand saling {c.text} atas bentrokan di perbatasan.")
            for c in roots)

    on = found()
    assert on >= 0.97 * len(roots)
    with rules.disabled("parse.reciprocal_root"):
        assert found() <= on - 5
