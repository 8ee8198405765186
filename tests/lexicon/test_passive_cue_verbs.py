"""Who condemns, praises or answers an act in the passive did not do it ("The attack on Ukraine
was condemned by France", rule noun.passive_cue_verb: noun.cue_verb for a passive), over every
one-word past active cue of the English lexicon of another relation, in made-up sentences; an
act carried out or sent by an actor stays that actor's."""

from __future__ import annotations

import pytest
from made_up import facts


def test_a_passive_cue_verbs_agent_did_not_do_its_subjects_act():
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    verbs = sorted({p.text for p in lex.relations["en"] if p.frame == "active"
                    and len(p.tokens) == 1 and p.relation not in ("NONE", "ATTACKS")
                    and p.text.endswith("ed")})
    assert len(verbs) >= 300

    def attacking() -> int:
        return sum(("FRA", "ATTACKS", "UKR") in facts(
            lex, "en", f"The attack on Ukraine was {v} by France.") for v in verbs)

    assert attacking() <= 0.02 * len(verbs)
    with rules.disabled("noun.passive_cue_verb"):
        assert attacking() >= 0.9 * len(verbs)


@pytest.mark.parametrize(("text", "fact"), [
    ("The attack on Ukraine was carried out by Russia.", ("RUS", "ATTACKS", "UKR")),
    ("Strikes were launched on Gaza by Israel.", ("ISR", "ATTACKS", "PSE")),
    ("Aid was sent to Ukraine by the US.", ("USA", "SUPPLIES", "UKR")),
    ("The Russian attack on Ukraine was condemned by France.", ("FRA", "CRITICIZES", "RUS")),
])
def test_an_act_done_by_the_agent_stays(text, fact):
    from geopolgraph.loaders.lexicons import load_lexicon

    assert fact in facts(load_lexicon(), "en", text)
