"""An owned act noun in the oblique of a verb of dying or being hurt hit that verb's subject
("Warga Palestina tewas dalam serangan Israel", "Three Palestinians died in an Israeli strike":
ISR ATTACKS PSE; rule noun.casualties, grammar casualty_verbs), over every one-word attack noun
cue of both languages and every casualty verb in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import facts

from geopolgraph.loaders.lexicons import load_lexicon


@pytest.mark.parametrize(("lang", "template", "verbs"), [
    ("en", "Three Ukrainian civilians {verb} in a Russian {noun}.",
     ("died", "were killed", "were injured", "were wounded")),
    ("id", "Tiga warga Ukraina {verb} dalam {noun} Rusia.", ("tewas", "terluka", "meninggal")),
])
def test_the_dead_and_hurt_are_whom_the_act_hit(lang, template, verbs):
    from geopolgraph.loaders.extract import rules

    lex = load_lexicon()
    # English attack nouns are mostly verb cues used as nouns ("strike", "attack"): base forms
    nouns = sorted({p.text for p in lex.relations[lang] if p.relation == "ATTACKS"
                    and len(p.tokens) == 1 and (p.frame == "noun" or (
                        lang == "en" and p.frame == "active"
                        and not p.text.endswith(("ed", "ing", "s", "en"))))})
    texts = [template.format(verb=v, noun=n) for v in verbs for n in nouns]
    assert len(texts) >= 40

    def found() -> int:
        return sum(("RUS", "ATTACKS", "UKR") in facts(lex, lang, t) for t in texts)

    with rules.disabled("noun.casualties"):
        before = found()
    assert found() - before >= 0.3 * len(texts)
