"""What a talk verb's object names is its topic, no party: "Russia and China discussed
Ukraine", "Rusia dan China membahas Ukraina" are talks between Russia and China (rule
frame.topic_object, grammar topic_verbs), over every topic verb of the grammar, in made-up
sentences; a party after "with"/"dengan" is still one."""

from __future__ import annotations

import pytest
from made_up import facts


@pytest.mark.parametrize(("lang", "pair", "alone", "partner"), [
    ("en", "Russia and China {verb} Ukraine.", "Russia {verb} Ukraine.",
     "Russia {verb} Syria with China."),
    ("id", "Rusia dan China {verb} Ukraina.", "Rusia {verb} Ukraina.",
     "Rusia {verb} Suriah dengan China."),
])
def test_a_talk_verbs_object_is_its_topic(lang, pair, alone, partner):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    # the past tense, the meN- forms (the bare forms are a headline's)
    verbs = sorted(w for w in lex.grammar[lang]["topic_verbs"]
                   if (w.startswith("me") if lang == "id" else w.endswith("ed")))
    assert verbs

    def topics_as_party() -> int:
        return sum(any(t in ("UKR", "SYR") for _, _, t in facts(lex, lang, text.format(verb=v)))
                   for v in verbs for text in (pair, alone))

    assert topics_as_party() == 0
    assert all(("RUS", "CONSULTS", "CHN") in facts(lex, lang, text.format(verb=v))
               for v in verbs for text in (pair, partner))
    with rules.disabled("frame.topic_object"):
        assert topics_as_party() >= len(verbs)
