"""A mutual act named in a phrase of a cue aimed at an act's doer is the act reacted to, not one
of that cue's coordinated subjects ("The US and South Korea protested against the agreement";
rule noun.reacted_phrase), over pairs of one-word state names, in made-up two-sentence texts."""

from __future__ import annotations

import pytest
from made_up import facts, one_word_states


@pytest.mark.parametrize(("lang", "template"), [
    ("en", "Russia and North Korea signed a pact. {a} and {b} protested against the agreement."),
    ("en", "Russia and North Korea signed a pact. {a} and {b} expressed concern over the "
           "agreement."),
    ("id", "Rusia dan Korea Utara menandatangani perjanjian. {a} dan {b} menyatakan "
           "keprihatinan atas kesepakatan tersebut."),
])
def test_the_reacting_pair_made_no_agreement(lang, template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    states = one_word_states(lex, "RUS", "PRK")
    pairs = list(zip(states[::2], states[1::2], strict=False))

    def counts() -> tuple[int, int]:
        reacted = paired = 0
        for (ia, a), (ib, b) in pairs:
            got = facts(lex, lang, template.format(a=a, b=b))
            reacted += bool({(ia, r, "RUS") for r in ("PROTESTS", "CRITICIZES")} & got)
            paired += (ia, "AGREES", ib) in got
        return reacted, paired

    reacted, paired = counts()
    assert reacted >= 0.9 * len(pairs) and paired <= 0.05 * len(pairs)
    with rules.disabled("noun.reacted_phrase"):
        reacted, paired = counts()
    assert paired >= 0.8 * len(pairs)
