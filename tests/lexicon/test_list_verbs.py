"""A verb cue the parse hangs as a list item on the name right before it is that name's act
("Kim Jong Un supported/list Vladimir Putin": the parser reads "Un" badly as the end of a name
and makes the name the root; rule parse.list_verb), over every one-word past-tense active cue
of the English lexicon, in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import facts


@pytest.mark.parametrize(("template", "doer", "target"), [
    ("Kim Jong Un {verb} Vladimir Putin on Monday.", "PRK", "RUS"),
    ("North Korean leader Kim Jong Un {verb} Vladimir Putin on Monday.", "PRK", "RUS"),
])
def test_a_verb_listed_under_a_name_is_its_act(template, doer, target):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    verbs = sorted({p.text for p in lex.relations["en"] if p.frame == "active"
                    and len(p.tokens) == 1 and p.text.endswith("ed") and p.relation != "NONE"})
    assert len(verbs) >= 300

    def acts() -> int:
        return sum(any(s == doer and t == target for s, _, t in
                       facts(lex, "en", template.format(verb=v), "2024-06-19")) for v in verbs)

    found = acts()
    assert found >= 0.95 * len(verbs)
    with rules.disabled("parse.list_verb"):
        assert acts() <= found - 0.03 * len(verbs)
