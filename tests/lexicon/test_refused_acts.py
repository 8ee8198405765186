"""A cooperative act (CAMEO 03-09) that a rejection governs was refused, not done ("Vietnam
rejected talks with Russia", "… rejected calls for talks with Russia": no VNM CONSULTS RUS;
rule cue.refused_act), over every two-word English noun cue of such an act; a rejected attack
or accusation still happened."""

from __future__ import annotations

import pytest
from made_up import facts


@pytest.mark.parametrize("template", [
    "Vietnam rejected a {noun} Russia.",
    "Vietnam refused {noun} Russia.",
    "Vietnam rejected calls for {noun} Russia.",
])
def test_a_rejected_cooperative_act_did_not_happen(template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    nouns = sorted({(p.text, p.relation) for p in lex.relations["en"] if p.frame == "noun"
                    and len(p.tokens) == 2 and p.tokens[1] in ("with", "to")
                    and 3 <= int(p.cameo[:2]) <= 9})
    assert len(nouns) >= 40

    def done() -> int:
        return sum(("VNM", relation, "RUS") in facts(lex, "en", template.format(noun=noun))
                   for noun, relation in nouns)

    assert done() == 0
    with rules.disabled("cue.refused_act"):
        assert done() >= 5


def test_a_rejected_attack_or_claim_happened():
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    assert ("RUS", "ATTACKS", "UKR") in facts(
        lex, "en", "Japan rejected Russia's invasion of Ukraine.")
    assert ("CHN", "CRITICIZES", "JPN") in facts(lex, "en", "Japan rejected China's criticism.")
