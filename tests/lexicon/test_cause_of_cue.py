"""An act noun without owner that gives the reason for another cue's verb is not done by that
verb's subject or pair: "Russia and Ukraine accused each other over the attack on the plant"
says neither attacked the other (rule noun.cause_of_cue), over every one-word noun cue in both
languages in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import facts

from geopolgraph.loaders.lexicons import load_lexicon


@pytest.mark.parametrize(("lang", "template"), [
    ("en", "Russia and Ukraine accused each other over the {noun} on the plant."),
    ("id", "Rusia dan Ukraina saling tuduh atas {noun} terhadap pembangkit listrik itu."),
])
def test_the_accusers_did_not_do_the_act_they_accuse_over(lang, template):
    from geopolgraph.loaders.extract import rules

    lex = load_lexicon()
    nouns = sorted({(p.text, p.relation) for p in lex.relations[lang] if p.frame == "noun"
                    and len(p.tokens) == 1 and p.relation not in ("ACCUSES", "CRITICIZES")})
    assert len(nouns) >= 50

    def wrong() -> int:
        return sum(("RUS", relation, "UKR") in facts(lex, lang, template.format(noun=noun))
                   for noun, relation in nouns)

    assert wrong() / len(nouns) <= 0.1
    # the reason phrase of an accusation with no object names the act reacted to
    # (noun.reacted_phrase) too: both off
    with rules.disabled("noun.cause_of_cue", "noun.reacted_phrase"):
        assert wrong() / len(nouns) >= 0.3
