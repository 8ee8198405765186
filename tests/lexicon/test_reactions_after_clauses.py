"""A reaction that ends the sentence after a clause on another actor's act is aimed at that
act's doer, with a subject that follows ", dan"/", and" (rule reader.coordinated_subject: no
longer an object of the act before) or a manner adverb after it ("Jepang memprotes keras.";
rule parse.bare_adverb), over one-word state names and every reacting verb cue of the lexicon,
in made-up news sentences."""

from __future__ import annotations

import pytest
from made_up import facts, one_word_states


@pytest.mark.parametrize(("lang", "template"), [
    ("id", "Korea Utara menyerang Korea Selatan, dan {state} mengecam."),
    ("id", "Korea Utara menyerang Korea Selatan, dan {state} memprotes."),
    ("en", "North Korea attacked South Korea, and {state} protested."),
])
def test_a_subject_after_a_comma_and_a_coordinator_is_no_object(lang, template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    states = one_word_states(lex, "PRK", "KOR")
    assert len(states) > 100
    relation = "CRITICIZES" if "mengecam" in template else "PROTESTS"

    def counts() -> tuple[int, int]:
        right = wrong = 0
        for code, name in states:
            got = facts(lex, lang, template.format(state=name))
            right += (code, relation, "PRK") in got
            wrong += ("PRK", "ATTACKS", code) in got
        return right, wrong

    right, wrong = counts()
    assert right >= 0.9 * len(states) and wrong <= 0.1 * len(states)
    with rules.disabled("reader.coordinated_subject"):
        right, wrong = counts()
    assert right <= 0.4 * len(states) and wrong >= 0.5 * len(states)


def _reactions(lex) -> dict[str, str]:
    """One-word meN- verb cues aimed at the doer of an act."""
    return {p.text: p.relation for p in lex.relations["id"] if p.frame == "active"
            and len(p.tokens) == 1 and p.text.startswith("me")
            and lex.props(p.relation).aimed_at_doer}


@pytest.mark.parametrize("adverb", ["keras", "tegas"])
def test_a_manner_adverb_after_a_reaction_keeps_its_target(adverb):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    verbs = _reactions(lex)
    assert len(verbs) > 20

    def right() -> int:
        return sum(("JPN", relation, "PRK") in facts(
            lex, "id", f"Korea Utara menyerang Korea Selatan, Jepang {verb} {adverb}.")
            for verb, relation in verbs.items())

    assert right() >= 0.9 * len(verbs)
    with rules.disabled("parse.bare_adverb"):
        assert right() <= 0.1 * len(verbs)
