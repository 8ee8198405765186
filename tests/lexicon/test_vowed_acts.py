""""Bersumpah" (vow) before a verb marks a plan, as English "vowed to" does: a vowed attack,
sanction or seizure is a threat, not an act done ("Iran bersumpah menyerang Israel": IRN
THREATENS ISR), grammar_id.json ``planned``, over every one-word Indonesian meN- verb cue of
those relations, in made-up sentences."""

from __future__ import annotations

from dataclasses import replace

from made_up import facts


def _counts(lex, cues) -> tuple[int, int]:
    threats = acts = 0
    for c in cues:
        got = facts(lex, "id", f"Iran bersumpah {c.text} Israel.")
        threats += ("IRN", "THREATENS", "ISR") in got
        acts += ("IRN", c.relation, "ISR") in got
    return threats, acts


def test_a_vowed_act_is_a_threat():
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    cues = sorted({p.text: p for p in lex.relations["id"] if p.frame == "active"
                   and len(p.tokens) == 1 and p.text.startswith("me")
                   and p.relation in ("ATTACKS", "SANCTIONS", "COERCES")}.values(),
                  key=lambda p: p.text)
    assert len(cues) > 40
    threats, acts = _counts(lex, cues)
    assert threats >= 0.85 * len(cues) and acts <= 0.1 * len(cues)
    table = lex.grammar["id"]
    fewer = [w for w in table["planned"] if w != "bersumpah"]
    less = replace(lex, grammar={**lex.grammar, "id": {**table, "planned": fewer}}, derived={})
    threats, acts = _counts(less, cues)
    assert threats <= 0.1 * len(cues) and acts >= 0.85 * len(cues)
