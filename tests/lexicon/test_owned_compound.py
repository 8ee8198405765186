"""A name the parse hangs as a compound on an English noun cue after the noun's possessor is
whom the act is aimed at ("Putin's China visit": RUS VISITS CHN; rule noun.owned_compound),
over every one-word English noun cue, in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import act_noun, facts


@pytest.mark.parametrize("template", [
    "Japan's China {noun} ended on Friday.",
    "The Japanese prime minister's China {noun} angered Russia.",
    "Tokyo's Beijing {noun} was criticised.",
])
def test_the_compound_after_the_possessor_is_the_target(template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    nouns = sorted({(p.text, p.relation) for p in lex.relations["en"] if act_noun(lex, p)
                    and len(p.tokens) == 1 and p.relation not in ("NONE", "RECEIVES")})
    assert len(nouns) >= 60

    def found() -> tuple[int, int]:
        hits = doers = 0
        for noun, relation in nouns:
            got = facts(lex, "en", template.format(noun=noun))
            hits += ("JPN", relation, "CHN") in got
            doers += any(source == "CHN" for source, _, _ in got)
        return hits, doers

    hits, doers = found()
    assert hits >= 0.95 * len(nouns) and doers <= 2
    with rules.disabled("noun.owned_compound"):
        assert found()[0] <= 0.1 * len(nouns)


def test_a_possessed_verb_cue_reads_as_a_noun():
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    assert ("RUS", "VISITS", "CHN") in facts(lex, "en", "Putin's China visit ended on Friday.")
    assert ("CHN", "VISITS", "RUS") in facts(lex, "en", "Xi Jinping's Moscow visit ended.")
