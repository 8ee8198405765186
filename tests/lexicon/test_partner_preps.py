"""A talk's partner is opened by a partner preposition ("with", "dengan"), never by another
target preposition: "Putin mengundang Prabowo ke Moskwa" and "Xi met Merkel at the Great Hall"
talk with the object, not with the place (rule active.partner_prep), over every one-word active
talk cue (relations.tsv talk: agreeing, consulting, meeting, cooperating) of both lexicons
(English past forms), in made-up sentences; a fight's "on" still names its other side."""

from __future__ import annotations

import pytest
from made_up import facts


@pytest.mark.parametrize(("lang", "template", "share"), [
    ("id", "Rusia {verb} Indonesia ke Moskwa.", 0.6),
    ("en", "Russia {verb} India to Moscow.", 0.9),
    ("en", "Russia {verb} India at the Kremlin in Moscow.", 0.9),
])
def test_a_talks_partner_is_no_destination(lang, template, share):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    other = "IDN" if lang == "id" else "IND"
    verbs = sorted({p.text for p in lex.relations[lang] if p.frame == "active"
                    and len(p.tokens) == 1 and p.relation != "NONE"
                    and lex.relation_props[p.relation].talk
                    and (lang == "id" or p.text.endswith("ed"))})
    assert len(verbs) >= 25

    def partnered() -> int:
        return sum(any(s == "RUS" and t == other for s, _, t in
                       facts(lex, lang, template.format(verb=v))) for v in verbs)

    assert partnered() >= share * len(verbs)
    with rules.disabled("active.partner_prep"):
        assert partnered() <= 0.25 * len(verbs)


@pytest.mark.parametrize(("lang", "text", "fact"), [
    ("en", "The Israeli army launched a military assault on Lebanon.", ("ISR", "ATTACKS", "LBN")),
    ("id", "Rusia berperang melawan Ukraina.", ("RUS", "ATTACKS", "UKR")),
    ("id", "Prabowo membahas krisis Myanmar dengan Sekjen PBB.", ("IDN", "CONSULTS", "UN")),
])
def test_partners_and_fights_keep_their_preposition(lang, text, fact):
    from geopolgraph.loaders.lexicons import load_lexicon

    assert fact in facts(load_lexicon(), lang, text)
