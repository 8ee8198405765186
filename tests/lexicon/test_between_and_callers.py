"""Two readings of a phrase the parse hangs apart, over the lexicon, in made-up sentences:

- a "between" phrase on an act noun names its parties, which a cue aimed at a doer (mediating,
  condemning) is aimed at ("Qatar menengahi perundingan antara Israel dan Hamas": QAT MEDIATES
  ISR; rule syntax.between_doers, over every one-word noun cue of a reciprocal relation);
- the dari phrase the parse hangs on the verb of "menerima telepon" names the caller
  ("Presiden Prabowo menerima telepon dari Presiden Prancis": FRA CONSULTS IDN; rule
  receive.caller_on_verb, over every state of the lexicon).
"""

from __future__ import annotations

import pytest
from made_up import facts


def _lex():
    from geopolgraph.loaders.lexicons import load_lexicon

    return load_lexicon()


@pytest.mark.parametrize("verb", ["menengahi", "memediasi", "mengecam"])
def test_a_between_phrase_names_the_act_s_parties(verb):
    from geopolgraph.loaders.extract import rules

    lex = _lex()
    nouns = sorted({p.text for p in lex.relations["id"] if p.frame == "noun"
                    and len(p.tokens) == 1 and lex.props(p.relation).reciprocal})
    assert len(nouns) > 30

    def found() -> int:
        return sum(any(s == "QAT" and t == "ISR" for s, _, t in facts(
            lex, "id", f"Qatar {verb} {n} antara Israel dan Hamas.")) for n in nouns)

    assert found() >= 0.9 * len(nouns)
    with rules.disabled("syntax.between_doers"):
        assert found() <= 0.4 * len(nouns)


def test_a_call_received_from_a_president():
    from geopolgraph.loaders.extract import rules

    lex = _lex()
    states = [(i, a.name) for i, a in lex.actors.items() if a.kind == "state" and i != "IDN"]
    assert len(states) > 150

    def found() -> int:
        return sum((i, "CONSULTS", "IDN") in facts(
            lex, "id", f"Presiden Prabowo menerima telepon dari Presiden {name}.")
            for i, name in states)

    assert found() >= 0.9 * len(states)
    with rules.disabled("receive.caller_on_verb"):
        assert found() <= 0.1 * len(states)
