"""An owner pronoun in a phrase fronted before the main clause, with no actor named before it,
refers ahead to the actor opening the main clause ("Saat kunjungannya ke China, Presiden Rusia
…", "During his visit to China, the Russian president …": RUS VISITS CHN; rule ref.cataphor,
grammar fronting_openers), whatever verb cue the main clause has, over every one-word active
cue of the lexicon in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import facts


@pytest.mark.parametrize(("lang", "template", "off_at_most"), [
    ("id", "Saat kunjungannya ke China, Presiden Rusia {verb} Jepang.", 0.1),
    ("en", "During his visit to China, the Russian president {verb} Japan.", 0.95),
])
def test_a_fronted_owner_pronoun_refers_ahead(lang, template, off_at_most):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    verbs = sorted({p.text for p in lex.relations[lang] if p.frame == "active"
                    and len(p.tokens) == 1 and (lang == "id" or p.text.endswith("ed"))})
    assert len(verbs) >= 250

    def visits() -> int:
        return sum(("RUS", "VISITS", "CHN") in facts(lex, lang, template.format(verb=v),
                                                     "2024-05-01") for v in verbs)

    assert visits() >= 0.97 * len(verbs)
    with rules.disabled("ref.cataphor"):
        assert visits() <= off_at_most * len(verbs)
