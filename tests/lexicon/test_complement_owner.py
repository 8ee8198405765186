"""A verb cue that is a noun's infinitive complement is done by the noun's owner, not by the
subject of the clause the noun is in ("China criticised Washington's decision to sell arms to
Taiwan": USA sells; rule active.complement_owner), over every one-word English base-form cue in
made-up sentences."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("template", "owner", "subject", "target"), [
    ("China criticised Washington's decision to {verb} Taiwan.", "USA", "CHN", "TWN"),
    ("Japan welcomed Australia's plan to {verb} Vietnam.", "AUS", "JPN", "VNM"),
])
def test_the_nouns_owner_does_its_complement(template, owner, subject, target):
    from geopolgraph.loaders.extract import extract_triples, rules
    from geopolgraph.loaders.lexicons import load_lexicon
    from geopolgraph.model import Article

    lex = load_lexicon()
    verbs = sorted({p.text for p in lex.relations["en"] if p.frame == "active"
                    and len(p.tokens) == 1 and not p.text.endswith(("s", "ed", "ing", "en"))})
    assert len(verbs) >= 300

    def doers() -> list[set[str]]:
        return [{t.source for t in extract_triples(Article(
            id="x", text=template.format(verb=v), lang="en"), lex) if t.target == target}
                for v in verbs]

    found = doers()
    assert sum(owner in d for d in found) / len(verbs) >= 0.8
    assert sum(subject in d for d in found) / len(verbs) <= 0.2
    # active.plan_owner reads the same from the words alone ("decision", "plan": plan_nouns)
    with rules.disabled("active.complement_owner", "active.plan_owner"):
        assert not any(owner in d for d in doers())
