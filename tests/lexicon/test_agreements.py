"""An agreement to act against somebody is no agreement with them (rule
active.hostile_complement), over every one-word verb cue of the lexicon."""

from __future__ import annotations

import pytest
from made_up import facts


@pytest.mark.parametrize(("lang", "template"), [
    ("id", "Uni Eropa sepakat {verb} Rusia."),
    ("en", "The EU agreed to {verb} Russia."),
])
def test_an_agreement_to_act_against_a_state_is_not_with_it(lang, template):
    """Filled with every verb cue of conflict (CAMEO 10-14, 16-20): the EU does not agree with
    Russia (it did in almost all before); filled with every other verb cue the agreement's
    target is still the act's ("sepakat membantu Ukraina": EU AGREES UKR)."""
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.extract.active_frame import _conflict
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    verbs = {p.text: p.cameo for p in lex.relations[lang] if p.frame == "active"
             and len(p.tokens) == 1 and p.relation not in ("NONE", "AGREES")
             and (p.text.startswith("me") if lang == "id"
                  else not p.text.endswith(("ed", "ing", "s")))}
    hostile = [v for v, code in verbs.items() if _conflict(code)]
    friendly = [v for v, code in verbs.items() if not _conflict(code)]
    assert len(hostile) > 50 and len(friendly) > 50

    def agreeing(words: list[str]) -> int:
        return sum(("EU", "AGREES", "RUS") in facts(lex, lang, template.format(verb=v))
                   for v in words)

    hostile_on, friendly_on = agreeing(hostile), agreeing(friendly)
    with rules.disabled("active.hostile_complement"):
        hostile_off, friendly_off = agreeing(hostile), agreeing(friendly)
    assert hostile_on <= 0.15 * len(hostile) < 0.9 * len(hostile) <= hostile_off
    assert friendly_on == friendly_off


@pytest.mark.parametrize(("lang", "template"), [
    ("en", "China warned it would {verb} Japan."),
    ("id", "China memperingatkan akan {verb} Jepang."),
])
def test_a_warning_of_planned_force_is_a_threat(lang, template):
    """'China warned it would <verb> Japan.' for every verb cue of force (ATTACKS, COERCES):
    the planned act under the warning is the threat itself (cue.warned_threat); the warned-of
    act used to be dropped with it, so nothing came out."""
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    verbs = [p.text for p in lex.relations[lang] if p.frame == "active" and len(p.tokens) == 1
             and p.relation in ("ATTACKS", "COERCES")
             and (p.text.startswith("me") if lang == "id"
                  else not p.text.endswith(("ed", "ing", "s")))]
    assert len(verbs) > 30

    def threats() -> int:
        return sum(("CHN", "THREATENS", "JPN") in facts(lex, lang, template.format(verb=v))
                   for v in verbs)

    on = threats()
    with rules.disabled("cue.warned_threat"):
        off = threats()
    assert on >= 0.85 * len(verbs) and off < on - 0.3 * len(verbs)
