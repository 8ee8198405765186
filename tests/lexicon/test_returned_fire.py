"""Returning fire is a counter-attack on whoever fired (curated "membalas tembakan", as
"membalas serangan"; CAMEO 2.0 190 RETALIATE), aimed at the doer of the shots named back
("tembakan tersebut"), as a retaliation against an act of its relation named back is ("retaliated
against the attack"; rule active.answered_event), over every one-word state name, in made-up
stories and headlines."""

from __future__ import annotations

import pytest
from made_up import facts, one_word_states


@pytest.mark.parametrize("template", [
    "Pasukan {state} melepaskan tembakan ke arah pasukan Thailand. Thailand membalas tembakan "
    "tersebut.",
    "Thailand Balas Tembakan {state}",
])
def test_returning_fire_attacks_whoever_fired(template):
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    states = one_word_states(lex, "THA")
    returned = sum(("THA", "ATTACKS", code) in facts(lex, "id", template.format(state=name),
                                                    "2025-06-01") for code, name in states)
    assert returned >= 0.9 * len(states)


@pytest.mark.parametrize(("template", "fact", "least"), [
    ("{state} troops opened fire on Thai soldiers. Thailand retaliated against the attack.",
     ("THA", "ATTACKS", "{code}"), 0.9),
    ("The US imposed tariffs on {state}. {state} retaliated against the move.",
     ("{code}", "ATTACKS", "USA"), 0),
])
def test_a_retaliation_against_an_act_named_back_is_aimed_at_its_doer(template, fact, least):
    """"retaliated against the attack" (rule active.answered_event): the object names an act
    of the cue's own relation back, done by the one retaliated against; an act of another
    relation ("the move": tariffs) is no attack to answer with one."""
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    states = one_word_states(lex, "THA", "USA")

    def answered() -> int:
        return sum(tuple(x.format(code=code) for x in fact)
                   in facts(lex, "en", template.format(state=name)) for code, name in states)

    if least:
        assert answered() >= least * len(states)
        with rules.disabled("active.answered_event"):
            assert answered() == 0
    else:
        assert answered() == 0


@pytest.mark.parametrize("template", [
    "Korea Selatan akan membalas provokasi {state}.",
    "Korea Selatan akan membalas tegas setiap provokasi {state}.",
])
def test_a_retaliation_against_a_provocation_threatens_its_doer(template):
    """Curated "membalas (…) provokasi" (CAMEO 2.0 190 RETALIATE), a planned one a threat;
    "membalas" alone answers a letter ("membalas surat") and gives nothing."""
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    states = one_word_states(lex, "KOR")
    threats = sum(("KOR", "THREATENS", code) in facts(lex, "id", template.format(state=name))
                  for code, name in states)
    assert threats >= 0.85 * len(states)
    letters = sum(bool(facts(lex, "id", f"Korea Selatan membalas surat {name}."))
                  for _, name in states)
    assert letters == 0
