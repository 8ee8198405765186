"""A receiving verb's subject gets the act of the noun cue it governs, done by whoever the
verb's from-phrase names ("China faced new sanctions from the EU": EU SANCTIONS CHN; rule
noun.received_from); a receiving verb the parser reads as a noun's modifier is parsed again
as a verb ("China faced/amod criticism from Japan"; rule parse.receiving_verb); and every
receiving verb of the grammar gives the act, in made-up sentences over the whole list."""

from __future__ import annotations

import pytest
from made_up import act_noun, facts

DIRECTED_OFF = ("CONSULTS", "MEETS", "COOPERATES", "AGREES", "NONE", "RECEIVES", "VISITS",
                "MEDIATES")


def _count(lex, lang, template, words, fact):
    return sum(fact in facts(lex, lang, template.format(word=w)) for w in words)


def test_the_verbs_from_phrase_owns_the_noun():
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    verbs = lex.grammar["en"]["receiving_verbs"]
    assert len(verbs) >= 40
    fact = ("JPN", "SANCTIONS", "CHN")
    template = "China {word} new sanctions from Japan."
    on = _count(lex, "en", template, verbs, fact)
    assert on >= 0.85 * len(verbs)
    with rules.disabled("noun.received_from"):
        assert _count(lex, "en", template, verbs, fact) <= 0.3 * len(verbs)


@pytest.mark.parametrize("template", [
    "China faced {word} from Japan.",
    "China drew {word} from Japan.",
])
def test_a_receiving_verb_read_as_a_modifier_is_parsed_again(template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    nouns = sorted({(p.text, p.relation) for p in lex.relations["en"] if act_noun(lex, p)
                    and len(p.tokens) == 1 and p.relation not in DIRECTED_OFF})
    assert len(nouns) >= 40

    def found() -> int:
        return sum(("JPN", relation, "CHN") in facts(lex, "en", template.format(word=noun))
                   for noun, relation in nouns)

    on = found()
    assert on >= 0.9 * len(nouns)
    with rules.disabled("parse.receiving_verb"):
        assert found() <= on - 3


@pytest.mark.parametrize(("lang", "template", "drawing"), [
    ("en", "China {word} condemnation from Japan.", "faced drew attracted sparked triggered"),
    ("id", "China {word} kecaman dari Jepang.", "menuai menghadapi memicu menimbulkan"),
])
def test_every_receiving_verb_gives_the_act(lang, template, drawing):
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    # Indonesian bare roots are headline forms ("Hadapi"): see the headline test below
    verbs = [v for v in lex.grammar[lang]["receiving_verbs"] if not v.endswith("ing")
             and (lang == "en" or v.startswith("me"))]
    fact = ("JPN", "CRITICIZES", "CHN")
    assert _count(lex, lang, template, verbs, fact) >= 0.95 * len(verbs)
    # the verbs by which the subject draws the act on itself, not only gets it
    assert _count(lex, lang, template, drawing.split(), fact) == len(drawing.split())


@pytest.mark.parametrize(("template", "fact"), [
    ("China {Verb} Kecaman dari Jepang", ("JPN", "CRITICIZES", "CHN")),
    ("Iran {Verb} Sanksi Baru dari AS", ("USA", "SANCTIONS", "IRN")),
])
def test_a_headlines_bare_receiving_verb(template, fact):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    roots = [v for v in lex.grammar["id"]["receiving_verbs"] if not v.startswith("me")]
    assert len(roots) >= 8

    def found() -> int:
        return sum(fact in facts(lex, "id", template.format(Verb=r.capitalize())) for r in roots)

    on = found()
    assert on >= 0.8 * len(roots)
    # the word between the subject and the noun is a verb for the parser through
    # headline.subject_verb too: both off
    with rules.disabled("headline.receiving_verb", "headline.subject_verb"):
        assert found() <= on - 4
