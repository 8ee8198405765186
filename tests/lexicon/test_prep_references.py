"""A reference opened by a target preposition ("Prancis menghentikan bantuan ke negara itu",
"Israel's attacks on the country") is the act's target, resolved as an object reference is:
the last actor of that kind named before, not the act's own doer (rule ref.prep_kind), over
every verb pattern with an object word and every one-word noun cue of the lexicon, in made-up
two-sentence texts."""

from __future__ import annotations

import pytest
from made_up import any_gives, facts

RULE = "ref.prep_kind"
PREPS = {"id": ("terhadap", "kepada", "ke"), "en": ("on", "to", "against")}
FIRST = {"id": "Korea Utara dilanda banjir.", "en": "North Korea held a parade."}
TEMPLATES = {
    # a verb pattern with its object word ("menghentikan bantuan", "imposed sanctions")
    ("id", False): "China {cue} {prep} negara tersebut.",
    ("en", False): "China {cue} {prep} the country.",
    # a one-word noun cue with its owner ("serangan China", "China's attacks")
    ("id", True): "{Cue} China {prep} negara tersebut terus berlanjut.",
    ("en", True): "China's {cue} {prep} the country continued.",
}


def _cues(lex, lang: str, noun: bool, every: int) -> list:
    preps = set(lex.grammar[lang]["target_preps"])
    found = {p.text: p for p in lex.relations[lang] if (p.frame == "noun") == noun
             and "…" not in p.tokens and p.relation != "NONE"
             and (len(p.tokens) == 1) == noun and p.tokens[-1] not in preps}
    return [found[k] for k in sorted(found)][::every]


@pytest.mark.parametrize(("lang", "noun", "every", "least"), [
    ("id", False, 1, 150), ("id", True, 1, 100), ("en", False, 6, 300), ("en", True, 1, 70),
])
def test_a_reference_in_a_target_phrase_is_the_target(lang, noun, every, least):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    cues = _cues(lex, lang, noun, every)
    assert len(cues) >= least
    template = TEMPLATES[lang, noun]

    def found() -> int:
        return sum(any_gives(lex, lang, [
            f"{FIRST[lang]} " + template.format(cue=c.text, Cue=c.text.capitalize(), prep=q)
            for q in PREPS[lang]], ("CHN", c.relation, "PRK")) for c in cues)

    assert found() >= 0.75 * len(cues)
    with rules.disabled(RULE):
        # the phrases of voicing concern or an objection ("menyatakan keprihatinan/keberatan
        # kepada …"), of summoning an envoy, apologising or mediating reach it another way
        assert found() <= 0.15 * len(cues)


def test_another_actor_of_the_kind_before_it_leaves_it_unread():
    """"AS mengecam serangan Israel terhadap negara itu": the US or Lebanon? Not read as the US."""
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    got = facts(lex, "id", "Lebanon dilanda krisis. AS mengecam serangan Israel terhadap negara "
                "itu.")
    assert ("USA", "CRITICIZES", "ISR") in got
    assert not any(r == "ATTACKS" for _, r, _ in got)
    got = facts(lex, "id", "Lebanon dilanda krisis. Serangan Israel terhadap negara itu berlanjut.")
    assert got == {("ISR", "ATTACKS", "LBN")}


def test_both_sides_in_a_target_phrase_are_the_last_two_parties():
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    got = facts(lex, "id", "Thailand dan Kamboja bertempur di perbatasan. China mengirim bantuan "
                "kepada kedua negara.")
    assert {("CHN", "SUPPLIES", "THA"), ("CHN", "SUPPLIES", "KHM")} <= got
