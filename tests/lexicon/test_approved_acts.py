"""An act a verb of approval takes as its object ("Uni Eropa menyetujui sanksi baru terhadap
Rusia", "The EU agreed new sanctions against Russia") is the approver's own: EU SANCTIONS RUS,
and no agreement with Russia (rule syntax.approved_act, grammar approving_verbs), over every
noun cue of a one-way relation in the lexicon, in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import facts

_PREPS = frozenset({"with", "on", "against", "to", "of", "for", "between", "from", "by", "in",
                    "over", "at", "ke", "dengan", "terhadap", "atas", "kepada", "untuk", "dari",
                    "antara", "di", "oleh", "bagi", "pada", "melawan"})



def _one_way_nouns(lex, lang: str) -> list[tuple[str, str]]:
    """(pattern, relation) of every gap-free noun cue of a one-way relation."""
    return sorted({(p.text, p.relation) for p in lex.relations[lang] if p.frame == "noun"
                   and "…" not in p.tokens and p.relation != "NONE"
                   and not lex.props(p.relation).reciprocal and p.tokens[-1] not in _PREPS})


def _counts(lex, lang: str, template: str, nouns, headline: bool = False,
            published: str = "") -> tuple[int, int]:
    """(EU does the act to Russia, EU agrees with Russia) over ``nouns`` in ``template`` (a
    headline's nouns in Title Case)."""
    found = [(facts(lex, lang, template.format(noun=noun.title() if headline else noun),
                    published), relation) for noun, relation in nouns]
    return (sum(("EU", relation, "RUS") in f for f, relation in found),
            sum(("EU", "AGREES", "RUS") in f for f, _ in found))

@pytest.mark.parametrize(("lang", "template"), [
    ("id", "Uni Eropa menyetujui {noun} terhadap Rusia."),
    ("id", "Uni Eropa menyepakati {noun} baru terhadap Rusia."),
    ("en", "The EU agreed {noun} against Russia."),
])
def test_an_approved_act_is_the_approvers(lang, template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    nouns = _one_way_nouns(lex, lang)
    assert len(nouns) > 300

    act, agrees = _counts(lex, lang, template, nouns)
    assert act >= 0.95 * len(nouns) and agrees <= 0.15 * len(nouns)
    with rules.disabled("syntax.approved_act"):
        # the transfer nouns' approval patterns ("menyetujui … pengiriman senjata",
        # tools/transfer_verbs.tsv approve) give the approver's transfer even so
        act, agrees = _counts(lex, lang, template, nouns)
        assert act <= 0.7 * len(nouns) and agrees >= 0.33 * len(nouns)


@pytest.mark.parametrize("template", [
    "Uni Eropa Setujui {noun} terhadap Rusia",
    "Uni Eropa Sepakati {noun} Baru terhadap Rusia",
])
def test_a_headlines_bare_approval(template):
    """The headline's bare forms ("Setujui", "Sepakati") approve as their meN- forms do; without
    them in approving_verbs the approval is taken for an agreement with Russia."""
    from dataclasses import replace

    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    nouns = _one_way_nouns(lex, "id")

    def counts(lexicon) -> tuple[int, int]:
        return _counts(lexicon, "id", template, nouns, True, "2025-06-01")

    act, agrees = counts(lex)
    assert act >= 0.95 * len(nouns) and agrees <= 0.2 * len(nouns)
    grammar = {**lex.grammar, "id": {**lex.grammar["id"], "approving_verbs": [
        w for w in lex.grammar["id"]["approving_verbs"] if w not in ("setujui", "sepakati")]}}
    act, agrees = counts(replace(lex, grammar=grammar, derived={}))
    assert act <= 0.7 * len(nouns) and agrees >= 0.3 * len(nouns)


@pytest.mark.parametrize("template", [
    "Uni Eropa menjanjikan {noun} terhadap Rusia.",
    "Uni Eropa Janjikan {noun} terhadap Rusia",
])
def test_a_promised_act_is_the_promisers(template):
    """A verb of promising ("menjanjikan", the headline's "Janjikan") takes its object act as
    its subject's own, as one of approving does; without it in approving_verbs the promise is
    taken for an agreement with Russia ("Jerman menjanjikan bantuan militer kepada Ukraina"
    gave DEU AGREES UKR and no aid)."""
    from dataclasses import replace

    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    nouns = _one_way_nouns(lex, "id")

    def counts(lexicon) -> tuple[int, int]:
        return _counts(lexicon, "id", template, nouns, not template.endswith("."), "2025-06-01")

    act, agrees = counts(lex)
    assert act >= 0.9 * len(nouns) and agrees <= 0.2 * len(nouns)
    grammar = {**lex.grammar, "id": {**lex.grammar["id"], "approving_verbs": [
        w for w in lex.grammar["id"]["approving_verbs"] if w not in ("menjanjikan", "janjikan")]}}
    act, agrees = counts(replace(lex, grammar=grammar, derived={}))
    assert act <= 0.7 * len(nouns) and agrees >= 0.3 * len(nouns)



@pytest.mark.parametrize(("template", "fact", "words"), [
    ("The EU adopted a new sanctions package against {state}.", ("EU", "SANCTIONS", "{state}"),
     ("adopted",)),
    ("The EU adopts a new sanctions package against {state}.", ("EU", "SANCTIONS", "{state}"),
     ("adopts",)),
])
def test_an_adopted_or_passed_act_is_the_adopters(template, fact, words):
    """A verb of adopting or passing (a package, a bill) takes its object act as its subject's
    own, as one of approving does ("The EU adopted a new sanctions package against Russia")."""
    from dataclasses import replace

    from made_up import count_states, one_word_states

    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "USA"))
    assert count_states(lex, "en", template, fact) >= 0.9 * n
    grammar = {**lex.grammar, "en": {**lex.grammar["en"], "approving_verbs": [
        w for w in lex.grammar["en"]["approving_verbs"] if w not in words]}}
    assert count_states(replace(lex, grammar=grammar, derived={}), "en", template, fact) <= (
        0.1 * n)
