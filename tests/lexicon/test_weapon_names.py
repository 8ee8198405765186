"""A weapon's name that holds a fight word is no fight: "Kapal perang China dan Rusia berlayar
bersama", "Chinese and Russian attack drones were seen near Japan" give no attack between
China and Russia (relations NONE, CAMEO 190, in the lexicon: matched, then ignored), over every
such name."""

from __future__ import annotations

import pytest
from made_up import facts


@pytest.mark.parametrize(("lang", "template"), [
    ("id", "{name} China dan Rusia berlayar bersama."),
    ("en", "Chinese and Russian {name} were seen near Japan."),
])
def test_a_weapons_name_is_no_fight(lang, template):
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    names = sorted(p.text for p in lex.relations[lang]
                   if p.relation == "NONE" and p.cameo == "190")
    assert len(names) >= 5
    fights = [n for n in names if any(
        r == "ATTACKS" for _, r, _ in facts(lex, lang, template.format(
            name=n.capitalize() if lang == "id" else n)))]
    assert fights == []
