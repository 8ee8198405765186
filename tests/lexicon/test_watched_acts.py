"""Monitoring or investigating an act is aimed at whoever did it ("Jepang memantau peluncuran
tersebut", "Japan is monitoring the launch", "The exercises were watched by Japan"): MONITORS
and INVESTIGATES are ``aimed_at_doer`` in relations.tsv, as CRITICIZES is. Over every one-word
verb cue of the two relations, in made-up two-sentence texts."""

from __future__ import annotations

from dataclasses import replace

import pytest
from made_up import facts

FIRST = {"id": "Korea Utara meluncurkan rudal balistik.", "en": "North Korea fired a missile."}
AFTER = {"id": "{cue} peluncuran tersebut.", "en": "{cue} the launch."}
SUBJECT = {"id": "Jepang", "en": "Japan"}


def _cues(lex, lang: str) -> list:
    return sorted({p.text: p for p in lex.relations[lang] if p.frame == "active"
                   and len(p.tokens) == 1 and p.relation in ("MONITORS", "INVESTIGATES")
                   and not p.text.endswith("ing")}.values(), key=lambda p: p.text)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_watched_act_is_watched_on_its_doer(lang):
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    cues = _cues(lex, lang)
    assert len(cues) >= 8

    def found(lexicon) -> int:
        return sum(("JPN", c.relation, "PRK") in facts(
            lexicon, lang, f"{FIRST[lang]} {SUBJECT[lang]} " + AFTER[lang].format(cue=c.text))
            for c in cues)

    assert found(lex) >= 0.75 * len(cues)
    plain = {r: replace(p, aimed_at_doer=False) if r in ("MONITORS", "INVESTIGATES") else p
             for r, p in lex.relation_props.items()}
    assert found(replace(lex, relation_props=plain, derived={})) == 0


def test_a_passive_watch_of_an_act_named_back():
    from geopolgraph.loaders.lexicons import load_lexicon

    got = facts(load_lexicon(), "id", "Rusia dan China menggelar latihan militer bersama. "
                "Latihan tersebut diawasi ketat oleh Jepang.")
    assert {("JPN", "MONITORS", "RUS"), ("JPN", "MONITORS", "CHN")} <= got
