"""A leader named by surname alone before any full name ("Xi met Kishida"; rule
mention.bare_leader), over every head of state or government in the people lexicon."""

from __future__ import annotations

from made_up import facts

DATE = "2024-08-01"


def _facts(lex, text: str, date: str = DATE) -> set[tuple[str, str, str]]:
    return facts(lex, "en", text, date)


def _in_office(lex, person: str, date: str) -> list[str]:
    return [role for _, role, s, e in lex.people[person].roles
            if (not s or s <= date) and (not e or date <= e)]


def test_a_leaders_bare_surname_is_the_leader_in_office():
    """'<Surname> criticised Ukraine.' for every surname that one person in office on the date
    bears, a head of state or government: each gives that state's criticism (fewer with the
    rule off: only surnames that are aliases, "Biden", read without it)."""
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon
    from geopolgraph.loaders.mention_words import leader_roles

    lex = load_lexicon()
    tops = leader_roles(lex)
    leaders = {}
    for surname, people in lex.surnames.items():
        holding = [p for p in people if _in_office(lex, p, DATE)]
        if len(holding) == 1 and set(_in_office(lex, holding[0], DATE)) & tops:
            state = lex.people[holding[0]].acts_for(DATE)
            if state != "UKR" and surname.isalpha():
                leaders[surname.capitalize()] = state
    assert len(leaders) > 40

    def read() -> int:
        return sum((state, "CRITICIZES", "UKR") in _facts(lex, f"{name} criticised Ukraine.")
                   for name, state in leaders.items())

    on = read()
    assert on >= 0.9 * len(leaders)
    with rules.disabled("mention.bare_leader"):
        assert read() < on - 5


def test_a_shared_surname_or_an_undated_text_names_nobody():
    """'Albanese' (a prime minister and a UN rapporteur), 'Kim', 'Lee': nobody; nor 'Xi' in a
    text without a date (who is in office is unknown)."""
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    for name in ("Albanese", "Kim", "Lee", "Wang"):
        assert _facts(lex, f"{name} criticised Ukraine.") == set()
    assert _facts(lex, "Xi criticised Ukraine.", date="") == set()
    assert _facts(lex, "Xi criticised Ukraine.") == {("CHN", "CRITICIZES", "UKR")}
