"""An infinitive cue verb the parser reads as a modifier of the noun after it ("Japan agreed to
back/advmod X's bid") is done by the subject of the verb governing that noun (rule
misparse.infinitive_controller): of the one-word state names whose sentence gives no JPN
SUPPORTS X without the rule, most give it with the rule, in made-up sentences."""

from __future__ import annotations

from made_up import facts, one_word_states


def test_the_governing_verbs_subject_does_a_misread_infinitive():
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    template = "Japan agreed to back {state}'s bid to join NATO."

    def found(code: str, name: str) -> bool:
        return ("JPN", "SUPPORTS", code) in facts(lex, "en", template.format(state=name))

    states = one_word_states(lex, "JPN")
    with rules.disabled("misparse.infinitive_controller"):
        missed = [(code, name) for code, name in states if not found(code, name)]
    assert len(missed) >= 10  # the parser reads "back" as an adverb for these names
    # (others the parser misreads otherwise: "back/xcomp … bid/ccomp-of-agreed")
    assert sum(found(code, name) for code, name in missed) >= 0.3 * len(missed)
