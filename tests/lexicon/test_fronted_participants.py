"""A noun of talking or going somewhere without an owner, in a phrase fronted before the main
clause, is the act of the actor opening that clause ("In a meeting with Putin, Modi praised
Russia": IND MEETS RUS; rule ref.fronted_participant), over the English talk nouns of the
lexicon and the visit phrases, in made-up sentences; an attack there is nobody's."""

from __future__ import annotations

from made_up import facts

_PREPOSITIONS = {"with", "on", "against", "to", "of", "for", "between", "from", "by", "in",
                 "over", "at"}


def test_a_fronted_talk_is_the_main_subjects():
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    nouns = sorted({p.text for p in lex.relations["en"] if p.frame == "noun"
                    and "…" not in p.tokens and p.tokens[-1] not in _PREPOSITIONS
                    and lex.props(p.relation).talk})
    assert len(nouns) >= 30

    def taking_part() -> int:
        return sum(any(s == "IND" and r != "PRAISES" and t == "RUS" for s, r, t in facts(
            lex, "en", f"In a {n} with Putin, Modi praised Russia.")) for n in nouns)

    assert taking_part() >= 0.75 * len(nouns)
    with rules.disabled("ref.fronted_participant"):
        assert taking_part() <= 0.1 * len(nouns)


def test_a_fronted_visit_is_the_main_subjects():
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    phrases = ("visit to", "trip to", "tour of", "two-day visit to", "stop in", "state visit to")

    def visiting() -> int:
        return sum(("BRA", "VISITS", "CHN") in facts(
            lex, "en", f"During a {n} Beijing, Lula praised China.") for n in phrases)

    assert visiting() >= len(phrases) - 1
    with rules.disabled("ref.fronted_participant"):
        assert visiting() == 0


def test_a_fronted_attack_is_nobodys():
    from geopolgraph.loaders.lexicons import load_lexicon

    found = facts(load_lexicon(), "en", "After an attack on Kyiv, Zelensky criticised Russia.")
    assert ("UKR", "CRITICIZES", "RUS") in found
    assert not any(r == "ATTACKS" for _, r, _ in found)
