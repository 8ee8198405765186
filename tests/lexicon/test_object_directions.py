"""A cue aimed at a doer is not aimed at whom a preposition of its object names where the act
went (rule syntax.object_target_no_doer: "Iran denied any drone deliveries to Russia" is no IRN
DENIES RUS); a partner or "between" phrase of the object still names the parties ("China
brokered an entente between Iran and Saudi Arabia"), over every one-word state name, in
made-up sentences."""

from __future__ import annotations

import pytest
from made_up import facts, one_word_states


def _counts(template: str, lang: str, relation: str) -> tuple[int, int]:
    """Over every state: (the state acts on Russia, China acts on the state)."""
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    on_russia = on_state = 0
    for code, name in one_word_states(lex, "RUS", "CHN"):
        found = facts(lex, lang, template.format(state=name))
        on_russia += (code, relation, "RUS") in found
        on_state += ("CHN", relation, code) in found
    return on_russia, on_state


def _states() -> int:
    from geopolgraph.loaders.lexicons import load_lexicon

    return len(one_word_states(load_lexicon(), "RUS", "CHN"))


@pytest.mark.parametrize(("lang", "template", "relation"), [
    ("en", "{state} denied any drone deliveries to Russia.", "DENIES"),
    ("en", "{state} denied the arms deliveries to Russia.", "DENIES"),
    ("id", "{state} mengecam pengapalan senjata ke Rusia.", "CRITICIZES"),
])
def test_where_the_objects_act_went_is_not_its_doer(lang, template, relation):
    from geopolgraph.loaders.extract import rules

    n = _states()
    assert _counts(template, lang, relation)[0] <= 0.02 * n
    with rules.disabled("syntax.object_target_no_doer"):
        assert _counts(template, lang, relation)[0] >= 0.6 * n


@pytest.mark.parametrize(("lang", "template"), [
    ("en", "China brokered an entente between {state} and Saudi Arabia."),
    ("en", "China brokered a deal between {state} and Saudi Arabia."),
])
def test_a_between_phrase_of_the_object_still_names_the_parties(lang, template):
    assert _counts(template, lang, "MEDIATES")[1] >= 0.95 * _states()
