"""The parse may hang the between-phrase naming an act's parties on the field the act is in
(rule frame.between_field, grammar field_nouns: "kerja sama di bidang pertahanan antara
Indonesia dan Australia" is IDN COOPERATES AUS), over every one-word state name, in made-up
sentences."""

from __future__ import annotations

import pytest
from made_up import mutual_count, one_word_states


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
    assert mutual_count(load_lexicon(), lang, template, "COOPERATES", "JPN") >= 0.9 * n
    with rules.disabled("frame.between_field"):
        assert mutual_count(load_lexicon(), lang, template, "COOPERATES", "JPN") <= 0.05 * n
