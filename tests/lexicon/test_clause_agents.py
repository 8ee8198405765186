"""A subject naming no actor stands for the agent of a clause of doing on it ("Missiles fired by
Russia hit Ukraine", "Rudal yang ditembakkan Rusia menghantam Ukraina"; rule
syntax.clause_agent, grammar doing_verbs), also where the parse made the noun the root and the
main verb a complement of the clause (rule parse.reduced_relative), over every one-word active
cue of both lexicons (English past forms, Indonesian meN- forms), in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import facts


@pytest.mark.parametrize(("lang", "template", "rule", "without"), [
    ("en", "Missiles fired by Russia {verb} Ukraine.", "syntax.clause_agent", 0.5),
    ("en", "The troops deployed by Russia {verb} Ukraine.", "syntax.clause_agent", 0.4),
    ("en", "The missiles fired by Russia {verb} Ukraine overnight.", "parse.reduced_relative",
     0.4),
    ("id", "Rudal yang ditembakkan Rusia {verb} Ukraina.", "syntax.clause_agent", 0.05),
    ("id", "Pasukan yang dikerahkan Rusia {verb} Ukraina.", "syntax.clause_agent", 0.05),
])
def test_a_clause_of_doing_names_whose_the_subject_is(lang, template, rule, without):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    verbs = sorted({p.text for p in lex.relations[lang] if p.frame == "active"
                    and len(p.tokens) == 1 and p.relation != "NONE"
                    and (p.text.startswith("me") if lang == "id" else p.text.endswith("ed"))})
    assert len(verbs) >= 100

    def acting() -> int:
        return sum(any(s == "RUS" and t == "UKR" for s, _, t in
                       facts(lex, lang, template.format(verb=v))) for v in verbs)

    assert acting() >= 0.9 * len(verbs)
    with rules.disabled(rule):
        assert acting() <= without * len(verbs)
