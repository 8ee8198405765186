"""What a rejected saying says is not asserted (rule cue.rejected_claim: "Iran menolak tuduhan
bahwa pihaknya memasok drone ke Rusia" asserts no IRN SUPPLIES RUS, as "membantah" would not),
whether the parse hangs the clause on the saying or on the verb that rejects it, over every
one-word state name, in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import facts, one_word_states


def _count(template: str, lang: str, relation: str) -> int:
    """Over every state: how often the state is said to do ``relation`` to Russia."""
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    return sum((code, relation, "RUS") in facts(lex, lang, template.format(state=name))
               for code, name in one_word_states(lex, "RUS", "UKR", "USA"))


@pytest.mark.parametrize(("lang", "template", "relation"), [
    ("id", "{state} menolak tuduhan bahwa pihaknya memasok drone ke Rusia.", "SUPPLIES"),
    ("id", "{state} menolak tuduhan Ukraina bahwa pihaknya mengirim senjata ke Rusia.",
     "SUPPLIES"),
    ("id", "{state} menolak kritik bahwa pihaknya menyerang Rusia.", "ATTACKS"),
    ("en", "Ukraine rejected accusations that {state} supplied drones to Russia.", "SUPPLIES"),
    ("id", "{state} menolak tuduhan AS soal memasok drone ke Rusia.", "SUPPLIES"),
])
def test_the_content_of_a_rejected_accusation_is_not_asserted(lang, template, relation):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    n = len(one_word_states(load_lexicon(), "RUS", "UKR", "USA"))
    assert _count(template, lang, relation) <= 0.02 * n
    with rules.disabled("cue.rejected_claim"):
        assert _count(template, lang, relation) >= 0.4 * n


@pytest.mark.parametrize(("lang", "template", "relation"), [
    ("id", "{state} menolak tuduhan itu dan mengatakan bahwa Ukraina menyerang Rusia.", "ATTACKS"),
    ("en", "{state} rejected the accusations and said that Ukraine attacked Russia.", "ATTACKS"),
])
def test_a_clause_of_another_verb_is_still_asserted(lang, template, relation):
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    states = one_word_states(lex, "RUS", "UKR", "USA")
    got = sum(("UKR", relation, "RUS") in facts(lex, lang, template.format(state=name))
              for _, name in states)
    assert got >= 0.9 * len(states)
