"""The passive subject "it" or "pihaknya" of a clause the main verb reports is that verb's
subject, as an active one is: "Russia said it was attacked by Georgia" (rule
passive.reported_subject), over every one-word English past cue and every Indonesian di- passive
cue in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import facts


@pytest.mark.parametrize(("lang", "template"), [
    ("en", "Russia said it was {cue} by Georgia."),
    ("en", "Russia complained that it had been {cue} by Georgia."),
    ("id", "Rusia mengatakan pihaknya {cue} oleh Georgia."),
    ("id", "Rusia menyatakan pihaknya {cue} Georgia."),
])
def test_the_reporter_is_whom_the_passive_act_was_done_to(lang, template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    cues = sorted({p.text for p in lex.relations[lang] if len(p.tokens) == 1 and (
        p.frame == "passive" if lang == "id" else p.frame == "active" and p.text.endswith("ed"))})
    assert len(cues) >= 100

    def done_to_reporter() -> int:
        return sum(any(s == "GEO" and t == "RUS" for s, _, t in facts(
            lex, lang, template.format(cue=c))) for c in cues)

    assert done_to_reporter() / len(cues) >= 0.9
    with rules.disabled("passive.reported_subject"):
        assert done_to_reporter() == 0
