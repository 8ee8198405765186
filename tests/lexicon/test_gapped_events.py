"""The act a gapped cue names back stands in the cue's gap ("Jepang menyebut peluncuran
tersebut provokatif", "Japan called the launch a provocation"): its doer is the target, as
after a contiguous cue (rule ref.gapped_event), over every one-gap pattern of the two lexicons
whose relation aims at the doer of the act it names, in made-up two-sentence texts."""

from __future__ import annotations

import pytest
from made_up import facts

RULE = "ref.gapped_event"
TEXT = {"id": "Korea Utara meluncurkan rudal balistik. Jepang {a} peluncuran tersebut {b}.",
        "en": "North Korea fired a missile. Japan {a} the launch {b}."}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_act_named_in_the_gap_is_aimed_at_its_doer(lang):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import GAP, load_lexicon

    lex = load_lexicon()
    patterns = sorted({p.text: p for p in lex.relations[lang] if p.frame == "active"
                       and p.tokens.count(GAP) == 1 and lex.props(p.relation).aimed_at_doer
                       and (p.tokens[0].startswith("me") if lang == "id"
                            else p.tokens[0].endswith("ed"))}.values(),
                      key=lambda p: p.text)[:: 3 if lang == "en" else 1]
    assert len(patterns) > 30

    def found() -> int:
        return sum(("JPN", p.relation, "PRK") in facts(lex, lang, TEXT[lang].format(
            a=" ".join(p.tokens[: p.tokens.index(GAP)]),
            b=" ".join(p.tokens[p.tokens.index(GAP) + 1 :]))) for p in patterns)

    assert found() >= 0.6 * len(patterns)
    with rules.disabled(RULE):
        assert found() <= 0.1 * len(patterns)
