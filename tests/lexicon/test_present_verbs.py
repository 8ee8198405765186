"""A present-tense cue verb after a name ("Kremlin assails Kyiv", the shape of English news
headlines) is read as the verb it is, not as a plural noun (rule parse.present_verb, grammar
``present_proxy``), over every present-tense active cue of the lexicon in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import any_gives, facts, one_word_states


def _present_verbs(lex) -> dict[str, str]:
    """One-word active English cues in the third person present ("assails", "bombs")."""
    return {p.text: p.relation for p in lex.relations["en"]
            if p.frame == "active" and len(p.tokens) == 1 and p.relation != "NONE"
            and p.text.endswith("s") and not p.text.endswith(("ss", "us", "ed"))}


@pytest.mark.parametrize("template", [
    "Kremlin {verb} Kyiv",
    "Russian President Vladimir Putin {verb} Ukraine.",
    "Russian PM {verb} Ukraine",
])
def test_a_present_tense_cue_after_a_name_is_a_verb(template):
    """Each template filled with every present-tense cue (about 420): almost all give Russia's
    act on Ukraine, and a fifth or more give nothing with the rule off."""
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    verbs = _present_verbs(lex)
    assert len(verbs) > 400

    def missed() -> float:
        return sum(not any_gives(lex, "en", [template.format(verb=v)], ("RUS", r, "UKR"),
                                 "2024-08-01") for v, r in verbs.items()) / len(verbs)

    assert missed() <= 0.02
    with rules.disabled("parse.present_verb"):
        assert missed() >= 0.2


def test_a_hosting_verb_and_a_strike_read_in_a_headline():
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    hosts = "Biden hosts Kishida at White House"
    assert ("JPN", "VISITS", "USA") in facts(lex, "en", hosts, "2024-04-10")
    assert ("ISR", "ATTACKS", "group:hezbollah") in facts(
        lex, "en", "Israel strikes Hezbollah targets in Lebanon")
    with rules.disabled("parse.present_verb"):
        assert ("JPN", "VISITS", "USA") not in facts(lex, "en", hosts, "2024-04-10")


def test_a_sentence_with_a_main_verb_is_not_parsed_again():
    """The plural noun after a name stays a noun where the sentence has its own verb."""
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    text = "Israel's air force carried out strikes against Hamas targets in Gaza."
    assert facts(lex, "en", text) == {("ISR", "ATTACKS", "group:hamas")}


@pytest.mark.parametrize("template", ["Russia, Belarus {verb} Ukraine",
                                      "Russia, Belarus {verb} Ukraine over grain deal."])
def test_names_joined_by_a_comma_before_the_verb_are_a_list(template):
    """A headline's "A, B <verb>s C" (rule reader.opening_list): both act, over every
    present-tense cue; with the rule off the first name does not."""
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    verbs = _present_verbs(lex)

    def both() -> float:
        return sum(all(any_gives(lex, "en", [template.format(verb=v)], (s, r, "UKR"))
                       for s in ("RUS", "BLR")) for v, r in verbs.items()) / len(verbs)

    assert both() >= 0.9
    with rules.disabled("reader.opening_list"):
        assert both() <= 0.1


@pytest.mark.parametrize("template", ["US, {state} begin military drills",
                                      "US, {state} launch joint patrols"])
def test_an_opening_list_before_a_cue_nouns_verb_is_a_list(template):
    """"US, Japan begin military drills" (rule reader.opening_list_verb): one word, the verb of
    the cue noun, may stand between the opening list and the cue, over every one-word state
    name; with the rule off the list is cut and the drills are nobody's (with noun.light_pair
    off too, which pairs the parse's coordinated subject of "begin" on its own)."""
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    states = one_word_states(lex, "USA")

    def joint() -> int:
        return sum(("USA", "COOPERATES", code) in facts(lex, "en", template.format(state=name))
                   for code, name in states)

    assert joint() >= 0.95 * len(states)
    with rules.disabled("reader.opening_list_verb", "noun.light_pair"):
        assert joint() == 0
