"""An intensifier right after a noun cue gives the noun back the obliques the parser hung on it:
"X menyatakan keprihatinan mendalam atas serangan Jepang" is X CRITICIZES JPN (rule
parse.intensifier), over every one-word state name, in made-up sentences."""

from __future__ import annotations

from made_up import STATE, rule_gives


def test_an_intensifier_gives_its_nouns_phrase_back():
    rule_gives("id", "{state} menyatakan keprihatinan mendalam atas serangan Jepang.",
               (STATE, "CRITICIZES", "JPN"), "parse.intensifier")
