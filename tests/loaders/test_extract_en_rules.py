"""English frame rules over a given dependency parse (made-up sentences, hand-written UD parses).

Each rule is read off the parse, so each test hands the extractor the parse (as either shipped
English parser may give it) instead of the model's, and checks what switching the rule off loses:
the behaviour is the rule's, whatever a retrained parser attaches differently.
"""

import pytest
from parsekit import facts_with_parse


def test_a_noun_is_the_actor_its_name_says_not_its_nationality(monkeypatch):
    # made up: "the Lebanese armed group Hezbollah" is Hezbollah; Lebanese only qualifies it
    text = "The Lebanese armed group Hezbollah launched attacks on Israel."
    parse = [(3, "det"), (3, "amod"), (3, "amod"), (5, "nsubj"), (3, "appos"), (5, "ROOT"),
             (5, "obj"), (8, "case"), (6, "nmod"), (5, "punct")]
    on = facts_with_parse(monkeypatch, text, parse)
    off = facts_with_parse(monkeypatch, text, parse, "syntax.name_before_adjective")
    assert {t[1:] for t in on} == {("ATTACKS", "ISR")}
    assert "LBN" not in {s for s, _, _ in on} and "LBN" in {s for s, _, _ in off}


@pytest.mark.parametrize(
    ("text", "parse", "expected"),
    [
        (  # the by-phrase hung on the noun's own modifier
            "The visit to Hanoi by President Biden was welcomed.",
            [(1, "det"), (8, "nsubj:pass"), (3, "case"), (1, "nmod"), (6, "case"),
             (6, "compound"), (3, "nmod"), (8, "aux:pass"), (8, "ROOT"), (8, "punct")],
            ("USA", "VISITS", "VNM"),
        ),
        (  # made up: the by-phrase hung on the active verb whose object the noun is
            "The talks preceded a visit to Jakarta by Japanese Prime Minister Fumio Kishida.",
            [(1, "det"), (2, "nsubj"), (2, "ROOT"), (4, "det"), (2, "obj"), (6, "case"),
             (4, "nmod"), (11, "case"), (11, "amod"), (10, "amod"), (11, "compound"),
             (2, "obl"), (11, "flat"), (2, "punct")],
            ("JPN", "VISITS", "IDN"),
        ),
    ],
)
def test_a_by_phrase_the_parse_hung_elsewhere_is_the_nouns_doer(monkeypatch, text, parse,
                                                                expected):
    assert expected in facts_with_parse(monkeypatch, text, parse, "")
    assert expected not in facts_with_parse(monkeypatch, text, parse, "syntax.misplaced_agent")


def test_a_relative_pronoun_parsed_as_no_relative_clause_is_the_actor_before_it(monkeypatch):
    # made up; the parse hangs "supplies" on the main verb as parataxis
    text = "Japan signed a deal with Malaysia, which supplies gas to Japan."
    parse = [(1, "nsubj"), (1, "ROOT"), (3, "det"), (1, "obj"), (5, "case"), (3, "nmod"),
             (8, "punct"), (8, "nsubj"), (1, "parataxis"), (8, "obj"), (11, "case"), (8, "obl"),
             (1, "punct")]
    assert ("MYS", "SUPPLIES", "JPN") in facts_with_parse(monkeypatch, text, parse)
    off = facts_with_parse(monkeypatch, text, parse, "syntax.relative_after_name")
    assert ("MYS", "SUPPLIES", "JPN") not in off


def test_the_gerund_after_accused_of_is_done_by_the_accused(monkeypatch):
    # made up: Russia attacks, not Britain
    text = "Britain accused Russia of attacking Ukraine."
    parse = [(1, "nsubj"), (1, "ROOT"), (1, "obj"), (4, "mark"), (1, "advcl"), (4, "obj"),
             (1, "punct")]
    on = facts_with_parse(monkeypatch, text, parse)
    assert ("RUS", "ATTACKS", "UKR") in on and ("GBR", "ATTACKS", "UKR") not in on
    off = facts_with_parse(monkeypatch, text, parse, "syntax.gerund_object")
    assert ("GBR", "ATTACKS", "UKR") in off


def test_a_name_the_parse_made_a_nouns_object_is_that_nouns_name(monkeypatch):
    # made up: "longtime Hamas ally Qatar" is Qatar (a noun takes no object; Hamas only qualifies
    # it)
    text = "China signed a deal with longtime Hamas ally Qatar."
    parse = [(1, "nsubj"), (1, "ROOT"), (3, "det"), (1, "obj"), (7, "case"), (7, "amod"),
             (7, "compound"), (3, "nmod"), (7, "obj"), (1, "punct")]
    on = facts_with_parse(monkeypatch, text, parse)
    off = facts_with_parse(monkeypatch, text, parse, "syntax.name_as_object")
    assert {t for s, _, t in on if s == "CHN"} == {"QAT"}
    assert {t for s, _, t in off if s == "CHN"} == {"group:hamas"}


def test_a_possessor_before_the_noun_qualifies_the_name_after_it(monkeypatch):
    # made up: "Russia's ally Belarus" attacks, not Russia
    text = "Russia's ally Belarus attacked Ukraine."
    parse = [(2, "nmod:poss"), (0, "case"), (4, "nsubj"), (2, "appos"), (4, "ROOT"), (4, "obj"),
             (4, "punct")]
    on = facts_with_parse(monkeypatch, text, parse)
    off = facts_with_parse(monkeypatch, text, parse, "syntax.name_before_adjective")
    assert ("BLR", "ATTACKS", "UKR") in on and ("RUS", "ATTACKS", "UKR") not in on
    assert ("RUS", "ATTACKS", "UKR") in off


def test_a_cue_that_is_itself_a_victim_noun_is_no_victim_marker(monkeypatch):
    # the parse hangs "on Hezbollah targets" on the verb: "targets" read as a noun is not the
    # marker of "X is the target of Y's attack" (Hezbollah does not attack Israel)
    text = "Israel launched air strikes on Hezbollah targets in southern Lebanon."
    parse = [(1, "nsubj"), (1, "ROOT"), (3, "compound"), (1, "obj"), (6, "case"),
             (6, "compound"), (1, "obl"), (9, "case"), (9, "amod"), (6, "nmod"), (1, "punct")]
    assert facts_with_parse(monkeypatch, text, parse) == {("ISR", "ATTACKS", "group:hezbollah")}


def test_to_before_a_verb_cue_is_its_infinitive_marker_whatever_its_label(monkeypatch):
    # made up; the parse labels "to" case, as if "isolate" were a noun
    text = "Britain has sought to isolate Russia."
    parse = [(2, "nsubj"), (2, "aux"), (2, "ROOT"), (4, "case"), (2, "obl"), (4, "obj"),
             (2, "punct")]
    assert ("GBR", "SANCTIONS", "RUS") in facts_with_parse(monkeypatch, text, parse)
    # read as the verb it is: the same triples, confidence included, as with the nominal-cue
    # rule off
    from geopolgraph.loaders.extract import extract_triples, rules
    from geopolgraph.model import Article

    def read() -> list[tuple[str, str, str, float]]:
        art = Article(id="t", text=text, lang="en")
        return [(t.source, t.relation, t.target, t.confidence) for t in extract_triples(art)]

    verb = read()
    with rules.disabled("active.nominal_cue"):
        assert read() == verb
