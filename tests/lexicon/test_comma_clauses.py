"""After a comma, a new clause's coordinated subject is no object of the verb before it
("Israel Serang Iran, Rusia dan China Kecam": ISR ATTACKS IRN, RUS and CHN CRITICIZES ISR, no
ISR ATTACKS RUS; rule parse.comma_subject, which repairs the parse and splits the mention
group there), over pairs of one-word state names, in made-up headlines and sentences."""

from __future__ import annotations

import pytest
from made_up import facts, one_word_states


@pytest.mark.parametrize(("lang", "template"), [
    ("id", "Israel Serang Iran, {a} dan {b} Kecam"),
    ("id", "Israel menyerang Iran, {a} dan {b} mengecam."),
    ("en", "Israel Strikes Iran, {a} and {b} Condemn"),
])
def test_a_subject_after_the_comma_is_no_object(lang, template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    states = one_word_states(lex, "ISR", "IRN")
    pairs = list(zip(states[::2], states[1::2], strict=False))
    assert len(pairs) > 70

    def counts() -> tuple[int, int]:
        right = wrong = 0
        for (ia, a), (ib, b) in pairs:
            got = facts(lex, lang, template.format(a=a, b=b))
            right += {(ia, "CRITICIZES", "ISR"), (ib, "CRITICIZES", "ISR")} <= got
            wrong += bool({("ISR", "ATTACKS", ia), ("ISR", "ATTACKS", ib)} & got)
        return right, wrong

    right, wrong = counts()
    assert right >= 0.75 * len(pairs) and wrong <= 0.15 * len(pairs)
    with rules.disabled("parse.comma_subject"):
        right, wrong = counts()
    assert right <= 0.1 * len(pairs) and wrong >= 0.8 * len(pairs)


def test_a_list_of_objects_stays_one():
    from geopolgraph.loaders.lexicons import load_lexicon

    got = facts(load_lexicon(), "en", "Israel struck Iran, Syria and Lebanon.")
    assert {("ISR", "ATTACKS", "IRN"), ("ISR", "ATTACKS", "SYR"), ("ISR", "ATTACKS", "LBN")} <= got
