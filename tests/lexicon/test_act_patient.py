"""An act a noun cue names is not named by its "of" phrase the way "the government of Ukraine"
is: "France condemned Russia's invasion of Ukraine" is aimed at Russia, whom the act hit is
not (rule syntax.act_patient), over every one-word English noun cue in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import facts


@pytest.mark.parametrize(("template", "subject", "owner", "victim"), [
    ("France condemned Russia's {noun} of Ukraine.", "FRA", "RUS", "UKR"),
    ("Japan welcomed Australia's {noun} of Vietnam.", "JPN", "AUS", "VNM"),
    ("France criticised the {noun} of Ukraine by Russia.", "FRA", "RUS", "UKR"),
])
def test_an_acts_of_phrase_is_whom_it_hit(template, subject, owner, victim):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    nouns = sorted({p.text for p in lex.relations["en"] if p.frame == "noun"
                    and len(p.tokens) == 1})
    assert len(nouns) >= 50

    def targets() -> list[set[str]]:
        return [{t for s, _, t in facts(lex, "en", template.format(noun=n)) if s == subject}
                for n in nouns]

    found = targets()
    assert sum(owner in t for t in found) / len(nouns) >= 0.9
    assert not any(victim in t for t in found)
    # (the by-phrase's doer is read first under syntax.agent_first as well)
    with rules.disabled("syntax.act_patient", "syntax.agent_first"):
        assert sum(owner in t for t in targets()) / len(nouns) <= 0.1
