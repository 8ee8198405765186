"""A verb cue that completes a plan noun is done by the noun's owner, not the main subject:
"Indonesia criticised the Australian move to attack Japan" is Australia's act (rule
active.plan_owner, grammar plan_nouns), over every one-word active cue (English base forms,
Indonesian meN- forms), in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import facts


@pytest.mark.parametrize(("lang", "template", "off_at_most"), [
    ("en", "Indonesia welcomed Australia's decision to {verb} Japan.", 0.9),
    ("en", "Indonesia criticised the Australian move to {verb} Japan.", 0.1),
    ("id", "Indonesia mengecam rencana Australia untuk {verb} Jepang.", 1.0),
])
def test_a_plan_nouns_verb_is_done_by_its_owner(lang, template, off_at_most):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    words = {p.text for p in lex.relations[lang] if p.frame == "active"
             and len(p.tokens) == 1 and p.relation not in ("NONE", "MOBILIZES", "MEDIATES")
             and p.text not in lex.grammar[lang]["topic_verbs"]}
    verbs = sorted(w for w in words if (
        w.startswith("me") if lang == "id" else f"{w}s" in words or f"{w}es" in words))
    assert len(verbs) >= 100

    def doers() -> tuple[int, int]:
        found = [{s for s, _, t in facts(lex, lang, template.format(verb=v)) if t == "JPN"}
                 for v in verbs]
        return sum("AUS" in f for f in found), sum("IDN" in f for f in found)

    owner, subject = doers()
    assert owner >= 0.9 * len(verbs)
    assert subject == 0
    with rules.disabled("active.plan_owner"):
        assert doers()[0] <= off_at_most * len(verbs)
