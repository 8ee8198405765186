"""A noun set beside a clause names that clause's act: "Japan closed its embassy in Oslo, a move
condemned by X" is X CRITICIZES JPN, as is "…, langkah yang dikecam X" and "… in a move that X
criticised" (rule syntax.clause_act), over every one-word state name, in made-up sentences; a
noun that is no act's name ("…, a city condemned by X") gives no such target."""

from __future__ import annotations

import pytest
from made_up import STATE, count_states, rule_gives


@pytest.mark.parametrize(("lang", "template"), [
    ("en", "Japan closed its embassy in Oslo, a move condemned by {state}."),
    ("en", "Japan closed its embassy in Oslo, a step that was criticised by {state}."),
    ("en", "Japan closed its embassy in Oslo, a decision that {state} condemned as hostile."),
    ("en", "Japan closed its embassy in Oslo in a move that {state} criticised."),
    ("id", "Jepang menutup kedutaannya di Oslo, langkah yang dikecam {state}."),
    ("id", "Jepang menutup kedutaannya di Oslo, sebuah keputusan yang dikritik oleh {state}."),
    ("id", "Jepang menutup kedutaannya, kebijakan yang dikritik {state}."),
])
def test_a_reaction_to_a_noun_beside_a_clause_is_aimed_at_its_subject(lang, template):
    rule_gives(lang, template, (STATE, "CRITICIZES", "JPN"), "syntax.clause_act")


def test_a_bare_agent_hung_on_the_noun_is_the_relative_verbs():
    """The parser hangs the bare agent of "langkah yang dikecam X" on "langkah" for a fifth of
    the names (rule passive.relative_agent)."""
    rule_gives("id", "Jepang menutup kedutaannya di Oslo, langkah yang dikecam {state}.",
               (STATE, "CRITICIZES", "JPN"), "passive.relative_agent", off_at_most=0.85)


@pytest.mark.parametrize(("lang", "template"), [
    ("en", "Japan closed its embassy in Oslo, a city condemned by {state}."),
    ("id", "Jepang menutup kedutaannya di Oslo, kota yang dikecam {state}."),
])
def test_a_noun_naming_no_act_is_nobodys_act(lang, template):
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    assert count_states(lex, lang, template, (STATE, "CRITICIZES", "JPN")) == 0


@pytest.mark.parametrize(("lang", "template"), [
    ("en", "China says the sea is its territory, a claim {state} rejects."),
    ("en", "China claimed the islands, a claim {state} rejects."),
    ("id", "China mengklaim pulau-pulau itu, klaim yang ditolak {state}."),
])
def test_a_claim_beside_a_clause_is_its_subjects(lang, template):
    """An answer to "a claim" set beside a clause is aimed at the clause's subject (or at the
    sayer of the clause it says); English leaves out the relative pronoun, which the parser
    misreads for some names (rule parse.zero_relative repairs most)."""
    rule_gives(lang, template, (STATE, "REJECTS", "CHN"), "syntax.clause_act", at_least=0.9)
