"""A verb cue in the passive without its agent names no doer: "Russia lost the war. It was
kicked out of Georgia" does not make Russia act on Georgia, through the pronoun before the verb
or the subject of the verb the clause hangs on ("Russia said it was …"; rule
active.passive_no_doer), over every two-word English past-tense cue in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import facts


@pytest.mark.parametrize("template", [
    "Russia lost the war. It was {cue} Georgia.",
    "Russian troops lost. They were {cue} Georgia.",
    "Russia said it was {cue} Georgia.",
])
def test_a_passive_subject_is_no_doer(template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    cues = sorted({p.text for p in lex.relations["en"] if p.frame == "active"
                   and len(p.tokens) == 2 and "…" not in p.text and p.tokens[0].endswith("ed")})
    assert len(cues) >= 100

    def wrong() -> int:
        return sum(any(s == "RUS" and t == "GEO" for s, _, t in facts(
            lex, "en", template.format(cue=c))) for c in cues)

    assert wrong() / len(cues) <= 0.1
    with rules.disabled("active.passive_no_doer"):
        assert wrong() / len(cues) >= 0.9
