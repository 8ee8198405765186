"""Whoever says a quote speaks for its "we": a title word may stand between the speaker and the
speech verb ('"We praise Japan," a Chinese foreign ministry spokesman said'; rule
attr.titled_speaker), and a state may open the sentence with a speech verb before the quote
('Indonesia said: "We condemn Israel."'; rule attr.quoting_speaker), over every one-word English
title of an official or spokesperson and every state in made-up sentences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from made_up import facts

from geopolgraph.loaders.lexicons import load_lexicon

LEXICON = Path(__file__).resolve().parents[2] / "geopolgraph" / "loaders" / "lexicon"


def test_a_title_word_before_the_speech_verb_is_part_of_the_speaker():
    from geopolgraph.loaders.extract import rules

    lex = load_lexicon()
    titles = sorted(k[0] for k, kind in lex.titles["en"].items()
                    if len(k) == 1 and kind in ("spokesperson", "official", "diplomat"))
    assert len(titles) >= 30

    def found() -> int:
        return sum(("CHN", "PRAISES", "JPN") in facts(
            lex, "en", f'"We praise Japan," a Chinese foreign ministry {title} said.')
            for title in titles)

    assert found() / len(titles) >= 0.8
    with rules.disabled("attr.titled_speaker"):
        assert found() / len(titles) <= 0.2


@pytest.mark.parametrize("template", ['{name} said: "We condemn Israel."',
                                      '{name} said, "We condemn Israel."'])
def test_a_state_opening_the_sentence_speaks_the_quote_after_it(template):
    from geopolgraph.loaders.extract import rules

    lex = load_lexicon()
    lines = (LEXICON / "actors.jsonl").read_text("utf-8").splitlines()[1:]
    states = [(r["id"], r["name"]) for r in map(json.loads, lines)
              if r["kind"] == "state" and r["id"] != "ISR"]

    def found() -> int:
        return sum((ident, "CRITICIZES", "ISR") in facts(lex, "en", template.format(name=name))
                   for ident, name in states)

    assert found() / len(states) >= 0.9
    with rules.disabled("attr.quoting_speaker"):
        assert found() / len(states) <= 0.1
