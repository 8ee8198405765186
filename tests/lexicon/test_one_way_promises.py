"""A promise is made to somebody: a coordinated subject of one does not agree with each other
("The US and South Korea vowed to retaliate …", "Jepang dan Filipina berjanji memperkuat …";
rule cue.one_way_promise, grammar promise_words), as one of agreeing does, unless what they
promise is done together ("vowed to stand together", "berjanji bekerja sama", "berjanji
saling membantu"); and "sejak" opens a clause with its own subject as "since" does (grammar
subordinators), over every one-word state name, in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import STATE, count_states, mutual_count, one_word_states


@pytest.mark.parametrize(("lang", "template", "other"), [
    ("en", "The US and {state} vowed to retaliate against any provocation by North Korea.",
     "USA"),
    ("id", "Jepang dan {state} berjanji memperkuat kerja sama pertahanan.", "JPN"),
])
def test_a_promise_is_no_agreement_with_each_other(lang, template, other):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, other))
    assert mutual_count(lex, lang, template, "AGREES", other) <= 0.05 * n
    with rules.disabled("cue.one_way_promise"):
        assert mutual_count(lex, lang, template, "AGREES", other) >= 0.8 * n


@pytest.mark.parametrize(("lang", "template"), [
    ("en", "Russia and {state} vowed to stand together against the West."),
    ("en", "Russia and {state} agreed to deepen defence cooperation."),
    ("id", "Rusia dan {state} berjanji bekerja sama melawan Barat."),
    ("id", "Rusia dan {state} berjanji saling membantu jika diserang."),
])
def test_a_promise_to_act_together_is_mutual(lang, template):
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "RUS"))
    assert mutual_count(lex, lang, template, "AGREES", "RUS") >= 0.85 * n


def test_since_opens_a_clause():
    from dataclasses import replace

    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "UKR"))
    template = "Hubungan kedua negara memburuk sejak {state} menginvasi Ukraina."
    fact = (STATE, "ATTACKS", "UKR")
    assert count_states(lex, "id", template, fact) >= 0.85 * n
    grammar = {**lex.grammar, "id": {**lex.grammar["id"], "subordinators": [
        w for w in lex.grammar["id"]["subordinators"] if w != "sejak"]}}
    assert count_states(replace(lex, grammar=grammar, derived={}), "id", template, fact) <= (
        0.7 * n)
