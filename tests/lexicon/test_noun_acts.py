"""Noun cues whose doer is named by the verb around them: a noun that comes from an actor
(noun.origin_verb) and an act named inside another act noun (noun.act_of_act), over the
lexicon's noun cues in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import act_noun, facts


def _nouns(lex, lang: str, relations: tuple[str, ...]) -> list[str]:
    return sorted({p.text for p in lex.relations[lang] if act_noun(lex, p)
                   and p.relation in relations and len(p.tokens) == 1})


@pytest.mark.parametrize(("lang", "template", "relation"), [
    ("id", "{Noun} terhadap Israel juga datang dari China.", "CRITICIZES"),
    ("id", "{Noun} untuk Ukraina juga datang dari Jepang.", "SUPPORTS"),
    ("en", "{Noun} Israel also came from China.", "CRITICIZES"),
    ("en", "{Noun} Ukraine came from Japan.", "SUPPORTS"),
])
def test_a_noun_that_comes_from_an_actor_is_its_act(lang, template, relation):
    """Every noun cue of the relation (English: those closed by their preposition, "criticism
    of", "support for"): whom it came from ('datang dari', 'came from') does it; nothing with
    the rule off."""
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    if lang == "en":
        nouns = sorted({p.text for p in lex.relations["en"] if act_noun(lex, p)
                        and p.relation == relation and len(p.tokens) == 2
                        and p.tokens[1] in ("of", "for", "against", "with", "to")})
    else:
        nouns = _nouns(lex, lang, (relation,))
    assert len(nouns) >= 3
    target = "ISR" if relation == "CRITICIZES" else "UKR"
    source = "CHN" if relation == "CRITICIZES" else "JPN"

    def share() -> float:
        return sum((source, relation, target) in facts(
            lex, lang, template.format(Noun=n.capitalize())) for n in nouns) / len(nouns)

    assert share() >= 0.75
    with rules.disabled("noun.origin_verb"):
        assert share() == 0.0


def test_an_act_inside_a_criticism_is_neither_the_critics_nor_its_target():
    """'France voiced <criticism> of the attack on Lebanon.', 'Prancis menyampaikan <kecaman>
    atas serangan ke Lebanon.' … for every one-word criticism, protest or accusation noun:
    France neither attacked Lebanon nor criticised it (the attack's doer is not said)."""
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    kinds = ("CRITICIZES", "PROTESTS", "ACCUSES")
    texts = [("en", t.format(n)) for n in _nouns(lex, "en", kinds) for t in (
        "France voiced {} of the attack on Lebanon.",
        "France issued a {} of the strikes on Lebanon.",
        "The {} of the attack on Lebanon came from France.")]
    texts += [("id", t.format(n)) for n in _nouns(lex, "id", kinds) for t in (
        "Prancis menyampaikan {} atas serangan ke Lebanon.",
        "Prancis melayangkan {} terhadap serangan udara ke Lebanon.")]
    assert len(texts) > 30

    def wrong() -> int:
        return sum(any(s == "FRA" and t == "LBN" for s, _, t in facts(lex, lang, text))
                   for lang, text in texts)

    assert wrong() <= 0.1 * len(texts)
    with rules.disabled("noun.act_of_act"):
        assert wrong() > 0.5 * len(texts)


def test_what_a_receiver_got_is_not_the_receivers_act():
    """'<Bantuan …> diterima Ukraina dari Rusia.', 'The <aid …> was received by Ukraine from
    Russia.' for every supply noun: the passive's agent received it (grammar
    receiving_passives), so Ukraine supplied nothing."""
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    texts = [("id", f"{n.capitalize()} diterima Ukraina dari Rusia.")
             for n in _nouns(lex, "id", ("SUPPLIES",))]
    texts += [("en", f"The {n} was received by Ukraine from Russia.")
              for n in _nouns(lex, "en", ("SUPPLIES",))]
    assert len(texts) >= 8
    wrong = [text for lang, text in texts if ("UKR", "SUPPLIES", "RUS") in facts(lex, lang, text)]
    assert wrong == []
