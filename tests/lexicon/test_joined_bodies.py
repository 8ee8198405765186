"""Joining a body is a partnership with it (CAMEO.2.0 'JOIN * COALITION' [050]): "Sweden joined
NATO", "Indonesia resmi bergabung dengan BRICS" give COOPERATES, over every international
organisation of the actor lexicon (by its first alias), in made-up sentences; a state joined is
no partnership ("joined France in condemning Russia", "bergabung dengan Malaysia dalam …"; rule
cue.joined_body)."""

from __future__ import annotations

import pytest
from made_up import facts


@pytest.mark.parametrize(("lang", "template"), [
    ("en", "Vietnam joined {body} on Monday."),
    ("en", "Vietnam formally joined {body} last year."),
    ("id", "Vietnam resmi bergabung dengan {body}."),
])
def test_joining_a_body_is_a_partnership(lang, template):
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    bodies = {a.id: a for a in lex.actors.values() if a.kind == "igo"}
    assert len(bodies) >= 20
    joined = [b for b in bodies
              if ("VNM", "COOPERATES", b) in facts(lex, lang, template.format(body=b))]
    assert len(joined) >= 0.8 * len(bodies), sorted(set(bodies) - set(joined))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Sweden joined France in condemning Russia."),
    ("en", "North Korea joined Russia in the war against Ukraine."),
    ("id", "Vietnam bergabung dengan Malaysia dalam mengecam Israel."),
])
def test_a_state_joined_is_no_partnership(lang, text):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    assert not any(r == "COOPERATES" for _, r, _ in facts(lex, lang, text))
    with rules.disabled("cue.joined_body"):
        assert any(r == "COOPERATES" for _, r, _ in facts(lex, lang, text))
