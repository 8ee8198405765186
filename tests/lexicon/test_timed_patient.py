"""An act noun in a time phrase that names whom it hit with "of" and no doer is not the
governing verb's subject's act ("Iran vowed revenge against Israel after the killing of a Hamas
leader": Iran did not kill; rule noun.timed_patient), while "after talks with Xi" still is the
subject's, over every one-word English noun cue in made-up sentences."""

from __future__ import annotations

from made_up import act_noun, facts

from geopolgraph.loaders.lexicons import load_lexicon


def _nouns(lex) -> list[tuple[str, str]]:
    return sorted({(p.text, p.relation) for p in lex.relations["en"]
                   if act_noun(lex, p) and len(p.tokens) == 1})


def test_the_subject_did_not_do_the_act_a_time_phrase_names():
    from geopolgraph.loaders.extract import rules

    lex = load_lexicon()
    nouns = _nouns(lex)
    assert len(nouns) >= 50

    def wrong() -> int:
        return sum(any(s == "IRN" and t == "SYR" for s, _, t in facts(
            lex, "en", f"Iran warned Israel after the {noun} of Syria.")) for noun, _ in nouns)

    assert wrong() / len(nouns) <= 0.15
    with rules.disabled("noun.timed_patient"):
        assert wrong() / len(nouns) >= 0.9


def test_a_partner_after_with_still_makes_the_subject_a_party():
    lex = load_lexicon()
    nouns = [(n, r) for n, r in _nouns(lex) if lex.props(r).reciprocal]
    assert len(nouns) >= 10
    found = sum(("RUS", relation, "CHN") in facts(
        lex, "en", f"Putin praised China after {noun} with Xi Jinping.", "2024-06-10")
        for noun, relation in nouns)
    assert found / len(nouns) >= 0.9
