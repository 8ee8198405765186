"""A verb cue under a longer gapped pattern that runs over it ("threatened … to attack" over
"attack", "threatened … to impose" over "impose … tariffs on") is governed by that pattern:
threatened, warned of or denied, it did not happen (rule cue.spanning_governor), over every
English gapped verb pattern of a relation whose governed acts are not asserted, filled with its
own words, in made-up sentences."""

from __future__ import annotations

import pytest

RULE = "cue.spanning_governor"


def _filled(lex) -> list[tuple[str, str, frozenset[str]]]:
    """(governing relation, sentence, relations of the verb cues its pattern runs over)."""
    from geopolgraph.loaders.extract.cues import find_cues
    from geopolgraph.loaders.text import tokenize

    out = []
    for pattern in lex.relations["en"]:
        props = lex.props(pattern.relation)
        if (pattern.frame == "noun" or "…" not in pattern.tokens or not props.not_asserted
                or props.object_control):
            continue
        text = f"China {' '.join(w for w in pattern.tokens if w != '…')} Japan."
        cues = find_cues(tokenize(text), lex, "en")
        inner = frozenset(c.pattern.relation for c in cues if c.pattern.frame != "noun" and any(
            o.pattern is pattern and o.start < c.start < o.end for o in cues))
        if inner - {pattern.relation}:
            out.append((pattern.relation, text, inner - {pattern.relation}))
    return out


def _governed_acts(lex, sentences) -> int:
    from geopolgraph.loaders.extract import extract_triples
    from geopolgraph.model import Article

    return sum(any(t.relation in inner for t in extract_triples(
        Article(id="x", text=text, lang="en"), lex)) for _, text, inner in sentences)


def test_no_act_under_a_pattern_that_runs_over_it():
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    sentences = _filled(lex)
    assert len(sentences) > 150
    assert _governed_acts(lex, sentences) == 0
    with rules.disabled(RULE):
        assert _governed_acts(lex, sentences) >= 50


@pytest.mark.parametrize(("text", "threat", "act"), [
    ("Trump threatened to impose tariffs on India.", ("USA", "THREATENS", "IND"),
     ("USA", "SANCTIONS", "IND")),
    ("China threatened to attack Taiwan.", ("CHN", "THREATENS", "TWN"),
     ("CHN", "ATTACKS", "TWN")),
])
def test_a_threatened_act_is_the_threat_only(text, threat, act):
    from made_up import facts

    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    assert facts(lex, "en", text) == {threat}
    with rules.disabled(RULE):
        assert act in facts(lex, "en", text)
