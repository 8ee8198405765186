"""An apposition the parse hangs on an act noun belongs to the person the act hit, not to the
act: "Iran condemned the killing of Ismail Haniyeh, the political leader of Hamas" is not aimed
at Hamas (rule syntax.act_apposition), over every one-word English noun cue, in made-up
sentences."""

from __future__ import annotations

from made_up import facts

TEXT = "Iran condemned the {noun} of Ismail Haniyeh, the political leader of Hamas."


def test_an_acts_apposition_names_no_doer():
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    from geopolgraph.loaders.extract.lang import language

    roles = language(lex, "en").role_nouns  # "the backer of …" names a doer, not an act
    nouns = sorted({p.text for p in lex.relations["en"] if p.frame == "noun"
                    and len(p.tokens) == 1 and p.text not in roles})
    assert len(nouns) >= 50

    def aimed_at_hamas() -> int:
        return sum(any(s == "IRN" and t == "group:hamas" for s, _, t in facts(
            lex, "en", TEXT.format(noun=n), "2024-05-01")) for n in nouns)

    assert aimed_at_hamas() <= 0.1 * len(nouns)
    with rules.disabled("syntax.act_apposition"):
        assert aimed_at_hamas() >= 0.4 * len(nouns)
