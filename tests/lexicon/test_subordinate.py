"""A verb right after a subordinator ("usai", "saat", "after") is done by the main clause's
doer (grammar ``subordinators``, rule syntax.subordinate_doer), over every verb cue of the
lexicon in made-up news sentences."""

from __future__ import annotations

import pytest
from made_up import any_gives


def _verbs(lex, lang: str) -> dict[str, str]:
    """One-word meN- verbs and 'ber… dengan/ke' (Indonesian), or -ing verbs (English)."""
    out = {}
    for p in lex.relations[lang]:
        if p.frame != "active" or p.relation in ("NONE", "MOBILIZES", "MEDIATES") or (
            p.text in lex.grammar[lang]["topic_verbs"]  # the object is a topic
        ):
            continue
        if lang == "en":
            wanted = len(p.tokens) == 1 and p.text.endswith("ing")
        else:
            wanted = (len(p.tokens) == 1 and p.text.startswith("me")) or (
                len(p.tokens) == 2 and p.tokens[0].startswith("ber")
                and p.tokens[1] in ("dengan", "ke"))
        if wanted:
            out[p.text] = p.relation
    return out


@pytest.mark.parametrize(("lang", "template", "least"), [
    # the agent of a passive reporting verb does the clause after "usai"
    ("id", "Hal itu disampaikan Presiden Rusia Vladimir Putin usai {verb} Ukraina.", 0.95),
    ("id", "Hal itu dikatakan Putin setelah {verb} Ukraina.", 0.95),
    # "saat" may make the main clause's object the subject of the clause
    ("id", "Putin mengatakan hal itu saat {verb} Ukraina.", 0.95),
    # a fronted clause whose main verb is no cue: the parse may hang the doer on its object
    ("id", "Usai {verb} Ukraina, Presiden Rusia Vladimir Putin kembali ke Moskwa.", 0.9),
    ("en", "The remarks were made by Putin after {verb} Ukraine.", 0.7),
])
def test_a_subordinate_clause_is_done_by_the_main_clauses_doer(lang, template, least):
    """Each template filled with every verb cue (about 160 Indonesian, 400 English): most give
    Russia's act on Ukraine, and almost none with the rule off."""
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    verbs = _verbs(lex, lang)
    assert len(verbs) > 150

    def share() -> float:
        return sum(any_gives(lex, lang, [template.format(verb=v)], ("RUS", r, "UKR"),
                             "2024-06-01") for v, r in verbs.items()) / len(verbs)

    assert share() >= least
    with rules.disabled("syntax.subordinate_doer"):
        assert share() < 0.3
