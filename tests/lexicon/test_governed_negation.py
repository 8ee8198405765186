"""A negator before another cue's verb whose object a noun cue is negates that verb, not the
act the noun names ("Russia will not stop its attacks on Ukraine": the attacks go on; rule
mod.governor_negation), but for a verb of doing ("did not launch attacks"); and "no plans to",
"no intention of" negate what follows (grammar negators: "Moscow had no plans to attack NATO"
is no threat), over every one-word state name, in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import STATE, count_states, one_word_states


@pytest.mark.parametrize(("lang", "template"), [
    ("en", "Russia will not stop its attacks on {state}."),
    ("en", "China did not condemn the Russian attack on {state}."),
])
def test_the_governed_act_stays_asserted(lang, template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "RUS", "CHN"))
    fact = ("RUS", "ATTACKS", STATE)
    assert count_states(lex, lang, template, fact) >= 0.85 * n
    with rules.disabled("mod.governor_negation"):
        assert count_states(lex, lang, template, fact) <= 0.1 * n


@pytest.mark.parametrize(("lang", "template"), [
    ("en", "Russia did not launch attacks on {state}."),
    ("id", "Rusia tidak melancarkan serangan ke {state}."),
])
def test_a_deed_not_done_stays_negated(lang, template):
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    assert count_states(lex, lang, template, ("RUS", "ATTACKS", STATE)) == 0


def test_no_plans_to_attack_is_no_threat():
    from dataclasses import replace

    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "RUS"))
    template = "Kremlin spokesman Dmitry Peskov said Moscow had no plans to attack {state}."
    assert count_states(lex, "en", template, ("RUS", "THREATENS", STATE)) == 0
    grammar = {**lex.grammar, "en": {**lex.grammar["en"], "negators": [
        w for w in lex.grammar["en"]["negators"] if not w.startswith("no ")]}}
    assert count_states(replace(lex, grammar=grammar, derived={}), "en", template,
                        ("RUS", "THREATENS", STATE)) >= 0.85 * n
