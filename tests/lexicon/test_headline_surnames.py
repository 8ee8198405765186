"""A leader's bare surname followed by a capitalised verb cue is a headline's subject, not the
first half of an unknown two-word name ("Xi Kecam Jepang", "Marcos Tiba di Tokyo", "Xi Slams
Japan"), over every one-word headline verb cue, on a date the leader was in office."""

from __future__ import annotations

import pytest
from made_up import facts


@pytest.mark.parametrize(("lang", "template", "state"), [
    ("id", "Xi {verb} Jepang", "CHN"),
    ("id", "Marcos {verb} Jepang", "PHL"),
    ("en", "Xi {verb} Japan", "CHN"),
])
def test_a_bare_surname_before_a_headline_verb_is_the_leader(lang, template, state):
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    verbs = sorted({p.text for p in lex.relations[lang] if p.frame == "active"
                    and len(p.tokens) == 1 and p.relation != "NONE"
                    and (not p.text.startswith("me") if lang == "id" else p.text.endswith("s"))})
    assert len(verbs) >= 100
    found = sum(any(s == state and t == "JPN" for s, _, t in facts(
        lex, lang, template.format(verb=v.capitalize()), "2025-06-01")) for v in verbs)
    assert found >= 0.85 * len(verbs)
