"""What is done to a state's owned or flagged thing is done to the state ("Iran seized a
US-owned ship": IRN COERCES USA; rule syntax.owned_thing, grammar owner_participles), and
such a thing is no agent; over every one-word English past cue, in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import facts


@pytest.mark.parametrize("template", [
    "Iran {verb} a US-owned ship.",
    "Iran {verb} a US-flagged tanker in the Gulf.",
    "A US-owned ship was {verb} by Iran.",
])
def test_a_states_owned_thing_stands_for_it(template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    cues = sorted({(p.text, p.relation) for p in lex.relations["en"] if p.frame == "active"
                   and len(p.tokens) == 1 and p.text.endswith("ed")
                   and p.relation not in ("NONE", "VISITS", "MEETS", "CONSULTS")})
    assert len(cues) >= 100

    def found() -> tuple[int, int]:
        hits = agents = 0
        for verb, relation in cues:
            got = facts(lex, "en", template.format(verb=verb))
            hits += ("IRN", relation, "USA") in got
            agents += any(source == "USA" for source, _, _ in got)
        return hits, agents

    hits, agents = found()
    assert hits >= 0.95 * len(cues) and agents == 0
    with rules.disabled("syntax.owned_thing"):
        assert found()[0] <= 0.05 * len(cues)


def test_a_backer_is_still_no_name():
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    got = facts(lex, "en", "Israel attacked the Iran-backed Houthis.")
    assert ("ISR", "ATTACKS", "group:houthi") in got and ("ISR", "ATTACKS", "IRN") not in got
    assert facts(lex, "en", "A US-owned ship attacked Yemen.") == set()
