"""Strengthening, deepening, raising or mending ties is cooperation (CAMEO 2.0 IMPROVE * TIES,
BOOST * RELATIONS; tools/cue_phrases_id.tsv, as "memperkuat hubungan"), and so is an alliance
("aliansi dengan", as the English curated "alliance with"), over every one-word state name, in
made-up sentences."""

from __future__ import annotations

import pytest
from made_up import facts, mutual_count, one_word_states


@pytest.mark.parametrize("template", [
    "{state} mempererat hubungan dengan Jepang.",
    "{state} meningkatkan hubungan dengan Jepang.",
    "{state} memperdalam kerja sama dengan Jepang.",
    "{state} memperkuat aliansi dengan Jepang.",
    "{state} beraliansi dengan Jepang.",
])
def test_strengthened_ties_are_cooperation(template):
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    states = one_word_states(lex, "JPN")
    found = sum((code, "COOPERATES", "JPN") in facts(lex, "id", template.format(state=name))
                for code, name in states)
    assert found >= 0.9 * len(states)


def test_mended_ties_are_mutual():
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "JPN"))
    template = "{state} dan Jepang memperbaiki hubungan."
    assert mutual_count(lex, "id", template, "COOPERATES", "JPN") >= 0.9 * n
