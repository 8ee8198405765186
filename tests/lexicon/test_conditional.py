"""A cue in a clause opened by a conditional conjunction is hypothetical, not asserted ("If
China blockades Taiwan, …", "Jika China memblokade Taiwan, …"; rule cue.conditional, grammar
conditionals; GUIDE.md: conditional relations are allowed, not required), over every one-word
active cue of both lexicons (English -s forms), in made-up sentences; the main clause stays."""

from __future__ import annotations

import pytest
from made_up import facts


@pytest.mark.parametrize(("lang", "template"), [
    ("en", "If China {verb} Taiwan, the region will suffer."),
    ("en", "The region would suffer even if China {verb} Taiwan."),
    ("id", "Jika China {verb} Taiwan, kawasan itu akan menderita."),
    ("id", "Kawasan itu akan menderita apabila China {verb} Taiwan."),
])
def test_a_conditional_clause_is_not_asserted(lang, template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    verbs = sorted({p.text for p in lex.relations[lang] if p.frame == "active"
                    and len(p.tokens) == 1 and p.relation != "NONE"
                    and (p.text.startswith("me") if lang == "id" else
                         p.text.endswith("s") and not p.text.endswith("ss"))})
    assert len(verbs) >= 100

    def asserted() -> int:
        return sum(any(s == "CHN" and t == "TWN" for s, _, t in
                       facts(lex, lang, template.format(verb=v))) for v in verbs)

    assert asserted() <= 0.05 * len(verbs)
    with rules.disabled("cue.conditional"):
        assert asserted() >= 0.5 * len(verbs)


def test_the_main_clause_stays():
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    assert ("JPN", "WARNS", "CHN") in facts(lex, "en", "Japan warned China that it would respond "
                                                       "if China attacked Taiwan.")
    assert ("IDN", "CRITICIZES", "ISR") in facts(lex, "id", "Indonesia mengecam Israel jika "
                                                           "serangan berlanjut.")
