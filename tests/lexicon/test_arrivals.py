"""What arrives somewhere went there: a noun cue that may go to a place (relations.tsv
place_target), the subject of an arrival verb (grammar arrival_verbs), goes where the verb says
("Aid from Japan arrived in Gaza": JPN SUPPLIES PSE; rule noun.arrived), over every one-word noun
cue of such a relation in made-up sentences, and the actor inside that subject does not arrive
itself (rule active.subject_phrase; nor does the subject, an act or goods, visit: rule
cue.thing_travels)."""

from __future__ import annotations

import pytest
from made_up import act_noun, facts


@pytest.mark.parametrize(("lang", "template", "verbs"), [
    ("en", "{Noun} from Japan {verb} in Gaza on Monday.", ("arrived",)),
    ("id", "{Noun} dari Jepang {verb} di Gaza pada Senin.", ("tiba",)),
])
def test_what_arrives_went_there(lang, template, verbs):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    nouns = [p.text for p in lex.relations[lang] if act_noun(lex, p) and len(p.tokens) == 1
             and p.relation == "SUPPLIES"]
    assert len(nouns) >= 3

    def found() -> list[set[tuple[str, str, str]]]:
        return [facts(lex, lang, template.format(Noun=n.capitalize(), verb=v))
                for n in nouns for v in verbs]

    read = found()
    assert sum(("JPN", "SUPPLIES", "PSE") in f for f in read) / len(read) >= 0.6
    assert not any(("JPN", "VISITS", "PSE") in f for f in read)
    with rules.disabled("noun.arrived"):
        assert not any(("JPN", "SUPPLIES", "PSE") in f for f in found())
    # a noun cue as the subject of a visit is no visit either (cue.thing_travels)
    with rules.disabled("active.subject_phrase", "cue.thing_travels"):
        assert any(("JPN", "VISITS", "PSE") in f for f in found())
