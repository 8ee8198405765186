"""A sentence or headline opened by a phrase of topic and a comma ("Soal Taiwan, China mengecam
Jepang") has its subject after the comma: the parse, reading the phrase as the subject, made
the topic the critic (rule parse.fronted_phrase, grammar topic_preps and cause_preps), over
every one-word state name of the lexicon as the topic, in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import facts, one_word_states


@pytest.mark.parametrize(("template", "before"), [
    ("Soal {name}, China mengecam Jepang.", 0.5),
    ("Soal {name}, China Kecam Jepang", 0.8),
])
def test_the_subject_follows_the_fronted_topic(template, before):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    states = one_word_states(lex, "CHN", "JPN")
    assert len(states) > 150

    def critics() -> tuple[int, int]:
        """(China the critic, the topic the critic)."""
        found = [(facts(lex, "id", template.format(name=name), "2025-06-16"), ident)
                 for ident, name in states]
        return (sum(("CHN", "CRITICIZES", "JPN") in f for f, _ in found),
                sum((ident, "CRITICIZES", "JPN") in f for f, ident in found))

    china, topic = critics()
    assert china >= 0.95 * len(states) and topic == 0
    with rules.disabled("parse.fronted_phrase"):
        china, topic = critics()
        assert china <= before * len(states) and topic >= 0.2 * len(states)
