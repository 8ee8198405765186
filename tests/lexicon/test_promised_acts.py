"""Indonesian cues of session 30, over every one-word state name, in made-up sentences: war
games and combat drills are shows of force ("latihan perang", "latihan tempur", CAMEO 150/152,
as "war games" and "drills"); "menggandeng" is teaming up (CAMEO 060); and an act one
promises ("berjanji", headline "Janji") is planned, as after "vowed to": a promised
retaliation is a threat (grammar planned)."""

from __future__ import annotations

import pytest
from made_up import STATE, count_states, one_word_states


@pytest.mark.parametrize(("template", "fact"), [
    ("Militer China menggelar latihan perang di sekitar {state}.", ("CHN", "MOBILIZES", STATE)),
    ("China menggelar latihan tempur di dekat {state}.", ("CHN", "MOBILIZES", STATE)),
    ("{state} menggandeng Jepang untuk memperkuat pertahanan.", (STATE, "COOPERATES", "JPN")),
    ("{state} Gandeng Jepang", (STATE, "COOPERATES", "JPN")),
])
def test_new_indonesian_cues(template, fact):
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, *(a for a in (fact[0], fact[2]) if a != STATE)))
    assert count_states(lex, "id", template, fact) >= 0.85 * n


def test_a_promised_retaliation_is_a_threat():
    from dataclasses import replace

    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "KOR"))
    template = "Korea Selatan berjanji membalas setiap provokasi {state}."
    assert count_states(lex, "id", template, ("KOR", "THREATENS", STATE)) >= 0.85 * n
    grammar = {**lex.grammar, "id": {**lex.grammar["id"], "planned": [
        w for w in lex.grammar["id"]["planned"] if w not in ("berjanji", "janji")]}}
    unplanned = replace(lex, grammar=grammar, derived={})
    assert count_states(unplanned, "id", template, ("KOR", "THREATENS", STATE)) <= 0.1 * n
