"""A state's vehicles or weapons going somewhere are no visit by the state ("Jet tempur Rusia
terbang ke wilayah udara Polandia", "Chinese warships arrived in Philippine waters"), while its
people still visit (rule cue.vehicle_visit; grammar instrument_nouns "tempur", "jet",
"warships", "fighter" …), over every verb cue of VISITS in the two lexicons, in made-up
sentences."""

from __future__ import annotations

import pytest
from made_up import facts

RULE = "cue.vehicle_visit"
DOERS = {
    "id": (["Kapal China", "Jet tempur China", "Pesawat tempur China", "Drone China"],
           "Presiden China", "Filipina"),
    "en": (["Chinese warships", "Chinese fighter jets", "Chinese warplanes", "Chinese bombers"],
           "China's president", "the Philippines"),
}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_vehicles_make_no_visit(lang):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    cues = sorted({p.text for p in lex.relations[lang] if p.relation == "VISITS"
                   and p.frame == "active" and "…" not in p.tokens
                   and (p.text.startswith(("me", "ber", "tiba")) if lang == "id"
                        else p.tokens[0].endswith("ed") or p.tokens[0] in ("met", "flew"))})
    assert len(cues) >= 6
    vehicles, person, place = DOERS[lang]

    def visits(doer: str) -> int:
        return sum(("CHN", "VISITS", "PHL") in facts(lex, lang, f"{doer} {cue} {place}.")
                   for cue in cues)

    assert visits(person) >= 0.6 * len(cues)
    for doer in vehicles:
        assert visits(doer) == 0, doer
    with rules.disabled(RULE):
        assert sum(visits(doer) for doer in vehicles) >= 0.5 * len(vehicles) * visits(person)
