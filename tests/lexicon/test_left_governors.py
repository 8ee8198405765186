"""A verb the parse coordinates with a noun that is no object ("Jepang meminta semua pihak
menahan diri dan mendesak/conj-of-pihak X …") takes the subject of the nearest verb above that
noun standing before it (rule syntax.left_governor): of the one-word state names whose
sentence gives no JPN APPEALS X without the rule, nearly all give it with the rule, in
made-up sentences."""

from __future__ import annotations

from made_up import facts, one_word_states


def test_a_verb_coordinated_with_a_noun_takes_the_governing_subject():
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    template = "Jepang meminta semua pihak menahan diri dan mendesak {state} segera bertindak."

    def found(code: str, name: str) -> bool:
        return ("JPN", "APPEALS", code) in facts(lex, "id", template.format(state=name))

    states = one_word_states(lex, "JPN")
    with rules.disabled("syntax.left_governor"):
        missed = [(code, name) for code, name in states if not found(code, name)]
    assert len(missed) >= 10  # the parser hangs "mendesak" on "pihak" for these names
    assert sum(found(code, name) for code, name in missed) >= 0.9 * len(missed)
