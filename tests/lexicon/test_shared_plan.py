"""A verb cue coordinated with a planned verb shares its plan word ("Japan will send troops and
conduct drills", rule mod.shared_plan), over every one-word active cue in made-up sentences
where the plan word is too far back for the words before the cue to show it."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("lang", "template", "prefix"), [
    ("en", "Russia will meet China in Beijing next week and {verb} Ukraine.", ""),
    ("id", "Rusia akan bertemu China di Beijing pekan depan dan {verb} Ukraina.", "me"),
])
def test_a_verb_coordinated_with_a_planned_one_is_planned(lang, template, prefix):
    from geopolgraph.loaders.extract import extract_triples, rules
    from geopolgraph.loaders.lexicons import load_lexicon
    from geopolgraph.model import Article

    lex = load_lexicon()
    # English base forms (no -s, -ed, -ing, -en), Indonesian meN- verbs
    verbs = [p.text for p in lex.relations[lang] if p.frame == "active" and len(p.tokens) == 1
             and p.text.startswith(prefix) and not (lang == "en" and p.text.endswith(
                 ("s", "ed", "ing", "en")))]

    def modes() -> list[set[str]]:
        found = [{t.modality for t in extract_triples(Article(
            id="x", text=template.format(verb=v), lang=lang), lex) if t.target == "UKR"}
                 for v in verbs]
        return [m for m in found if m]

    read = modes()
    assert len(read) >= 100
    assert sum("planned" in m for m in read) / len(read) >= 0.9
    with rules.disabled("mod.shared_plan"):
        assert not any("planned" in m for m in modes())


def test_a_past_form_keeps_its_own_time():
    from geopolgraph.loaders.extract import extract_triples
    from geopolgraph.loaders.lexicons import load_lexicon
    from geopolgraph.model import Article

    text = ("Japan will send troops to the Philippines and conducted drills with Australia "
            "last week.")
    found = {t.target: t.modality for t in extract_triples(Article(id="x", text=text,
                                                                    lang="en"), load_lexicon())}
    assert found == {"PHL": "planned", "AUS": "asserted"}
