"""A measure on goods is aimed at the state the goods come from, where Indonesian says it with
bare modifiers ("AS menaikkan tarif impor barang China") or a "dari" phrase beside the goods
word ("larangan impor dari Jepang"): rule syntax.goods_chain, relations.tsv goods_target,
grammar origin_nouns; over every Indonesian SANCTIONS noun cue, in made-up sentences. The
goods' origin is never the measure's doer (not "China's tariff")."""

from __future__ import annotations

import pytest
from made_up import facts


@pytest.mark.parametrize("template", [
    "AS menaikkan {noun} impor barang China.",
    "AS memberlakukan {noun} impor barang China.",
    "AS memberlakukan {noun} impor dari China.",
    "AS mencabut {noun} impor dari China.",
])
def test_a_measure_on_goods_targets_their_origin(template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    nouns = sorted({p.text for p in lex.relations["id"] if p.frame == "noun"
                    and p.relation == "SANCTIONS" and not {"impor", "ekspor"} & set(p.tokens)})
    assert len(nouns) >= 6

    def aimed() -> int:
        return sum(("USA", "SANCTIONS", "CHN") in facts(lex, "id", template.format(noun=n))
                   for n in nouns)

    assert aimed() >= 0.85 * len(nouns)
    for n in nouns:
        assert not any(s == "CHN" for s, _, _ in facts(lex, "id", template.format(noun=n)))
    with rules.disabled("syntax.goods_chain"):
        assert aimed() <= 0.4 * len(nouns)


def test_bea_masuk_is_a_tariff():
    from geopolgraph.loaders.lexicons import load_lexicon

    assert ("USA", "SANCTIONS", "CHN") in facts(load_lexicon(), "id", "AS mengenakan bea masuk "
                                                                      "terhadap baja China.")
