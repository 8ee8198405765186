"""A noun naming the doer of its act (grammar role_nouns), set beside or predicated of an actor,
makes that actor act on the noun's owner: "X, a key backer of Japan" is X SUPPORTS JPN, "X
merupakan sekutu Jepang" X COOPERATES JPN (rule noun.role), over every one-word state name, in
made-up sentences; the owner of a one-way role is never its doer ("Japan's critics accused X"
is no JPN CRITICIZES X)."""

from __future__ import annotations

import pytest
from made_up import STATE, count_states, one_word_states, rule_gives


@pytest.mark.parametrize(("lang", "template", "relation"), [
    ("en", "{state}, a key backer of Japan, criticised the plan.", "SUPPORTS"),
    ("en", "{state} is Japan's closest ally.", "COOPERATES"),
    ("en", "{state}, Japan's main arms supplier, criticised the plan.", "SUPPLIES"),
    ("en", "China brokered talks between key Japan backer {state} and Vietnam.", "SUPPORTS"),
    ("en", "Japan's ally {state} hosted the talks.", "COOPERATES"),
    ("id", "{state}, pendukung utama Jepang, mengecam rencana itu.", "SUPPORTS"),
    ("id", "{state} merupakan sekutu Jepang.", "COOPERATES"),
    ("id", "{state} adalah pemasok senjata terbesar bagi Jepang.", "SUPPLIES"),
])
def test_a_role_noun_said_of_an_actor_makes_it_the_doer(lang, template, relation):
    rule_gives(lang, template, (STATE, relation, "JPN"), "noun.role", at_least=0.94)


@pytest.mark.parametrize(("lang", "template", "actor"), [
    ("en", "China, as {state}'s main ally, warned the US.", "CHN"),
    ("id", "China, sebagai sekutu utama {state}, memperingatkan AS.", "CHN"),
])
def test_an_as_phrase_names_the_role_of_the_clauses_subject(lang, template, actor):
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, actor, "USA"))
    assert count_states(lex, lang, template, (actor, "COOPERATES", STATE)) >= 0.95 * n


def test_the_owner_of_a_one_way_role_is_not_its_doer():
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    template = "Japan's critics accused {state} of meddling."
    assert count_states(lex, "en", template, ("JPN", "CRITICIZES", STATE)) == 0
