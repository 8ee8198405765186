"""A cue aimed at an act's doer that ends the sentence without an object reacts to the act of
the clause before its comma: "Korut Uji Coba Rudal, Jepang Protes", "Israel menyerang Iran,
Rusia mengecam" (rule frame.reacted_clause), over every one-word active cue of a relation aimed
at a doer, in made-up headlines and sentences."""

from __future__ import annotations

import pytest
from made_up import facts


@pytest.mark.parametrize(("lang", "template", "capitalise"), [
    ("id", "Korut Uji Coba Rudal, Rusia {verb}", True),
    ("id", "Israel menyerang Iran, Rusia {verb}.", False),
    ("en", "North Korea Tests Missile, Russia {verb}", True),
])
def test_a_reaction_without_object_is_aimed_at_the_clause_before(lang, template, capitalise):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    first = "PRK" if "Korut" in template or "Korea" in template else "ISR"
    verbs = sorted({(p.text, p.relation) for p in lex.relations[lang] if p.frame == "active"
                    and len(p.tokens) == 1 and lex.props(p.relation).aimed_at_doer
                    and (p.text.startswith("me") if lang == "id" and not capitalise
                         else not p.text.startswith("me") if lang == "id"
                         else p.text.endswith("s"))})
    assert len(verbs) >= 20

    def found() -> int:
        return sum(("RUS", relation, first) in facts(
            lex, lang, template.format(verb=verb.capitalize() if capitalise else verb))
            for verb, relation in verbs)

    assert found() >= 0.8 * len(verbs)
    with rules.disabled("frame.reacted_clause"):
        assert found() <= 0.1 * len(verbs)
