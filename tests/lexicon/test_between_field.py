"""The parse may hang the between-phrase naming an act's parties on the field the act is in
(rule frame.between_field, grammar field_nouns: "kerja sama di bidang pertahanan antara
Indonesia dan Australia" is IDN COOPERATES AUS), over every one-word state name, in made-up
sentences."""

from __future__ import annotations

import pytest
from made_up import facts, one_word_states


def _count(lang: str, template: str, relation: str, other: str) -> int:
    """Over every state: how often the state and ``other`` do ``relation`` to each other."""
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = 0
    for code, name in one_word_states(lex, other):
        got = facts(lex, lang, template.format(state=name))
        n += (code, relation, other) in got and (other, relation, code) in got
    return n


@pytest.mark.parametrize(("lang", "template"), [
    ("id", "Kedua menteri sepakat untuk meningkatkan kerja sama di bidang pertahanan antara "
     "{state} dan Jepang."),
    ("id", "Kedua negara memperkuat kerja sama di sektor energi antara {state} dan Jepang."),
    ("en", "The ministers agreed to boost cooperation in the field of defence between {state} "
     "and Japan."),
])
def test_a_between_phrase_on_the_field_names_the_parties(lang, template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    n = len(one_word_states(load_lexicon(), "JPN"))
    assert _count(lang, template, "COOPERATES", "JPN") >= 0.9 * n
    with rules.disabled("frame.between_field"):
        assert _count(lang, template, "COOPERATES", "JPN") <= 0.05 * n
