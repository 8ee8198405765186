"""An act both sides do that a verb of approval takes is the subject's agreement with each
other: "Jepang dan X menyepakati gencatan senjata" is JPN AGREES X (and X AGREES JPN), though
"menyetujui sanksi terhadap X" stays the sanction and no approval (rule
syntax.approved_mutual), over every one-word state name, in made-up sentences."""

from __future__ import annotations

from made_up import STATE, count_states, one_word_states, rule_gives


def test_an_approved_mutual_act_is_an_agreement():
    rule_gives("id", "Jepang dan {state} menyepakati gencatan senjata.", ("JPN", "AGREES", STATE),
               "syntax.approved_mutual")
    rule_gives("id", "Jepang dan {state} menyepakati gencatan senjata.", (STATE, "AGREES", "JPN"),
               "syntax.approved_mutual")


def test_an_approved_one_way_act_stays_the_act():
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "EU"))
    text = "Uni Eropa menyetujui sanksi baru terhadap {state}."
    assert count_states(lex, "id", text, ("EU", "SANCTIONS", STATE)) >= 0.95 * n
    assert count_states(lex, "id", text, ("EU", "AGREES", STATE)) == 0
