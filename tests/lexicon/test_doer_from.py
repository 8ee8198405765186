"""The from-phrase the parse hangs on a verb that answers a said act names who said it ("Japan
rejected criticism/obj from China/obl-of-rejected": CHN CRITICIZES JPN and JPN REJECTS CHN;
rules noun.answered_from, syntax.doer_from), over every one-word English answering verb (the
REJECTS and DENIES cues), in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import facts


@pytest.mark.parametrize("template", [
    "Japan {verb} criticism from China.",
    "Japan {verb} criticism from China over the drills.",
])
def test_the_verbs_from_phrase_said_the_answered_act(template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    verbs = sorted({p.text for p in lex.relations["en"] if p.frame == "active"
                    and len(p.tokens) == 1 and p.relation in ("REJECTS", "DENIES")
                    and p.text.endswith("ed")})
    assert len(verbs) >= 15

    def found() -> tuple[int, int]:
        said = answered = 0
        for verb in verbs:
            got = facts(lex, "en", template.format(verb=verb))
            said += ("CHN", "CRITICIZES", "JPN") in got
            answered += any(s == "JPN" and t == "CHN" for s, _, t in got)
        return said, answered

    said, answered = found()
    assert said >= 0.85 * len(verbs) and answered >= 0.85 * len(verbs)
    with rules.disabled("noun.answered_from"):
        assert found()[0] <= 0.1 * len(verbs)
    with rules.disabled("syntax.doer_from"):
        assert found()[1] <= 0.1 * len(verbs)


def test_whence_one_yields_is_no_doer():
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    assert facts(lex, "en", "Japan condemned the withdrawal of troops from Syria.") == set()
