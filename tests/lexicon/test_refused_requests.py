"""An act a rejected request asks for was refused, not done ("Rusia menolak tuntutan Ukraina
untuk menarik pasukannya": no RUS YIELDS; rule cue.refused_request, grammar request_nouns), over
every one-word verb cue of a cooperative act (CAMEO 03-09) in made-up news sentences."""

from __future__ import annotations

import pytest
from made_up import facts


def _verbs(lex, lang: str) -> dict[str, str]:
    """One-word meN- verbs (Indonesian) or base forms (English) of a cooperative act."""
    return {p.text: p.relation for p in lex.relations[lang]
            if p.frame == "active" and len(p.tokens) == 1 and 3 <= int(p.cameo[:2]) <= 9
            and (p.text.startswith("me") if lang == "id" else not p.text.endswith(
                ("ed", "ing", "s")))}


@pytest.mark.parametrize(("lang", "template"), [
    ("id", "Rusia menolak tuntutan Ukraina untuk {verb} Belarus."),
    ("id", "Rusia menolak seruan PBB agar {verb} Belarus."),
    ("en", "Russia rejected calls by Ukraine to {verb} Belarus."),
    ("en", "Russia rejected the UN's call to {verb} Belarus."),
])
def test_a_rejected_request_names_no_act(lang, template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    verbs = _verbs(lex, lang)
    assert len(verbs) > 40

    def done() -> int:
        return sum(("RUS", relation, "BLR") in facts(lex, lang, template.format(verb=verb))
                   for verb, relation in verbs.items())

    assert done() <= 0.05 * len(verbs)
    with rules.disabled("cue.refused_request"):
        assert done() >= 0.6 * len(verbs)


def test_the_request_itself_stays():
    from geopolgraph.loaders.lexicons import load_lexicon

    got = facts(load_lexicon(), "id", "Rusia menolak tuntutan Ukraina untuk menarik pasukannya "
                "dari Krimea.")
    assert got == {("RUS", "REJECTS", "UKR"), ("UKR", "DEMANDS", "RUS")}
