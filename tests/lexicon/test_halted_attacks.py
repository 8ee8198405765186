"""Halting an attack is yielding (CAMEO.2.0's HALT/STOP/END block: '* ATTACKS' [0871]):
"Russia halted its attacks on Ukraine" is RUS YIELDS UKR (and the attacks it halted), over
every verb and object of the curated rows, in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import facts

VERBS = ("halted", "stopped", "ended", "ceased", "suspended", "called off")
OBJECTS = ("attacks", "strikes", "airstrikes", "air strikes", "bombing", "bombardment",
           "shelling", "offensive", "hostilities", "fighting", "rocket fire")


@pytest.mark.parametrize("verb", VERBS)
def test_halting_an_attack_is_yielding(verb):
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    found = [o for o in OBJECTS
             if ("RUS", "YIELDS", "UKR") in facts(lex, "en", f"Russia {verb} its {o} on Ukraine.")]
    assert len(found) >= len(OBJECTS) - 2, found


@pytest.mark.parametrize("noun", ["an end", "a halt"])
def test_an_end_to_attacks_is_yielding(noun):
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    found = [o for o in OBJECTS if ("RUS", "YIELDS", "UKR") in facts(
        lex, "en", f"Russia announced {noun} to its {o} on Ukraine.")]
    assert len(found) >= len(OBJECTS) - 3, found


@pytest.mark.parametrize("template", [
    "Rusia {verb} {obj} terhadap Ukraina.",
    "Rusia mengumumkan {noun} {obj} ke Ukraina.",
])
def test_halting_an_attack_is_yielding_id(template):
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    objects = ("serangan", "serangan udara", "pengeboman", "penembakan", "gempuran", "agresi",
               "operasi militer", "pertempuran")
    texts = [template.format(verb=v, noun=n, obj=o) for v, n in (
        ("menghentikan", "penghentian"), ("mengakhiri", "pengakhiran"), ("menangguhkan", ""))
        if n or "{noun}" not in template for o in objects]
    found = [t for t in texts if ("RUS", "YIELDS", "UKR") in facts(lex, "id", t)]
    assert len(found) >= 0.9 * len(texts), sorted(set(texts) - set(found))
