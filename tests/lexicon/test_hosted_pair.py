"""A visit received brings host and guest together: they are the pair "keduanya", "the two
leaders" stand for (rule ref.hosted_pair: "Presiden Indonesia menerima kunjungan Perdana
Menteri Jepang. Dalam pertemuan itu, keduanya membahas kerja sama maritim" is IDN CONSULTS JPN
and back), over every one-word state name, in made-up articles."""

from __future__ import annotations

import pytest
from made_up import mutual_count, one_word_states


@pytest.mark.parametrize(("lang", "template"), [
    ("id", "Presiden {state} menerima kunjungan Perdana Menteri Jepang di istana. Dalam "
     "pertemuan itu, keduanya membahas kerja sama maritim."),
    ("en", "The president of {state} hosted the Japanese prime minister at the palace. The two "
     "leaders discussed maritime cooperation."),
])
def test_host_and_guest_are_the_pair(lang, template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    n = len(one_word_states(load_lexicon(), "JPN"))
    assert mutual_count(load_lexicon(), lang, template, "CONSULTS", "JPN") >= 0.9 * n
    # a visit received is also a visit made, whose pair ref.visit_pair keeps: both off
    with rules.disabled("ref.hosted_pair", "ref.visit_pair"):
        assert mutual_count(load_lexicon(), lang, template, "CONSULTS", "JPN") <= 0.05 * n
