"""A subject pronoun before any person the sentence names continues the person it stands for
(rule ref.pronoun_chain: "Lavrov arrived in Pyongyang. During the visit, he met Kim Jong Un. He
also criticised Japan" is RUS CRITICIZES JPN, not PRK), over every one-word state name, in
made-up articles."""

from __future__ import annotations

import pytest
from made_up import facts, one_word_states


def _count(lang: str, template: str, relation: str, target: str, wrong: str) -> tuple[int, int]:
    """Over every state: how often its minister, and how often ``wrong``, does ``relation`` to
    ``target``."""
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    right = mistaken = 0
    for code, name in one_word_states(lex, target, wrong):
        got = facts(lex, lang, template.format(state=name))
        right += (code, relation, target) in got
        mistaken += (wrong, relation, target) in got
    return right, mistaken


@pytest.mark.parametrize(("lang", "template", "relation", "target", "wrong"), [
    ("en", "The foreign minister of {state} arrived in Pyongyang on Tuesday. During the visit, "
     "he met Kim Jong Un. He also criticised Japan.", "CRITICIZES", "JPN", "PRK"),
    ("en", "The president of {state} flew to Beijing. There she met Xi Jinping. She later "
     "praised India.", "PRAISES", "IND", "CHN"),
    ("id", "Menteri Luar Negeri {state} tiba di Pyongyang pada Selasa. Dalam kunjungan "
     "tersebut, ia bertemu dengan Kim Jong Un. Dia juga mengkritik Jepang.", "CRITICIZES", "JPN",
     "PRK"),
    ("id", "Presiden {state} tiba di Beijing. Di sana beliau bertemu Xi Jinping. Ia kemudian "
     "memuji India.", "PRAISES", "IND", "CHN"),
])
def test_a_subject_pronoun_keeps_the_person_it_stands_for(lang, template, relation, target,
                                                          wrong):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    n = len(one_word_states(load_lexicon(), target, wrong))
    right, mistaken = _count(lang, template, relation, target, wrong)
    assert right >= 0.9 * n and mistaken <= 0.05 * n
    with rules.disabled("ref.pronoun_chain"):
        right, mistaken = _count(lang, template, relation, target, wrong)
    assert mistaken >= 0.9 * n
