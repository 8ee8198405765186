"""A person's title with the actor it acts for is a person named, whom a later "he"/"dia" may
stand for ("Menteri Pertahanan Filipina tiba di Tokyo. Dia memperingatkan Jepang.": PHL WARNS
JPN; rule ref.titled_person), also when the title comes after them in an English compound ("a
Chinese foreign ministry spokesman"; rule lang.title_after_owner), over every one-word state
name, in made-up two-sentence stories."""

from __future__ import annotations

import pytest
from made_up import facts, one_word_states


@pytest.mark.parametrize(("lang", "template"), [
    ("id", "Juru bicara Kementerian Luar Negeri {state} mengatakan hal itu. Ia juga "
           "memperingatkan Jepang."),
    ("id", "Menteri Pertahanan {state} tiba di Tokyo. Dia memperingatkan Jepang."),
    ("en", "The foreign minister of {state} arrived in Tokyo. He warned Japan."),
])
def test_he_after_a_titled_person_is_that_persons_state(lang, template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    states = one_word_states(lex, "JPN")
    assert len(states) > 100

    def warned() -> int:
        return sum((code, "WARNS", "JPN") in facts(lex, lang, template.format(state=name),
                                                   "2025-06-01") for code, name in states)

    assert warned() >= 0.95 * len(states)
    with rules.disabled("ref.titled_person"):
        assert warned() == 0


@pytest.mark.parametrize("template", [
    "{state}'s foreign ministry spokesman said the talks had failed. He also warned Japan.",
    "The {state} defence ministry spokeswoman said the talks had failed. She also warned Japan.",
])
def test_he_after_a_body_and_its_spokesman_is_that_bodys_state(template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    states = one_word_states(lex, "JPN")

    def warned() -> int:
        return sum((code, "WARNS", "JPN") in facts(lex, "en", template.format(state=name),
                                                   "2025-06-01") for code, name in states)

    assert warned() >= 0.95 * len(states)
    with rules.disabled("lang.title_after_owner"):
        assert warned() == 0
