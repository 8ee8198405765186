"""An incursion into another state's waters, airspace or air defence zone is a show of force at
it (CAMEO 150; tools/curated_relations_en.tsv, tools/cue_phrases_id.tsv: "entered … waters",
"memasuki … wilayah udara"), and the owner pronoun of the area entered is the other state (rule
ref.patient_owner), over every one-word state name, in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import STATE, count_states, one_word_states


def _count(lang: str, template: str) -> int:
    """Over every state: how often China makes a show of force at it."""
    from geopolgraph.loaders.lexicons import load_lexicon

    return count_states(load_lexicon(), lang, template, ("CHN", "MOBILIZES", STATE))


@pytest.mark.parametrize(("lang", "template"), [
    ("en", "A Chinese vessel entered the territorial waters of {state} on Friday."),
    ("id", "Jet tempur China memasuki wilayah udara {state} pada Jumat."),
])
def test_an_incursion_is_a_show_of_force(lang, template):
    from geopolgraph.loaders.lexicons import load_lexicon

    assert _count(lang, template) >= 0.9 * len(one_word_states(load_lexicon(), "CHN"))


def test_the_area_entered_is_anothers():
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    template = "The coast guard of {state} said a Chinese vessel entered its territorial waters."
    n = len(one_word_states(load_lexicon(), "CHN"))
    assert _count("en", template) >= 0.9 * n
    with rules.disabled("ref.patient_owner"):
        assert _count("en", template) <= 0.05 * n


def test_a_gapped_cues_last_word_may_carry_its_owner():
    """'memasuki perairannya': the clitic on the last word of a gapped cue (rule
    cue.clitic_last) is the owner of the area entered."""
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    template = "{state} menyatakan kapal China memasuki perairannya."
    n = len(one_word_states(load_lexicon(), "CHN"))
    assert _count("id", template) >= 0.9 * n
    with rules.disabled("cue.clitic_last"):
        assert _count("id", template) <= 0.05 * n


def test_warships_sent_to_a_state_are_a_show_of_force():
    """"sent warships to X" is done, no intent to give military aid (CAMEO.2.0's 0332, an
    AGREES): the curated MOBILIZES pattern with its preposition wins."""
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    template = "China sent warships to {state}."
    assert _count("en", template) >= 0.95 * len(one_word_states(lex, "CHN"))
    assert count_states(lex, "en", template, ("CHN", "AGREES", STATE)) == 0
