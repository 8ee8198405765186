"""English "be" with an -ing verb is the progressive, never a passive, even with a "by" phrase
right after the object ("The UN is condemning the attack by Israel" is the UN's condemnation,
not Israel's): over every one-word -ing verb cue whose target is the doer of the act it names,
in made-up sentences."""

from __future__ import annotations


def test_a_progressive_verb_keeps_its_subject():
    from made_up import facts

    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    cues = sorted({p.text: p for p in lex.relations["en"] if p.frame == "active"
                   and len(p.tokens) == 1 and p.text.endswith("ing")
                   and lex.props(p.relation).aimed_at_doer}.values(), key=lambda p: p.text)
    assert len(cues) > 60
    right = wrong = 0
    for c in cues:
        got = facts(lex, "en", f"The UN is {c.text} the attack by Israel.")
        right += ("UN", c.relation, "ISR") in got
        wrong += ("ISR", c.relation, "UN") in got
    assert right >= 0.8 * len(cues)
    assert wrong == 0
