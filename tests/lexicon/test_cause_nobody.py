"""The reason for a conflictual cue verb whose object names no actor is nobody's act ("The EU
imposed sanctions over the invasion of Ukraine": the EU did not invade; rule
noun.cause_nobody), over a third of the English noun cues, in made-up sentences; with an actor
as the object it stays that actor's (noun.cause_object), and an apology may own its reason."""

from __future__ import annotations

import pytest
from made_up import facts

_PREPOSITIONS = {"with", "on", "against", "to", "of", "for", "between", "from", "by", "in",
                 "over", "at"}


@pytest.mark.parametrize(("template", "doer", "kept"), [
    ("The EU imposed sanctions over the {noun} against Ukraine.", "EU", False),
    ("Japan protested over the {noun} against Ukraine.", "JPN", False),
    ("The EU sanctioned Russia over the {noun} against Ukraine.", "RUS", True),
])
def test_a_reason_is_nobodys_unless_the_object_names_its_doer(template, doer, kept):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    nouns = sorted({p.text for p in lex.relations["en"] if p.frame == "noun"
                    and "…" not in p.tokens and p.relation != "NONE"
                    and p.tokens[-1] not in _PREPOSITIONS})[::3]
    assert len(nouns) >= 250

    def acting() -> int:
        return sum(any(s == doer and r not in ("SANCTIONS", "PROTESTS") and t == "UKR"
                       for s, r, t in facts(lex, "en", template.format(noun=n))) for n in nouns)

    if kept:
        assert acting() >= 0.95 * len(nouns)
        return
    assert acting() <= 0.02 * len(nouns)
    # a protest's reason is also the act it reacts to (noun.reacted_phrase): both rules off
    with rules.disabled("noun.cause_nobody", "noun.reacted_phrase"):
        assert acting() >= 0.9 * len(nouns)


def test_an_apology_may_own_its_reason():
    from geopolgraph.loaders.lexicons import load_lexicon

    found = facts(load_lexicon(), "en", "Russia apologised for the attack on Ukraine.")
    assert ("RUS", "ATTACKS", "UKR") in found
