"""A headline's bare verb ending in -an whose meN- form opens a cue ("Kenakan": "mengenakan
tarif") is no noun derived with -an, so the parse repair that makes such a noun a verb's object
leaves it the verb's clause ("AS Ancam Kenakan Tarif terhadap Rusia": USA THREATENS RUS; rule
lang.bare_verb_no_noun), over every bare -kan cue of the lexicon, in made-up headlines."""

from __future__ import annotations

from made_up import facts


def test_a_threatened_bare_kan_verb_keeps_the_threat_on_its_target():
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.extract.lang import language
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    lang = language(lex, "id")
    cues = {p.text for p in lex.relations["id"] if p.frame == "active" and "…" not in p.text
            and p.tokens[0].endswith("kan") and not p.tokens[0].startswith(
                ("me", "di", "ber", "ter")) and lang.headline_verb(p.tokens[0])}
    assert len(cues) > 50

    def threatened() -> int:
        return sum(("USA", "THREATENS", "RUS") in facts(
            lex, "id", f"AS Ancam {cue.title()} terhadap Rusia") for cue in cues)

    assert threatened() >= 0.9 * len(cues)
    with rules.disabled("lang.bare_verb_no_noun"):
        assert threatened() <= 0.7 * len(cues)
