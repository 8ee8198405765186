"""Repairs of the parse around a verb's object, over the lexicon's cues, in made-up sentences
(reparse.py): a derived noun right after a verb read as its clause is its object ("membantah
tuduhan/acl Thailand"; parse.noun_as_clause), a participle with a by-phrase right after the
object is a clause on it ("condemned the attacks carried/advcl out by Israel";
parse.object_participle), and so is a clause a relative pronoun opens there ("held drills that
were slammed/ccomp by North Korea"; parse.object_relative)."""

from __future__ import annotations

from made_up import facts


def _lex():
    from geopolgraph.loaders.lexicons import load_lexicon

    return load_lexicon()


def test_a_derived_noun_read_as_a_clause_is_the_object():
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.extract.lang import language

    lex = _lex()
    words = language(lex, "id")
    nouns = sorted({p.text for p in lex.relations["id"] if p.frame == "noun"
                    and len(p.tokens) == 1 and words.is_derived_noun(p.text)})
    assert len(nouns) > 60

    def found() -> int:
        return sum(("KHM", "DENIES", "THA") in facts(lex, "id", f"Kamboja membantah {n} Thailand.")
                   for n in nouns)

    on = found()
    assert on >= 0.95 * len(nouns)
    # a noun cue the parse made the verb's clausal complement is its object all the same
    with rules.disabled("parse.noun_as_clause", "syntax.noun_cue_xcomp"):
        assert found() <= on - 8


def test_a_participle_after_the_object_is_a_clause_on_it():
    from geopolgraph.loaders.extract import rules

    lex = _lex()
    nouns = sorted({p.text for p in lex.relations["en"] if p.frame == "noun"
                    and len(p.tokens) == 1})
    assert len(nouns) > 60

    def found() -> int:
        return sum(("IRN", "CRITICIZES", "ISR") in facts(
            lex, "en", f"Iran condemned the {n} carried out by Israel.") for n in nouns)

    assert found() >= 0.95 * len(nouns)
    with rules.disabled("parse.object_participle"):
        assert found() <= 0.2 * len(nouns)


def test_a_relative_pronoun_clause_after_the_object_is_on_it():
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.extract.lang import language

    lex = _lex()
    english = language(lex, "en")
    cues = sorted({p.text: p for p in lex.relations["en"] if p.frame == "active"
                   and len(p.tokens) == 1 and lex.props(p.relation).aimed_at_doer
                   and english.is_participle(p.tokens[0])}.values(), key=lambda p: p.text)
    assert len(cues) > 60

    def found() -> int:
        return sum(("PRK", c.relation, "USA") in facts(
            lex, "en", f"The US and South Korea held drills that were {c.text} by North Korea.")
            for c in cues)

    on = found()
    assert on >= 0.9 * len(cues)
    with rules.disabled("parse.object_relative"):
        assert found() <= on - 20
