"""An act noun in a comma-set phrase right after an actor is that actor's, also where the parse
hangs the phrase on the actor instead of the verb ("Putin, dalam pertemuan dengan China, …",
"Russia, in an agreement with China, said …"; rule syntax.parenthetical_act), over every
two-word noun cue with its target preposition, in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import facts

PREPS = ("with", "to", "on", "against", "dengan", "ke", "terhadap")


@pytest.mark.parametrize(("lang", "template", "off_at_most"), [
    ("en", "Putin, during a {noun} China, said ties were strong.", 0.6),
    ("en", "Russia, in a {noun} China, said ties were strong.", 0.6),
    ("id", "Putin, dalam {noun} China, mengatakan hubungan kuat.", 0.2),
])
def test_a_parenthetical_act_is_the_actors_before_it(lang, template, off_at_most):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    nouns = sorted({(p.text, p.relation) for p in lex.relations[lang] if p.frame == "noun"
                    and len(p.tokens) == 2 and p.tokens[1] in PREPS})
    assert len(nouns) >= 10

    def found() -> int:
        return sum(("RUS", relation, "CHN") in facts(lex, lang, template.format(noun=noun),
                                                     "2024-05-01")
                   for noun, relation in nouns)

    assert found() >= 0.95 * len(nouns)
    with rules.disabled("syntax.parenthetical_act"):
        assert found() <= off_at_most * len(nouns)
