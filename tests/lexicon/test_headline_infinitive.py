"""A headline's "X to <verb> Y" has X as the verb's subject ("Germany to send tanks to
Ukraine": DEU SUPPLIES UKR; rule syntax.headline_infinitive), over every English base-form
cue, in made-up headlines in lower and title case."""

from __future__ import annotations

import pytest
from made_up import facts


@pytest.mark.parametrize("template", [
    "Germany to {verb} Ukraine",
    "Germany To {Verb} Ukraine",
])
def test_the_root_name_does_the_infinitive(template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    cues = sorted({(p.text, p.relation) for p in lex.relations["en"] if p.frame == "active"
                   and len(p.tokens) == 1 and not p.text.endswith(("s", "ed", "ing", "en"))
                   and p.relation != "NONE"})
    assert len(cues) >= 300

    def found() -> tuple[int, int]:
        hits = wrong = 0
        for verb, relation in cues:
            got = facts(lex, "en", template.format(verb=verb, Verb=verb.capitalize()))
            hits += ("DEU", relation, "UKR") in got
            wrong += any(source == "UKR" for source, _, _ in got)
        return hits, wrong

    hits, wrong = found()
    assert hits >= 0.9 * len(cues) and wrong == 0
    with rules.disabled("syntax.headline_infinitive"):
        assert found()[0] <= hits - 50
