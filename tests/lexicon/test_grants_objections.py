"""Two Indonesian noun cues from the cue roots (tools/cue_roots_id.tsv): "hibah", a grant
(CAMEO 070, as "menghibahkan"), and "keberatan", an objection (CAMEO 120, as English "object
to"), over every one-word state name of the lexicon in made-up sentences; without the noun
patterns (the noun and the phrases with it: "menyatakan keberatan") neither sentence gives a
triple."""

from __future__ import annotations

from dataclasses import replace

import pytest
from made_up import facts, one_word_states

from geopolgraph.loaders.lexicons import load_lexicon


@pytest.mark.parametrize(("template", "noun", "relation"), [
    ("Jepang memberikan hibah kepada {name}.", "hibah", "SUPPLIES"),
    ("Jepang menyatakan keberatan atas rencana {name}.", "keberatan", "REJECTS"),
])
def test_the_noun_names_the_act(template, noun, relation):
    lex = load_lexicon()
    states = one_word_states(lex, "JPN")
    assert len(states) > 150

    def given(lexicon) -> int:
        return sum(("JPN", relation, ident) in facts(lexicon, "id", template.format(name=name))
                   for ident, name in states)

    assert given(lex) >= 0.95 * len(states)
    kept = {**lex.relations, "id": [p for p in lex.relations["id"] if noun not in p.tokens]}
    assert given(replace(lex, relations=kept, derived={})) <= 0.05 * len(states)


@pytest.mark.parametrize("text", [
    "Indonesia dan Australia menandatangani pakta keamanan baru. China menyatakan keberatan "
    "atas pakta keamanan tersebut.",
    "China mengajukan keberatan kepada Australia atas rencana itu.",
])
def test_voicing_an_objection_rejects(text):
    """"menyatakan/mengajukan keberatan" (CAMEO 120, as English "object to") is a verb phrase of
    rejection: its object phrase, a pact named again included, names what is rejected."""
    assert ("CHN", "REJECTS", "AUS") in facts(load_lexicon(), "id", text)
