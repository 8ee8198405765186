"""A passive removal verb with no agent is done by the actor its from-phrase names (rule
passive.removal_source: "Diplomat Rusia diusir dari Jerman" is DEU SANCTIONS RUS), unless a
to-phrase says where the removed were sent ("deported from Ukraine to Russia" names no deporter),
over every one-word state name, in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import facts, one_word_states


def _states() -> int:
    from geopolgraph.loaders.lexicons import load_lexicon

    return len(one_word_states(load_lexicon(), "RUS", "UKR"))


def _counts(template: str, lang: str) -> tuple[int, int]:
    """Over every state: (the state removes Russians, a state acts on the state)."""
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    removes = acted_on = 0
    for code, name in one_word_states(lex, "RUS", "UKR"):
        found = facts(lex, lang, template.format(state=name))
        removes += any(s == code and t == "RUS" for s, _, t in found)
        acted_on += any(t == code for _, _, t in found)
    return removes, acted_on


@pytest.mark.parametrize(("lang", "template"), [
    ("id", "Diplomat Rusia diusir dari {state}."),
    ("id", "Dua diplomat Rusia diusir dari {state} pada Senin."),
    ("en", "Russian diplomats were expelled from {state}."),
    ("en", "Two Russian diplomats expelled from {state}"),
    ("en", "Russian diplomats have been deported from {state}."),
])
def test_the_state_a_removal_is_from_removes(lang, template):
    from geopolgraph.loaders.extract import rules

    n = _states()
    assert _counts(template, lang)[0] >= 0.95 * n
    with rules.disabled("passive.removal_source"):
        assert _counts(template, lang)[0] <= 0.02 * n


@pytest.mark.parametrize(("lang", "template"), [
    ("id", "Diplomat Rusia dideportasi dari {state} ke Ukraina."),
    ("en", "Russian diplomats were deported from {state} to Ukraine."),
    ("en", "{state} has expelled Russian diplomats from the country."),
])
def test_a_removal_sent_somewhere_or_active_names_no_new_remover(lang, template):
    removes, _ = _counts(template, lang)
    n = _states()
    if "has expelled" in template:
        assert removes >= 0.95 * n  # the active verb's subject, as before
    else:
        assert removes <= 0.02 * n
