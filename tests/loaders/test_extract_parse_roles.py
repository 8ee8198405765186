"""Roles read from the dependency parse alone (token distance off): general rules over its
relations that find what only the nearest actor by token distance used to find. The sentences
are made up; where a rule's trigger is a parser error, the parse is given (parsekit)."""

import pytest

from geopolgraph.loaders.extract import extract_triples, rules
from geopolgraph.model import Article
from tests.loaders.parsekit import facts_with_parse


def parse_only(text: str, off: str = "", lang: str = "en") -> set[tuple[str, str, str]]:
    art = Article(id="t", text=text, lang=lang, published="2024-01-10")
    with rules.disabled(*([off] if off else [])):
        return {(t.source, t.relation, t.target) for t in extract_triples(art) if not t.negated}


@pytest.mark.parametrize(("text", "rule", "fact"), [
    # the object "suppliers" is no actor; its "including" phrase names one
    ("Chile is in talks with several arms suppliers, including France.", "syntax.inclusive",
     ("CHL", "CONSULTS", "FRA")),
    # "it" of the clause "said" reports is Chile, whom "planned to send" is controlled by
    ("Chile said it planned to send aid to Peru.", "syntax.reported_it",
     ("CHL", "SUPPLIES", "PER")),
    # "to help" hangs on "decision", no actor: the subject of "made" decided
    # (a noun that is a verb's object, "made a decision to help Peru", is syntax.statement_author's
    # too: its verb's subject speaks through it)
    ("Chile said it was time to help Peru.", "syntax.infinitive_noun", ("CHL", "SUPPLIES", "PER")),
    # "threatened" is the complement of "remains", whose subject is its own
    ("Peru remains threatened by Chile.", "passive.complement", ("CHL", "THREATENS", "PER")),
    # the subject "coalition" is no actor; France leads it
    ("A coalition led by France sent troops to Mali.", "syntax.led_by",
     ("FRA", "MOBILIZES", "MLI")),
    # "from Peru" of a verb of leaving is whom Chile yields to
    ("Chile withdrew its troops from Peru.", "syntax.departure", ("CHL", "YIELDS", "PER")),
])
def test_a_parse_rule_finds_the_role_without_token_distance(text, rule, fact):
    assert fact in parse_only(text)
    assert fact not in parse_only(text, rule)


def test_a_reported_it_is_no_pronoun_further_down():
    # "it" is the subject of a clause under "if", not of the clause "said" reports
    text = "Chile said Peru would leave the pact if it attacked Bolivia."
    assert ("CHL", "ATTACKS", "BOL") not in parse_only(text)


def test_a_verb_cue_parsed_as_a_modifier_of_the_noun_after_it_takes_that_noun_as_object(
        monkeypatch):
    text = "Chile appreciates Peru’s role as a mediator."
    parse = [(4, "nsubj"), (4, "amod"), (4, "nmod:poss"), (2, "case"), (4, "root"), (7, "case"),
             (7, "det"), (4, "nmod"), (4, "punct")]
    assert facts_with_parse(monkeypatch, text, parse) == {("CHL", "PRAISES", "PER")}
    assert facts_with_parse(monkeypatch, text, parse, "parse.modifier_verb_object") == set()


def test_the_object_parsed_as_the_reporting_verbs_subject_before_a_comma(monkeypatch):
    text = "Chile also met Peru’s President Dina Boluarte, the ministry said."
    parse = [(2, "nsubj"), (2, "advmod"), (11, "ccomp"), (6, "nmod:poss"), (3, "case"),
             (6, "compound"), (7, "nmod:desc"), (11, "nsubj"), (7, "punct"), (10, "det"),
             (11, "nsubj"), (11, "root"), (11, "punct")]
    assert facts_with_parse(monkeypatch, text, parse) == {("CHL", "MEETS", "PER")}
    assert facts_with_parse(monkeypatch, text, parse,
                            "parse.subject_after_objectless") == set()


def test_the_reporting_verbs_subject_after_a_comma_stays_its_subject(monkeypatch):
    # "…, Peru's ministry said": after the comma Peru speaks; it is not whom Chile met
    text = "Chile met the rebels, Peru’s ministry said."
    parse = [(1, "nsubj"), (8, "ccomp"), (3, "det"), (1, "obj"), (8, "punct"), (7, "nmod:poss"),
             (5, "case"), (8, "nsubj"), (8, "root"), (8, "punct")]
    assert ("CHL", "MEETS", "PER") not in facts_with_parse(monkeypatch, text, parse)


@pytest.mark.parametrize("rule", ["parse.stranded_object", "syntax.purpose_oblique"])
def test_an_infinitive_parsed_as_an_oblique_with_its_object_stranded(monkeypatch, rule):
    # "to/case isolate/obl": controlled by "sought"'s subject; "Mr/conj Milei": its object
    text = "Chile sought to isolate Mr Milei since Peru invaded Bolivia."
    parse = [(1, "nsubj"), (1, "root"), (3, "case"), (1, "obl"), (1, "conj"), (4, "flat"),
             (8, "mark"), (8, "nsubj"), (1, "advcl"), (8, "obj"), (1, "punct")]
    assert ("CHL", "SANCTIONS", "ARG") in facts_with_parse(monkeypatch, text, parse)
    assert ("CHL", "SANCTIONS", "ARG") not in facts_with_parse(monkeypatch, text, parse, rule)


@pytest.mark.parametrize(("text", "rule", "fact"), [
    # the monitors' body is the UN; what they state names North Korea
    ("Pemantau sanksi PBB mengatakan bahwa rudal itu berasal dari Korea Utara.", "agent.parsed",
     ("UN", "MONITORS", "PRK")),
    # the aid named back was given by the passive's agent, to the other party named
    ("Iran akan mendapat imbalan atas bantuan senjata yang diberikan oleh Kim Jong Un.",
     "passive.parsed_giver", ("PRK", "SUPPLIES", "IRN")),
    # "dalam perang melawan": a cue opened by a preposition is a noun; "menggunakan" gives
    # its subject (Peru, whom "menuduh" controls)
    ("Chile menuduh Peru menggunakan rudal dalam perang melawan Bolivia.", "parse.cased_cue",
     ("PER", "ATTACKS", "BOL")),
])
def test_an_indonesian_parse_rule_finds_the_role_without_token_distance(text, rule, fact):
    assert fact in parse_only(text, lang="id")
    assert fact not in parse_only(text, rule, lang="id")


def test_a_target_phrase_after_the_nouns_owner_hung_higher_up_is_the_nouns(monkeypatch):
    # "terhadap Irak" right after the owner "Iran", hung by the parse on "kerja"
    text = "Jepang memperkuat kerja sama terhadap provokasi Iran terhadap Irak."
    parse = [(1, "nsubj"), (1, "root"), (1, "obj"), (2, "amod"), (5, "case"), (2, "nmod"),
             (5, "nmod"), (8, "case"), (2, "nmod"), (1, "punct")]
    found = facts_with_parse(monkeypatch, text, parse, lang="id")
    assert ("IRN", "PROVOKES", "IRQ") in found
    found = facts_with_parse(monkeypatch, text, parse, "noun.ancestor_pp", lang="id")
    assert ("IRN", "PROVOKES", "IRQ") not in found


_BACKED = [(5, "det"), (3, "compound"), (3, "punct"), (5, "amod"), (5, "compound"), (6, "nsubj"),
           (6, "root"), (6, "obj"), (6, "punct")]


def test_a_participle_cue_qualifying_a_noun_is_the_act_of_the_actor_under_it(monkeypatch):
    text = "The Chilean-backed Hezbollah group struck Peru."
    found = facts_with_parse(monkeypatch, text, _BACKED)
    assert found == {("CHL", "SUPPORTS", "group:hezbollah"),
                     ("group:hezbollah", "ATTACKS", "PER")}
    found = facts_with_parse(monkeypatch, text, _BACKED, "parse.participle_modifier")
    assert ("CHL", "SUPPORTS", "group:hezbollah") not in found


def test_the_backer_under_a_participle_is_not_the_nouns_name(monkeypatch):
    text = "The Chilean-backed Hezbollah group struck Peru."
    assert ("CHL", "ATTACKS", "PER") not in facts_with_parse(monkeypatch, text, _BACKED)
    found = facts_with_parse(monkeypatch, text, _BACKED, "syntax.backer_no_name")
    assert ("CHL", "ATTACKS", "PER") in found


def test_an_actor_in_a_gapped_cue_hung_on_its_word_is_its_object(monkeypatch):
    # "offer Peru/nsubj help/obj": the name in the gap of the cue "offer … help"
    text = "Chile said the US could offer Peru help to diversify."
    parse = [(1, "nsubj"), (1, "root"), (3, "det"), (5, "nsubj"), (5, "aux"), (1, "ccomp"),
             (7, "nsubj"), (5, "obj"), (9, "mark"), (7, "xcomp"), (1, "punct")]
    assert ("USA", "SUPPLIES", "PER") in facts_with_parse(monkeypatch, text, parse)
    found = facts_with_parse(monkeypatch, text, parse, "parse.gap_object")
    assert ("USA", "SUPPLIES", "PER") not in found


def test_a_noun_cue_that_is_a_verbs_subject_takes_no_opening_pair_as_its_parties():
    # the war that broke out is not one between the two states of the border named first
    text = "Ketegangan di perbatasan Chile-Peru meningkat sejak pecahnya perang di Gaza."
    assert parse_only(text, lang="id") == set()
    assert ("CHL", "ATTACKS", "PER") in parse_only(text, "parse.subject_noun_cue", lang="id")
