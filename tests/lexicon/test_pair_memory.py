"""Which pair "kedua negara", "both countries", "kedua pihak" stand for: until two parties
have talked, met, agreed or fought, the two of the article's first one-way act (rule
ref.first_pair, grammar dual_sides; "the two leaders" stay nobody), and
one who talked with both members of the pair is a third party that leaves the pair as it was
(rule ref.third_party), over every one-word state name, in made-up stories."""

from __future__ import annotations

import pytest
from made_up import facts, one_word_states


@pytest.mark.parametrize(("lang", "template", "rule", "off_most"), [
    ("id", "{state} menuduh Kamboja melanggar gencatan senjata. Malaysia meminta kedua negara "
           "menahan diri.", "ref.first_pair", 0.02),
    ("en", "{state} accused Cambodia of violating the ceasefire. Malaysia urged both countries "
           "to show restraint.", "ref.first_pair", 0.02),
    ("id", "{state} dan Kamboja bertempur di perbatasan. Malaysia telah menelepon pemimpin "
           "kedua negara. Amerika Serikat menyerukan agar kedua pihak menahan diri.",
     "ref.third_party", 0),
])
def test_both_sides_are_the_pair_of_the_story(lang, template, rule, off_most):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    states = one_word_states(lex, "KHM", "MYS", "USA")
    appealer = "MYS" if rule == "ref.first_pair" else "USA"

    def both() -> int:
        """How many stories give the appeal to the state and to Cambodia alike."""
        return sum({(appealer, "APPEALS", code), (appealer, "APPEALS", "KHM")}
                   <= facts(lex, lang, template.format(state=name), "2025-06-01")
                   for code, name in states)

    assert both() >= 0.95 * len(states)
    with rules.disabled(rule):
        assert both() <= off_most * len(states)
