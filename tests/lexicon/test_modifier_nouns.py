"""Nouns that make a name a modifier (grammar ``modifier_nouns``/``modified_nouns``) and a
state's vehicles and weapons among them, which act for it (``instrument_nouns``, rule
mention.instrument_agent), over the whole lexicon in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import facts

FORCE = ("ATTACKS", "COERCES", "THREATENS", "PROVOKES")


def _verbs(lex, lang: str) -> dict[str, str]:
    """One-word force verb cues (word -> relation): meN- verbs, or English past tenses."""
    return {p.text: p.relation for p in lex.relations[lang] if p.frame == "active"
            and len(p.tokens) == 1 and p.relation in FORCE
            and (p.text.startswith("me") if lang == "id" else p.text.endswith("ed"))}


def _share(lex, lang: str, template: str, verbs: dict[str, str]) -> float:
    return sum(("RUS", r, "UKR") in facts(lex, lang, template.format(verb=v))
               for v, r in verbs.items()) / len(verbs)


@pytest.mark.parametrize("noun", ["kapal", "pesawat", "drone", "rudal"])
def test_an_indonesian_ship_or_drone_of_a_state_acts_for_it(noun):
    """'Drone Rusia <verb> Ukraina.' for every one-word meN- force verb (about 50): each gives
    Russia's act on Ukraine; with the rule off the noun keeps the state from acting."""
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    verbs = _verbs(lex, "id")
    assert len(verbs) > 40
    template = noun.capitalize() + " Rusia {verb} Ukraina."
    assert _share(lex, "id", template, verbs) == 1.0
    with rules.disabled("mention.instrument_agent"):
        assert _share(lex, "id", template, verbs) == 0.0


@pytest.mark.parametrize("noun", ["ships", "vessel", "jets", "drones"])
def test_english_jets_or_drones_of_a_state_act_for_it(noun):
    """'Russian drones <verb> Ukraine.' for every one-word English past-tense force verb (about
    150): most give Russia's act on Ukraine (a few rare CAMEO verbs the parser reads as
    nouns), none with the rule off."""
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    verbs = _verbs(lex, "en")
    assert len(verbs) > 100
    template = "Russian " + noun + " {verb} Ukraine."
    assert _share(lex, "en", template, verbs) >= 0.75
    with rules.disabled("mention.instrument_agent"):
        assert _share(lex, "en", template, verbs) == 0.0


@pytest.mark.parametrize(("lang", "text"), [
    ("id", "Rudal buatan Rusia menyerang Ukraina."),
    ("en", "Russian-made missiles struck Ukraine."),
    ("en", "Chinese companies attacked Ukraine."),
    ("id", "Perusahaan China menyerang Ukraina."),
])
def test_a_thing_made_or_owned_elsewhere_is_no_agent(lang, text):
    """Made in a state, or a company of it: the weapon's user or the firm is not the state."""
    from geopolgraph.loaders.lexicons import load_lexicon

    assert not any(s in ("RUS", "CHN") for s, _, _ in facts(load_lexicon(), lang, text))


def test_a_state_that_made_something_is_no_modifier():
    """'<State> made a formal protest to Ukraine.' for every state in the lexicon: "made" after
    a name is a verb ("Russia made an offer", "Putin made the remarks"); only "-made" joined to
    it makes the name a qualifier ("Iranian-made drones"). With "made" among the modified
    nouns every one of these gave nothing."""
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    states = [(ident, a.name) for ident, a in lex.actors.items()
              if a.kind == "state" and ident != "UKR"]
    assert len(states) > 150
    failed = [name for ident, name in states if (ident, "PROTESTS", "UKR") not in facts(
        lex, "en", f"{name} made a formal protest to Ukraine.")]
    assert len(failed) <= 0.02 * len(states)


@pytest.mark.parametrize("quantity", ["puluhan", "ratusan", "50"])
def test_a_counted_bare_agent_of_a_passive_acts(quantity):
    """'Ukraina <di-verb> puluhan drone Rusia.' for every one-word di- force verb: the bare
    agent may open with a number (passive.quantified_agent); without the rule it had to start
    right after the verb."""
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    verbs = {p.text: p.relation for p in lex.relations["id"] if p.frame == "passive"
             and len(p.tokens) == 1 and p.relation in FORCE and p.text.startswith("di")}
    assert len(verbs) > 30

    def share() -> float:
        return sum(("RUS", r, "UKR") in facts(lex, "id", f"Ukraina {v} {quantity} drone Rusia.")
                   for v, r in verbs.items()) / len(verbs)

    assert share() >= 0.9
    with rules.disabled("passive.quantified_agent"):
        assert share() < 0.3
