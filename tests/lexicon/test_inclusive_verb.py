"""The names an "including" phrase gives a noun that is no actor act for it, also where the
parse reads "termasuk" as a verb on the noun ("Sejumlah negara, termasuk Indonesia, mengecam
Israel": IDN; rule syntax.inclusive_verb), over every one-word meN- verb cue, in made-up
sentences."""

from __future__ import annotations

from made_up import facts

TEMPLATE = "Sejumlah negara, termasuk Indonesia dan Malaysia, {verb} Israel."


def test_an_inclusive_phrase_read_as_a_verb_names_the_doers():
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    verbs = sorted({p.text for p in lex.relations["id"] if p.frame == "active"
                    and len(p.tokens) == 1 and p.text.startswith("me")
                    and p.relation not in ("NONE", "MOBILIZES", "MEDIATES")
                    and p.text not in lex.grammar["id"]["topic_verbs"]})
    assert len(verbs) >= 100

    def doers() -> int:
        return sum({"IDN", "MYS"} <= {s for s, _, t in facts(lex, "id", TEMPLATE.format(
            verb=v)) if t == "ISR"} for v in verbs)

    assert doers() >= 0.9 * len(verbs)
    # the phrase right after the noun and its comma stands for it wherever the parse hangs it
    # (syntax.inclusive_after): both off
    with rules.disabled("syntax.inclusive_verb", "syntax.inclusive_after"):
        assert doers() <= 0.2 * len(verbs)
