"""A phrase opened by "selain" and the preposition of the act's target ("Selain ke Indonesia, PM
Abe juga akan berkunjung ke India") names one more target of the same act, and is never the
first one (rule syntax.added_target, grammar addition_preps), over every one-word state name of
the lexicon and every Indonesian verb cue closed by a target preposition, in made-up
sentences."""

from __future__ import annotations

import pytest
from made_up import facts, one_word_states

RULE = "syntax.added_target"


@pytest.mark.parametrize(("template", "fact"), [
    ("Selain ke {name}, Presiden Jokowi juga akan berkunjung ke China.", ("IDN", "VISITS")),
    ("Selain kepada {name}, Jepang juga mengirim bantuan kepada China.", ("JPN", "SUPPLIES")),
    ("Selain terhadap {name}, Jepang juga menjatuhkan sanksi terhadap China.",
     ("JPN", "SANCTIONS")),
    ("Selain dengan {name}, Jepang juga bekerja sama dengan China.", ("JPN", "COOPERATES")),
])
def test_the_added_phrase_is_one_more_target(template, fact):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    states = one_word_states(lex, "CHN", "JPN", "IDN")
    assert len(states) > 150
    source, relation = fact

    def found() -> tuple[int, int]:
        """(the state a target too, China still the target)."""
        got = [(facts(lex, "id", template.format(name=name), "2025-06-16"), ident)
               for ident, name in states]
        return (sum((source, relation, ident) in f for f, ident in got),
                sum((source, relation, "CHN") in f for f, _ in got))

    added, china = found()
    assert added >= 0.95 * len(states) and china >= 0.95 * len(states)
    with rules.disabled(RULE):
        added, china = found()
        assert added == 0 or china == 0


def test_every_cue_closed_by_a_target_preposition():
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    cues = sorted({p.text: p for p in lex.relations["id"] if p.frame != "noun"
                   and "…" not in p.tokens and p.relation != "NONE" and len(p.tokens) > 1
                   and p.tokens[-1] in ("ke", "kepada", "dengan", "terhadap")}.values(),
                  key=lambda p: p.text)
    assert len(cues) > 40

    def both() -> int:
        count = 0
        for cue in cues:
            text = f"Selain {cue.tokens[-1]} Korea Selatan, China juga {cue.text} Jepang."
            f = {(s, t) for s, _, t in facts(lex, "id", text, "2025-06-16")}
            count += {("CHN", "KOR"), ("CHN", "JPN")} <= f
        return count

    assert both() >= 0.8 * len(cues)
    with rules.disabled(RULE):
        assert both() == 0


def test_a_bare_addition_names_no_target():
    """"Selain Rusia, China juga mengecam Jepang": whether Russia criticised or was criticised is
    not said; no triple for it."""
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    got = facts(lex, "id", "Selain Rusia, China juga mengecam Jepang.", "2025-06-16")
    assert ("CHN", "CRITICIZES", "JPN") in got and not any("RUS" in (s, t) for s, _, t in got)
