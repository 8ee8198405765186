"""A pattern's gap never opens on a comma or colon ("In exchange, Israel freed 200 Palestinian
prisoners" is no prisoner exchange: "exchange … prisoners"), while the same words with a name
in the gap still match (rule cue.gap_comma), over every pattern of the two lexicons with one
gap between two one-word parts."""

from __future__ import annotations

import pytest

RULE = "cue.gap_comma"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_gap_does_not_open_on_a_comma(lang):
    from geopolgraph.loaders.extract import find_cues, rules
    from geopolgraph.loaders.lexicons import GAP, load_lexicon
    from geopolgraph.loaders.text import tokenize

    lex = load_lexicon()
    patterns = [p for p in lex.relations[lang]
                if len(p.tokens) == 3 and p.tokens[1] == GAP and p.relation != "NONE"]
    assert len(patterns) > 100

    def matched(glue: str) -> int:
        return sum(any(c.pattern == p for c in find_cues(
            tokenize(f"{p.tokens[0]}{glue} Japan {p.tokens[2]}"), lex, lang)) for p in patterns)

    assert matched("") >= 0.95 * len(patterns)
    assert matched(",") == 0
    with rules.disabled(RULE):
        assert matched(",") >= 0.9 * len(patterns)
