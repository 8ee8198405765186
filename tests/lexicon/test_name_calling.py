"""Calling another actor a criminal, a terrorist, a dictator or a liar is an accusation or a
criticism (CAMEO 2.0 CALL * CRIMINAL 1121, CALL * DICTATOR 111): every such cue of both
lexicons, in made-up sentences and headlines."""

from __future__ import annotations

import pytest
from made_up import facts

_LABELS = ("penjahat", "teroris", "diktator", "pembohong", "tidak sah", "criminal", "terrorist",
           "dictator", "liar")


def _calls(lex, lang: str) -> list[tuple[str, str, str]]:
    """(verb, label, relation) of every two-part cue whose second part is a label."""
    return [(p.tokens[0], " ".join(p.tokens[2:]), p.relation) for p in lex.relations[lang]
            if len(p.tokens) >= 3 and p.tokens[1] == "…" and " ".join(p.tokens[2:]) in _LABELS]


@pytest.mark.parametrize(("lang", "template", "least"), [
    ("id", "Rusia {verb} Ukraina sebagai {label}.", 12),
    ("id", "Rusia {verb} Ukraina {label}.", 12),
    ("en", "Russia {verb} Ukraine a {label}.", 20),
])
def test_calling_an_actor_names_is_an_accusation(lang, template, least):
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    calls = [c for c in _calls(lex, lang)
             if lang == "en" or c[0].startswith("me")]  # bare roots: headlines
    assert len(calls) >= least
    missed = [(v, lb) for v, lb, rel in calls
              if ("RUS", rel, "UKR") not in facts(lex, lang, template.format(verb=v, label=lb))]
    assert missed == []


def test_a_headline_names_the_accused():
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    assert ("TUR", "ACCUSES", "ISR") in facts(lex, "id", "Erdogan Sebut Netanyahu Penjahat Perang",
                                             "2024-08-01")
