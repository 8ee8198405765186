"""A cue aimed at a doer reads the doer of the act its own preposition's phrase names, as it
reads an object's ("Iran protested against the strikes by Israel": IRN PROTESTS ISR; rule
syntax.own_prep_doer), over every two-word English past-tense pattern aimed at a doer, in
made-up sentences."""

from __future__ import annotations

from made_up import facts


def test_the_doer_of_an_act_in_the_cue_s_own_phrase():
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    preps = {"against", "about", "over", "at", "to", "on"}
    cues = sorted({p.text: p for p in lex.relations["en"] if p.frame == "active"
                   and len(p.tokens) == 2 and p.tokens[1] in preps
                   and p.tokens[0].endswith("ed")
                   and lex.props(p.relation).aimed_at_doer}.values(), key=lambda p: p.text)
    assert len(cues) >= 10

    def found() -> int:
        return sum(("IRN", c.relation, "ISR") in facts(
            lex, "en", f"Iran {c.text} the strikes by Israel.") for c in cues)

    assert found() >= 0.75 * len(cues)
    with rules.disabled("syntax.own_prep_doer"):
        assert found() == 0
