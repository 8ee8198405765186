"""An answer in a relative clause on the noun of a said act is aimed at whoever made it:
"…, a charge X denies", "…, an accusation the X government rejected" (rule
active.answered_relative), also when English leaves the relative pronoun out and the parser
reads the clause's subject as a compound (rule parse.zero_relative), over every one-word state
name, in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import STATE, count_states, one_word_states


@pytest.mark.parametrize(("template", "relation", "rule"), [
    ("Japan accused {state} of violating its airspace, a charge {state} denies.", "DENIES",
     "parse.zero_relative"),
    ("Japan criticised {state}, a criticism {state} rejected.", "REJECTS",
     "parse.zero_relative"),
    ("Japan accused {state} of violating its airspace, an accusation the {state} government "
     "rejected.", "REJECTS", "active.answered_relative"),
    ("Japan criticised {state}, a criticism {state} rejected.", "REJECTS",
     "active.answered_relative"),
])
def test_an_answer_in_a_relative_clause_is_aimed_at_the_sayer(template, relation, rule):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "JPN"))
    fact = (STATE, relation, "JPN")
    assert count_states(lex, "en", template, fact) >= 0.95 * n
    with rules.disabled(rule):
        assert count_states(lex, "en", template, fact) <= 0.1 * n
