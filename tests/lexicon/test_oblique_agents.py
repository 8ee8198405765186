"""Blacklisting is a sanction (CAMEO 160: "memasukkan … ke daftar hitam", its passive
"dimasukkan ke daftar hitam", tools/cue_phrases_id.tsv, as English "blacklist"), and an oleh
phrase the parse hangs on the noun of a passive verb's prepositional oblique is the verb's
agent ("dimasukkan ke daftar/obl hitam oleh Jepang/nmod-of-daftar", rule
passive.oblique_agent), over every one-word state name, in made-up sentences."""

from __future__ import annotations

from made_up import STATE, count_states, one_word_states, rule_gives


def test_blacklisting_is_a_sanction():
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "JPN"))
    assert count_states(lex, "id", "Jepang memasukkan lima perusahaan {state} ke daftar hitam.",
                        ("JPN", "SANCTIONS", STATE)) >= 0.95 * n


def test_an_agent_hung_on_the_oblique_is_the_verbs():
    rule_gives("id", "Lima perusahaan {state} dimasukkan ke daftar hitam oleh Jepang.",
               ("JPN", "SANCTIONS", STATE), "passive.oblique_agent", at_least=0.9)
