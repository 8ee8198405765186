"""A mutual cue in the passive with a partner phrase has its subject as a party ("Russia is
allied with China": RUS COOPERATES CHN; rule active.mutual_passive), over every one-word
English past cue of a reciprocal relation that is no conflict, in made-up sentences; a
conflict cue's "with" phrase in the passive is an instrument, no party."""

from __future__ import annotations

import pytest
from made_up import facts


@pytest.mark.parametrize("template", [
    "Russia is {verb} with China.",
    "Russia was {verb} with China last year.",
    "Russia has been {verb} with China since 2001.",
])
def test_the_passive_subject_of_a_mutual_cue_is_a_party(template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.extract.lang import language
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    props = lex.props
    calls = language(lex, "en").call_verbs  # a call's party is its object (cue.phone_call)
    cues = sorted({(p.text, p.relation) for p in lex.relations["en"] if p.frame == "active"
                   and len(p.tokens) == 1 and p.text.endswith("ed") and p.text not in calls
                   and props(p.relation).reciprocal and not 10 <= int(p.cameo[:2]) <= 20})
    assert len(cues) >= 20

    def found() -> int:
        return sum(("RUS", relation, "CHN") in facts(lex, "en", template.format(verb=verb))
                   for verb, relation in cues)

    # fewer where the lexicon has the cue with its own "with" ("met with"): no passive there
    assert found() >= 0.8 * len(cues)
    with rules.disabled("active.mutual_passive"):
        assert found() <= 0.2 * len(cues)


def test_a_conflicts_with_phrase_is_no_party():
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    assert ("UKR", "ATTACKS", "RUS") not in facts(
        lex, "en", "Ukraine was attacked with Russian drones.")
