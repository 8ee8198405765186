"""A subordinator the parse read as a preposition opens a clause with its own subject ("Japan
protested after/case North Korea/obl attacked/xcomp South Korea": PRK ATTACKS KOR, not JPN;
rule parse.subordinate_subject), over every one-word verb cue of the lexicon in made-up news
sentences."""

from __future__ import annotations

import pytest
from made_up import STATE, facts, rule_gives


def _verbs(lex, lang: str) -> dict[str, str]:
    """One-word past forms (English) or meN- verbs (Indonesian) of every relation but a
    rejection or denial (whose object is what was said)."""
    prefix, suffix = ("", "ed") if lang == "en" else ("me", "")
    return {p.text: p.relation for p in lex.relations[lang]
            if p.frame == "active" and len(p.tokens) == 1 and p.text.startswith(prefix)
            and p.text.endswith(suffix) and p.relation not in ("REJECTS", "DENIES")}


@pytest.mark.parametrize(("lang", "template"), [
    ("en", "Japan protested after North Korea {verb} South Korea."),
    ("en", "Japan protested since North Korea {verb} South Korea."),
    ("id", "Jepang memprotes usai Korea Utara {verb} Korea Selatan."),
])
def test_the_subordinate_clause_has_its_own_subject(lang, template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    verbs = _verbs(lex, lang)
    assert len(verbs) > 100

    def counts() -> tuple[int, int]:
        right = wrong = 0
        for verb, relation in verbs.items():
            got = facts(lex, lang, template.format(verb=verb))
            right += ("PRK", relation, "KOR") in got
            wrong += ("JPN", relation, "KOR") in got
        return right, wrong

    right, wrong = counts()
    assert right >= 0.9 * len(verbs) and wrong <= 0.05 * len(verbs)
    with rules.disabled("parse.subordinate_subject"):
        right, wrong = counts()
    assert right <= 0.4 * len(verbs) and wrong >= 0.6 * len(verbs)


def test_the_reaction_is_aimed_at_the_clause_doer():
    from geopolgraph.loaders.lexicons import load_lexicon

    got = facts(load_lexicon(), "en", "Japan protested after North Korea fired missiles at "
                "South Korea.")
    assert got == {("JPN", "PROTESTS", "PRK"), ("PRK", "ATTACKS", "KOR")}


def test_a_clause_hung_on_the_noun_after_the_subordinator():
    """ "Beijing memprotes setelah/case anggota parlemen X/obl mengunjungi/acl Taiwan": the verb
    hung on the noun as a clause on it is the subordinate clause's, the noun its subject (rule
    parse.acl_subordinate), so the protest is aimed at X."""
    rule_gives("id", "Beijing memprotes setelah anggota parlemen {state} mengunjungi Taiwan.",
               ("CHN", "PROTESTS", STATE), "parse.acl_subordinate", off_at_most=0.3)
