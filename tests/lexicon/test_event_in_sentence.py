"""An act named back ("tuduhan itu", "serangan itu", "the accusation") is done by whoever did
it earlier in the same sentence ("Thailand menuding Kamboja …, tetapi Kamboja membantah tuduhan
itu"), as it is by whoever did it in an earlier sentence (rule ref.event_in_sentence), over
every one-word state name of the lexicon, in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import facts, one_word_states

RULE = "ref.event_in_sentence"


@pytest.mark.parametrize(("lang", "template", "fact"), [
    ("id", "Thailand menuding {name} melanggar gencatan senjata, tetapi {name} membantah "
     "tuduhan itu.", ("{ident}", "DENIES", "THA")),
    ("id", "{name} menyerang Iran, dan Iran membalas serangan itu dengan rudal.",
     ("IRN", "ATTACKS", "{ident}")),
    ("id", "{name} mengecam Jepang, sementara Jepang membantah kecaman tersebut.",
     ("JPN", "DENIES", "{ident}")),
])
def test_an_act_named_back_in_the_same_sentence(lang, template, fact):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    states = one_word_states(lex, "THA", "IRN", "JPN")
    assert len(states) > 150

    def found() -> int:
        return sum(tuple(x.format(ident=ident) for x in fact) in facts(
            lex, lang, template.format(name=name)) for ident, name in states)

    assert found() >= 0.9 * len(states)
    with rules.disabled(RULE):
        # a parse may still reach it another way for a name or two ("Spain", whose parse
        # parse.name_as_subject repairs, reaches "kecaman tersebut" through the memory's doers)
        assert found() <= 0.02 * len(states)
