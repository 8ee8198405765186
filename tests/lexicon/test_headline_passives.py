"""A headline's passive without its auxiliary ("Russia accused of attacking Ukraine") names
the accused, not an accuser (rule passive.headline_participle, grammar
``object_first_participles``), over every participle of that list in made-up headlines."""

from __future__ import annotations

from made_up import facts

_TEMPLATES = ("Russia {verb} {mark} attacking Ukraine", "Russia {verb} {mark} attack on Ukraine",
              "Russia {verb} {mark} talks with Ukraine over grain deal")


def _wrong(lex) -> list[str]:
    """The made-up headlines that make Russia the doer of the participle's own relation."""
    from geopolgraph.loaders.extract.lang import language

    lang = language(lex, "en")
    relation = {p.text: p.relation for p in lex.relations["en"]
                if p.frame == "active" and len(p.tokens) == 1}
    wrong = []
    for verb in sorted(lang.object_first_participles):
        mark = ("from" if verb in ("banned", "barred", "expelled", "excluded")
                else "of" if verb in ("accused", "suspected", "convicted") else "for")
        for template in _TEMPLATES:
            text = template.format(verb=verb, mark=mark)
            if ("RUS", relation.get(verb), "UKR") in facts(lex, "en", text):
                wrong.append(text)
    return wrong


def test_a_headline_participle_before_its_mark_is_a_passive():
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    assert _wrong(lex) == []
    with rules.disabled("passive.headline_participle"):
        assert len(_wrong(lex)) >= 2  # "Russia accused of attack on Ukraine"
    # "Russia condemned for attack on Ukraine": read as active, a reason phrase naming another
    # act is no way down to the target either (syntax.cause_act)
    with rules.disabled("passive.headline_participle", "syntax.cause_act"):
        assert len(_wrong(lex)) >= 20


def test_the_active_verb_with_its_object_is_unchanged():
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    assert ("RUS", "ACCUSES", "UKR") in facts(
        lex, "en", "Russia accused Ukraine of attacking a hospital.")
    assert ("RUS", "CRITICIZES", "UKR") in facts(
        lex, "en", "Russia criticised Ukraine for its attack on Crimea.")
