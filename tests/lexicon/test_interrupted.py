"""A subject cut off from its verb by a comma-enclosed relative clause or apposition ("Russia,
which borders China, praised Japan"; rule syntax.interrupted_subject), over every verb cue of
the lexicon in made-up news sentences."""

from __future__ import annotations

import pytest
from made_up import facts


def _facts(lex, lang: str, text: str) -> set[tuple[str, str, str]]:
    return facts(lex, lang, text, "2024-06-01")


def _verbs(lex, lang: str) -> dict[str, str]:
    """One-word past-tense (English) or meN- (Indonesian) verb cues with a target."""
    return {p.text: p.relation for p in lex.relations[lang] if p.frame == "active"
            and len(p.tokens) == 1 and p.relation not in ("NONE", "MOBILIZES", "MEDIATES")
            and (p.text.endswith("ed") if lang == "en" else p.text.startswith("me"))
            and p.text not in lex.grammar[lang]["topic_verbs"]}  # the object is a topic


def _share(lex, lang: str, template: str, verbs: dict[str, str]) -> float:
    return sum(("RUS", r, "UKR") in _facts(lex, lang, template.format(verb=v))
               for v, r in verbs.items()) / len(verbs)


@pytest.mark.parametrize(("lang", "template"), [
    ("en", "Russia, which is a member of the group, {verb} Ukraine."),
    ("en", "Russia, which has long opposed the plan, {verb} Ukraine."),
    ("en", "Russia, a close ally of Serbia, {verb} Ukraine."),
    ("en", "Russian President Vladimir Putin, who is on a visit to Beijing, {verb} Ukraine."),
    ("id", "Rusia, yang merupakan anggota kelompok itu, {verb} Ukraina."),
    ("id", "Rusia, sekutu dekat Serbia, {verb} Ukraina."),
    ("id", "Rusia, yang telah lama menentang rencana itu, {verb} Ukraina."),
])
def test_a_verb_after_an_interruption_has_the_actor_before_it_as_subject(lang, template):
    """Each template filled with every verb cue (about 400 English, 140 Indonesian): the parse
    often makes the verb a modifier or a clause of the interruption; at least 93 % give
    Russia's act on Ukraine, far fewer with the rule off."""
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    verbs = _verbs(lex, lang)
    assert len(verbs) > 100
    on = _share(lex, lang, template, verbs)
    with rules.disabled("syntax.interrupted_subject"):
        off = _share(lex, lang, template, verbs)
    assert on >= 0.93 and off < on - 0.08


def test_a_plan_word_of_a_relative_clause_does_not_make_the_main_act_planned():
    """'Rusia, yang telah lama menentang rencana itu, <verb> Ukraina.': "rencana" (plan)
    belongs to the relative clause; a planned force act would be read as a threat
    (mod.planned_clause keeps the plan word in its own clause, mod.planned_subject in the
    subject phrase)."""
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    force = {v: r for v, r in _verbs(lex, "id").items() if r in ("ATTACKS", "COERCES")}
    assert len(force) > 30
    template = "Rusia, yang telah lama menentang rencana itu, {verb} Ukraina."

    def threats() -> int:
        return sum(("RUS", "THREATENS", "UKR") in _facts(lex, "id", template.format(verb=v))
                   for v in force)

    assert threats() == 0
    # the relative clause is also inside the subject phrase (mod.planned_subject)
    with rules.disabled("mod.planned_clause", "mod.planned_subject"):
        assert threats() > len(force) // 2


def test_the_verbs_object_is_no_second_party_of_the_interruption():
    """'Putin, who is on a visit to Beijing, <verb> Ukraine.': the parse may make Ukraine a
    conjunct of Beijing, so the visit went to both; a conjunct right after a cue is that cue's
    object (syntax.conj_after_cue)."""
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    verbs = {v: r for v, r in _verbs(lex, "en").items() if r != "VISITS"}
    template = "Russian President Vladimir Putin, who is on a visit to Beijing, {verb} Ukraine."

    def wrong_visits() -> int:
        return sum(("RUS", "VISITS", "UKR") in _facts(lex, "en", template.format(verb=v))
                   for v in verbs)

    assert wrong_visits() == 0
    with rules.disabled("syntax.conj_after_cue"):
        assert wrong_visits() > len(verbs) // 3


@pytest.mark.parametrize(("lang", "template"), [
    ("en", "Russia, along with Belarus, {verb} Ukraine."),
    ("id", "Rusia, bersama Belarus, {verb} Ukraina."),
])
def test_who_acts_along_with_the_subject_acts_too(lang, template):
    """Every verb cue: the state named in a comma-enclosed 'along with'/'bersama' phrase acts
    with the subject (syntax.comitative); with the rule off only the subject does in English
    (the Indonesian parse often coordinates "bersama" itself)."""
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    verbs = _verbs(lex, lang)

    def both() -> float:
        return sum({("RUS", r, "UKR"), ("BLR", r, "UKR")} <= _facts(
            lex, lang, template.format(verb=v)) for v, r in verbs.items()) / len(verbs)

    assert both() >= 0.9
    if lang == "en":
        with rules.disabled("syntax.comitative"):
            assert both() == 0.0


@pytest.mark.parametrize("template", [
    "Menteri Luar Negeri Rusia, Sergei Lavrov, {verb} Ukraina.",
    "Juru bicara Kementerian Luar Negeri Rusia, Maria Zakharova, {verb} Ukraina.",
    "Presiden Rusia, Vladimir Putin, {verb} Ukraina.",
])
def test_a_title_and_name_in_commas_before_the_verb_are_its_subject(template):
    """A titled name in commas ("Menteri Luar Negeri Rusia, Sergei Lavrov, …"; rule
    syntax.titled_apposition), over every Indonesian meN- verb cue: at least 97 % give
    Russia's act on Ukraine; with the rule off about a fifth do not."""
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    verbs = _verbs(lex, "id")
    assert _share(lex, "id", template, verbs) >= 0.97
    with rules.disabled("syntax.titled_apposition"):
        assert _share(lex, "id", template, verbs) <= 0.85
