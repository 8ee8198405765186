"""A noun cue that a verb of reacting governs is not the reactor's act ("Japan responded to
the attack on Ukraine": Japan did not attack; rule noun.reaction_verb, grammar
reaction_verbs), over every one-word noun cue of both lexicons; "responded with sanctions on
Russia" is still the responder's."""

from __future__ import annotations

import pytest
from made_up import act_noun, facts


@pytest.mark.parametrize(("lang", "template"), [
    ("en", "Japan responded to the {noun} on Ukraine."),
    ("en", "Japan reacted to the {noun} against China."),
    ("id", "Jepang menanggapi {noun} terhadap Ukraina."),
    ("id", "Jepang merespons {noun} ke China."),
])
def test_the_reactor_did_not_do_the_act(lang, template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    nouns = sorted({p.text for p in lex.relations[lang] if act_noun(lex, p)
                    and len(p.tokens) == 1 and p.relation != "NONE"})
    assert len(nouns) >= 60

    def doers() -> int:
        return sum(any(s == "JPN" for s, _, _ in facts(lex, lang, template.format(noun=n)))
                   for n in nouns)

    assert doers() <= 0.1 * len(nouns)
    with rules.disabled("noun.reaction_verb"):
        assert doers() >= 0.6 * len(nouns)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Japan responded with sanctions on Russia."),
    ("id", "Jepang merespons dengan sanksi terhadap Rusia."),
])
def test_responding_with_an_act_does_it(lang, text):
    from geopolgraph.loaders.lexicons import load_lexicon

    assert ("JPN", "SANCTIONS", "RUS") in facts(load_lexicon(), lang, text)
