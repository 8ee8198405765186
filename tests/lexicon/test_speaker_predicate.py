"""A speaker's words about an actor are a relation (GUIDE.md: "'Korea Utara adalah negara
sahabat', said by Peskov, is RUS SUPPORTS/PRAISES PRK"): a noun cue of praise that is the
predicate of a copula is the sentence's speaker's praise of its subject (rule
frame.speaker_predicate); in English the speaker may close the sentence after a comma without
quotes (rule attr.comma_speaker). Over every one-word state name, in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import STATE, count_states, facts, one_word_states


def _count(lang: str, template: str) -> int:
    """Over every state: how often Russia praises it."""
    from geopolgraph.loaders.lexicons import load_lexicon

    return count_states(load_lexicon(), lang, template, ("RUS", "PRAISES", STATE))


@pytest.mark.parametrize(("lang", "template", "off"), [
    ("id", "{state} adalah negara sahabat, kata juru bicara Kremlin Dmitry Peskov.",
     ("frame.speaker_predicate",)),
    ("id", "{state} adalah sahabat kami, kata juru bicara Kremlin Dmitry Peskov.",
     ("frame.speaker_predicate",)),
    ("en", "{state} is a true friend, Kremlin spokesman Dmitry Peskov said.",
     ("frame.speaker_predicate", "attr.comma_speaker")),
])
def test_a_speakers_predicate_of_praise(lang, template, off):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    n = len(one_word_states(load_lexicon(), "RUS"))
    assert _count(lang, template) >= 0.9 * n
    for rule in off:
        with rules.disabled(rule):
            assert _count(lang, template) <= 0.05 * n


def test_no_speaker_no_praise():
    """The writer's own words name nobody who praises."""
    from geopolgraph.loaders.lexicons import load_lexicon

    assert facts(load_lexicon(), "id", "Indonesia merupakan sahabat lama Jepang.") == set()
