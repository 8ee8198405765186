"""Denying or rejecting an accusation presupposes it was made, at the denier ("Iran membantah
tuduhan AS": USA ACCUSES IRN; relations.tsv ``said``/``answers``, rule noun.answered_claim),
over every one-word noun cue of a said act in made-up sentences; what the accusation claims
stays denied."""

from __future__ import annotations

import pytest
from made_up import act_noun, facts


@pytest.mark.parametrize(("lang", "template", "answers", "least"), [
    ("id", "Iran {answer} {noun} AS.", ("membantah", "menolak", "menampik", "menyangkal"), 0.8),
    ("en", "Iran {answer} US {noun}.", ("denied", "rejected", "dismissed"), 0.95),
    ("en", "Iran {answer} the {noun} by the US.", ("denied", "rejected"), 0.95),
])
def test_an_answered_claim_was_made_at_the_one_answering(lang, template, answers, least):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    nouns = {p.text: p.relation for p in lex.relations[lang]
             if act_noun(lex, p) and len(p.tokens) == 1 and lex.props(p.relation).said}
    assert len(nouns) >= 10

    def share() -> float:
        return sum(("USA", r, "IRN") in facts(lex, lang, template.format(answer=a, noun=n))
                   for a in answers for n, r in nouns.items()) / (len(answers) * len(nouns))

    assert share() >= least
    with rules.disabled("noun.answered_claim"):
        assert share() == 0


def test_what_the_claim_says_stays_denied():
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    found = facts(lex, "id", "Iran membantah tuduhan AS bahwa pihaknya memasok drone ke Rusia.")
    assert ("USA", "ACCUSES", "IRN") in found
    assert not any(rel == "SUPPLIES" for _, rel, _ in found)
    found = facts(lex, "en", "Iran rejected accusations by the US that it supplied drones to "
                  "Russia.")
    assert ("USA", "ACCUSES", "IRN") in found and ("USA", "ACCUSES", "RUS") not in found


def test_the_claims_own_target_comes_before_the_one_answering():
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    for lang, text in (("id", "Rusia menolak tuduhan AS terhadap Iran."),
                       ("en", "Russia rejected accusations by the US against Iran."),
                       ("en", "Russia rejected US accusations against Iran.")):
        found = facts(lex, lang, text)
        assert ("USA", "ACCUSES", "IRN") in found and ("USA", "ACCUSES", "RUS") not in found


@pytest.mark.parametrize(("lang", "template", "answers", "least"), [
    ("en", "Russia {answer} {noun} by the US against Iran.", ("rejected", "denied", "dismissed"),
     0.95),
    ("id", "Rusia {answer} {noun} dari AS terhadap Iran.", ("menolak", "membantah"), 0.55),
])
def test_an_answer_is_aimed_at_the_sayer(lang, template, answers, least):
    """Rejecting or denying a said act answers whoever said it, not whom it was aimed at (rule
    active.answered_sayer), over every one-word noun cue of a said act."""
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    nouns = [p.text for p in lex.relations[lang]
             if act_noun(lex, p) and len(p.tokens) == 1 and lex.props(p.relation).said]

    def share() -> float:
        found = [facts(lex, lang, template.format(answer=a, noun=n)) for a in answers
                 for n in nouns]
        return sum(any(("RUS", r, "USA") in f for r in ("REJECTS", "DENIES")) for f in found) / (
            len(found))

    assert share() >= least
    with rules.disabled("active.answered_sayer"):
        assert share() < least
