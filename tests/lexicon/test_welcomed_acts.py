"""A verb of welcoming an act whose object names the act back is aimed at whoever did it (rule
active.welcomed_act, grammar welcoming_verbs): "X lifted sanctions on Japan. Tokyo welcomed the
decision" gives JPN PRAISES X, over every one-word state name, in both languages."""

from __future__ import annotations

from made_up import STATE, count_states, one_word_states

CASES = (
    ("en", "{state} lifted sanctions on Japan. Tokyo welcomed the decision."),
    ("en", "{state} and China signed a trade deal. Japan welcomed the deal."),
    ("id", "{state} mencabut sanksi terhadap Jepang. Tokyo menyambut baik keputusan itu."),
)


def test_welcomed_act_is_aimed_at_its_doer():
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "JPN"))
    for lang, template in CASES:
        assert count_states(lex, lang, template, ("JPN", "PRAISES", STATE)) >= 0.9 * n, template
    with rules.disabled("active.welcomed_act"):
        for lang, template in CASES:
            assert count_states(lex, lang, template, ("JPN", "PRAISES", STATE)) == 0, template
