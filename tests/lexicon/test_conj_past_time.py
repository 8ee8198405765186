"""A name the parse coordinates with a time phrase after a verb's object is coordinated with
that object ("Japan visited India on Monday and Malaysia on Wednesday": JPN VISITS MYS too;
rule syntax.conj_past_time), over every one-word active cue, in made-up sentences; the time
words are CLDR's month and day names (Babel)."""

from __future__ import annotations

import pytest
from made_up import facts


def _cues(lex, lang):
    if lang == "en":
        return sorted({(p.text, p.relation) for p in lex.relations["en"] if p.frame == "active"
                       and len(p.tokens) == 1 and p.text.endswith("ed")
                       and p.relation != "NONE"})
    return sorted({(p.text, p.relation) for p in lex.relations["id"] if p.frame == "active"
                   and len(p.tokens) == 1 and p.text.startswith("me") and p.relation != "NONE"})


@pytest.mark.parametrize(("lang", "template"), [
    ("en", "Japan {verb} India on Monday and Malaysia on Wednesday."),
    ("en", "Japan {verb} India in May and Malaysia in June."),
    ("id", "Jepang {verb} India pada Senin dan Malaysia pada Rabu."),
    ("id", "Jepang {verb} India 21 Agustus dan Malaysia 23 Agustus."),
])
def test_a_name_after_a_time_phrase_is_a_second_object(lang, template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    cues = _cues(lex, lang)
    assert len(cues) >= 100

    def found() -> tuple[int, int]:
        second = wrong = 0
        for verb, relation in cues:
            got = facts(lex, lang, template.format(verb=verb))
            second += ("JPN", relation, "MYS") in got
            wrong += any(source in ("IND", "MYS") for source, _, _ in got)
        return second, wrong

    second, wrong = found()
    assert second >= 0.9 * len(cues) and wrong == 0
    with rules.disabled("syntax.conj_past_time"):
        assert found()[0] <= 0.1 * len(cues)


def test_a_name_past_a_cue_is_that_cues():
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    verbs = [p.text for p in lex.relations["en"] if p.frame == "active" and len(p.tokens) == 1
             and not p.text.endswith(("s", "ed", "ing", "en")) and p.relation != "MEETS"]
    assert len(verbs) >= 100
    # the parse may read "appeal/compound Ukraine/conj-of-week": Ukraine is no one met
    wrong = [v for v in verbs if ("RUS", "MEETS", "UKR") in facts(
        lex, "en", f"Russia will meet China in Beijing next week and {v} Ukraine.")]
    assert wrong == []
