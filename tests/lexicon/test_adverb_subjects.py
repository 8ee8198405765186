"""An adverb the parse made the subject of the verb right after it is that verb's adverb
("Kamboja membantah tuduhan itu dan balik/nsubj menuding Thailand …": the accusation is
Cambodia's; rule parse.adverb_subject, grammar skip_before_cue), over every one-word state
name, in made-up sentences."""

from __future__ import annotations

from made_up import facts, one_word_states


def test_an_adverb_read_as_a_subject_hides_no_subject():
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    states = one_word_states(lex, "THA")
    template = "{state} membantah tuduhan itu dan balik menuding Thailand memulai serangan."

    def accused() -> int:
        return sum((code, "ACCUSES", "THA") in facts(lex, "id", template.format(state=name))
                   for code, name in states)

    assert accused() >= 0.85 * len(states)
    with rules.disabled("parse.adverb_subject"):
        assert accused() <= 0.1 * len(states)
