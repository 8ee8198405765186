"""A warning against an act: the warned one would do it, and it did not happen ("China warned
the US against selling arms to Taiwan": no USA SUPPLIES TWN, rule cue.marked_governor; the US,
not China, is its doer, labelled obj or iobj, and an object naming no actor leaves it nobody's:
rule syntax.controlling_object, grammar object_control_marks 'against'), over every English
-ing active cue, in made-up sentences; an accused act stays reported."""

from __future__ import annotations

import pytest
from made_up import facts


def _gerunds(lex) -> list[str]:
    return sorted({p.text for p in lex.relations["en"] if p.frame == "active"
                   and len(p.tokens) == 1 and p.relation != "NONE" and p.text.endswith("ing")})


@pytest.mark.parametrize("template", ["China warned the US against {verb} Taiwan.",
                                      "China warned the American government against {verb} "
                                      "Taiwan."])
def test_a_warned_against_act_is_not_asserted(template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    verbs = _gerunds(lex)
    assert len(verbs) >= 300

    def done() -> int:
        return sum(any(s == "USA" and t == "TWN" for s, _, t in
                       facts(lex, "en", template.format(verb=v))) for v in verbs)

    assert done() <= 0.1 * len(verbs)
    with rules.disabled("cue.marked_governor"):
        assert done() >= 0.8 * len(verbs)


@pytest.mark.parametrize(("template", "doer"), [
    ("China warned the US against {verb} Taiwan.", "USA"),
    ("China warned the West against {verb} Taiwan.", None),
])
def test_the_warned_one_is_the_doer(template, doer):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    verbs = _gerunds(lex)

    def doers(who: str) -> int:
        return sum(any(s == who and t == "TWN" for s, _, t in
                       facts(lex, "en", template.format(verb=v))) for v in verbs)

    with rules.disabled("cue.marked_governor"):  # the act kept, to see whose it is
        assert doers("CHN") <= 0.05 * len(verbs)
        if doer:
            assert doers(doer) >= 0.85 * len(verbs)
        with rules.disabled("syntax.controlling_object"):
            assert doers("CHN") >= 0.8 * len(verbs)


def test_an_accused_act_stays():
    from geopolgraph.loaders.lexicons import load_lexicon

    found = facts(load_lexicon(), "en", "Japan accused China of selling weapons to Russia.")
    assert {("JPN", "ACCUSES", "CHN"), ("CHN", "SUPPLIES", "RUS")} <= found
