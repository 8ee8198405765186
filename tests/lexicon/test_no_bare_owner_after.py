"""A name right after an English noun cue without a preposition is no owner of it: "talks with
presidents A and B", where the parse hangs A on "talks", are China's talks with each, not A's
talks with B (rule syntax.no_bare_owner_after), over pairs of the lexicon's presidents in office
on the date, in a made-up sentence."""

from __future__ import annotations

from made_up import facts

DATE = "2024-05-01"
TEXT = "Xi Jinping opened the summit with talks with presidents {a} and {b} on Tuesday."


def test_a_bare_name_after_an_english_noun_cue_is_no_owner():
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    heads = sorted({(p.name, actor) for p in lex.people.values()
                    for actor, role, start, end in p.roles
                    if role == "President" and len(actor) == 3 and actor != "CHN"
                    and start and start <= DATE and (not end or end >= DATE)})[:40]
    pairs = list(zip(heads[0:-1:2], heads[1::2], strict=True))
    assert len(pairs) >= 15

    def between() -> int:
        count = 0
        for (a, x), (b, y) in pairs:
            found = {(s, t) for s, _, t in facts(lex, "en", TEXT.format(a=a, b=b), DATE)}
            count += (x, y) in found or (y, x) in found
        return count

    assert between() <= 1
    with rules.disabled("syntax.no_bare_owner_after"):
        assert between() >= 4
