"""A second verb of the same subject after a coordinator is the sentence's own event, over every
one-word past active cue of the English lexicon, in made-up sentences: neither denied nor asked
for by a cue before it ("China denied the report and warned Japan", rule cue.coordinated), and
a verb even where the parse reads its past form as an adjective of the name after it ("China
criticised Taiwan and praised/amod Japan", rule parse.conjoined_participle)."""

from __future__ import annotations

import pytest
from made_up import facts


def _past_verbs(lex) -> list[str]:
    return sorted({p.text for p in lex.relations["en"] if p.frame == "active"
                   and len(p.tokens) == 1 and p.relation != "NONE" and p.text.endswith("ed")})


def _acts_on_japan(lex, template: str, verbs: list[str]) -> int:
    return sum(any(s == "CHN" and t == "JPN" for s, _, t in
                   facts(lex, "en", template.format(verb=v))) for v in verbs)


@pytest.mark.parametrize(("template", "rule", "without"), [
    ("China denied the report and {verb} Japan.", "cue.coordinated", 0.1),
    ("China warned of consequences and {verb} Japan.", "cue.coordinated", 0.1),
    ("China criticised Taiwan and {verb} Japan.", "parse.conjoined_participle", 0.85),
    ("China hit Taiwan but {verb} Japan.", "parse.conjoined_participle", 0.75),
])
def test_a_coordinated_verb_is_asserted(template, rule, without):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    verbs = _past_verbs(lex)
    assert len(verbs) >= 300
    assert _acts_on_japan(lex, template, verbs) >= 0.9 * len(verbs)
    with rules.disabled(rule):
        assert _acts_on_japan(lex, template, verbs) <= without * len(verbs)


def test_the_denied_complement_stays_denied_and_an_adjective_stays():
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    said = facts(lex, "en", "Russia denied supplying weapons to North Korea and warned Japan.")
    assert ("RUS", "WARNS", "JPN") in said
    assert ("RUS", "SUPPLIES", "PRK") not in said
    assert facts(lex, "en", "Israel bombed Hamas and allied groups in Gaza.") == {
        ("ISR", "ATTACKS", "group:hamas")}
