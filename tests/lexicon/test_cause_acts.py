"""A reason phrase that names another act is no way down to a cue's target ("The EU imposed
sanctions over the invasion of Ukraine": the sanctions are not aimed at Ukraine; rule
syntax.cause_act), over every noun cue of both languages in made-up sentences; the reason's
doer named as its owner is still the target ("over Russia's invasion")."""

from __future__ import annotations

import pytest
from made_up import facts

from geopolgraph.loaders.lexicons import load_lexicon

_PREPOSITIONS = {"with", "on", "against", "to", "of", "for", "between", "from", "by", "in",
                 "over", "at", "ke", "dengan", "terhadap", "atas", "kepada", "untuk", "dari",
                 "antara", "di", "oleh", "bagi", "pada", "melawan"}


@pytest.mark.parametrize(("lang", "template"), [
    ("en", "The EU imposed sanctions over the {noun} against Ukraine."),
    ("en", "The EU imposed sanctions for the {noun} against Ukraine."),
    ("id", "Uni Eropa menjatuhkan sanksi atas {noun} terhadap Ukraina."),
])
def test_a_reason_act_does_not_give_the_target(lang, template):
    from geopolgraph.loaders.extract import rules

    lex = load_lexicon()
    nouns = sorted({p.text for p in lex.relations[lang] if p.frame == "noun"
                    and "…" not in p.tokens and p.relation != "NONE"
                    and p.tokens[-1] not in _PREPOSITIONS})
    assert len(nouns) >= 300

    def aimed() -> int:
        return sum(("EU", "SANCTIONS", "UKR") in facts(lex, lang, template.format(noun=n))
                   for n in nouns)

    assert aimed() <= 0.05 * len(nouns)
    with rules.disabled("syntax.cause_act"):
        assert aimed() >= 0.3 * len(nouns)


def test_the_reasons_owner_is_still_the_target():
    found = facts(load_lexicon(), "en",
                  "The EU imposed sanctions over Russia's invasion of Ukraine.")
    assert ("EU", "SANCTIONS", "RUS") in found and ("EU", "SANCTIONS", "UKR") not in found
