"""A show of force is aimed at the state it is staged near ("China held drills near Taiwan",
"Rusia mengerahkan pasukan di perbatasan Ukraina"; rule syntax.near_target, relations.tsv
near_target, grammar near_preps and frontier_nouns), over every MOBILIZES cue of both
lexicons (a gapped pattern read with its gap closed: "deploy … forces" as "deployed forces"),
in made-up sentences; a place of the actor's own or one with no nearness is no target."""

from __future__ import annotations

import pytest
from made_up import facts

_TEMPLATES = [
    ("en", "noun", "China held {cue} near Taiwan.", 0.9),
    ("en", "noun", "China staged {cue} off Taiwan.", 0.9),
    # the English active patterns include gapped ones that read oddly closed ("boosted security
    # warships"): most, not all
    ("en", "active", "China {cue} warships near Taiwan.", 0.6),
    ("en", "active", "China {cue} troops along the border with Taiwan.", 0.8),
    ("id", "noun", "China menggelar {cue} di sekitar Taiwan.", 0.9),
    ("id", "noun", "China melakukan {cue} di dekat perbatasan Taiwan.", 0.9),
    ("id", "active", "China {cue} kapal perang di sekitar Taiwan.", 0.8),
    ("id", "active", "China {cue} pasukan di perbatasan Taiwan.", 0.8),
]


def _cues(lex, lang: str, frame: str) -> list[str]:
    """Every MOBILIZES cue of ``frame`` (English verbs in the past tense), its gap closed."""
    return sorted({" ".join(t for t in p.tokens if t != "…") for p in lex.relations[lang]
                   if p.relation == "MOBILIZES" and p.frame == frame
                   and (lang == "id" or frame == "noun" or p.tokens[0].endswith("ed"))})


@pytest.mark.parametrize(("lang", "frame", "template", "share"), _TEMPLATES)
def test_a_show_of_force_targets_the_state_it_is_near(lang, frame, template, share):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    cues = _cues(lex, lang, frame)
    assert len(cues) >= 12

    def aimed() -> int:
        return sum(("CHN", "MOBILIZES", "TWN") in facts(lex, lang, template.format(cue=c))
                   for c in cues)

    assert aimed() >= share * len(cues)
    with rules.disabled("syntax.near_target"):
        assert aimed() <= 0.25 * len(cues)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russia deployed troops near its border."),
    ("en", "Russia deployed troops in Belarus."),
    ("id", "Rusia mengerahkan pasukan di perbatasannya."),
    ("id", "Rusia mengerahkan pasukan di Belarus."),
])
def test_no_target_without_nearness_or_of_its_own(lang, text):
    from geopolgraph.loaders.lexicons import load_lexicon

    assert not any(r == "MOBILIZES" for _, r, _ in facts(load_lexicon(), lang, text))
