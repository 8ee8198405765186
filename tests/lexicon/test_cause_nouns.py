"""A noun cue giving the reason for a cue verb's act on an actor is that actor's act ("The EU
sanctioned China over support for Russia": China's support; grammar ``cause_preps``, rule
noun.cause_object), over every two-word noun cue with its preposition in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import facts

_PREPS = {"en": ("to", "on", "for", "against", "with"),
          "id": ("terhadap", "kepada", "ke", "dengan")}


@pytest.mark.parametrize(("lang", "template"), [
    ("en", "The EU sanctioned China over {noun} Russia."),
    ("en", "The EU criticised China for {noun} Russia."),
    ("id", "Uni Eropa mengecam China atas {noun} Rusia."),
])
def test_the_reason_for_an_act_on_an_actor_is_that_actors_act(lang, template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    nouns = {p.text: p.relation for p in lex.relations[lang]
             if p.frame == "noun" and len(p.tokens) == 2 and p.tokens[1] in _PREPS[lang]
             and p.relation not in ("NONE", "SANCTIONS", "CRITICIZES")}
    assert len(nouns) >= 10

    def tally() -> tuple[int, int]:
        """(China's acts, the EU's acts) on Russia."""
        found = [(facts(lex, lang, template.format(noun=n)), r) for n, r in nouns.items()]
        return (sum(("CHN", r, "RUS") in f for f, r in found),
                sum(("EU", r, "RUS") in f for f, r in found))

    china, eu = tally()
    assert china >= 0.95 * len(nouns) and eu <= 0.05 * len(nouns)
    with rules.disabled("noun.cause_object"):
        china, eu = tally()
        assert eu >= 0.9 * len(nouns)
