"""A guest told from the host's side visits the host (CAMEO 043), over every person title of
titles.jsonl in made-up sentences: the passive of a hosting cue ("was hosted by", "disambut
oleh", "diterima", "dijamu"; rule passive.hosted_guest), a hosting cue ending in its
preposition ("menjadi tuan rumah bagi"; rule receive.host_for), "greeted" (CAMEO.2.0 GREET, as
"welcomed"), "was received by" (the English passive of a receive cue) and "received a warm
welcome from" (the host welcomes; CAMEO.2.0's RECEIVE '* WELCOME' made the guest the host).
A thing welcomed or received is no visit."""

from __future__ import annotations

import pytest
from made_up import facts

PERSON_KINDS = ("head_of_state", "head_of_government", "minister", "diplomat")


def _titles(lex, lang: str) -> list[str]:
    return sorted(" ".join(words) for words, kind in lex.titles[lang].items()
                  if kind in PERSON_KINDS)


@pytest.mark.parametrize(("lang", "template", "rule"), [
    ("en", "The Russian {title} was hosted by Xi Jinping.", "passive.hosted_guest"),
    ("id", "{title} Rusia disambut oleh Presiden Xi Jinping.", "passive.hosted_guest"),
    ("id", "{title} Rusia disambut Presiden Xi Jinping di Beijing.", "passive.hosted_guest"),
    ("id", "{title} Rusia diterima oleh Presiden Xi Jinping.", "passive.hosted_guest"),
    ("id", "{title} Rusia dijamu oleh Presiden Xi Jinping.", "passive.hosted_guest"),
    ("id", "China menjadi tuan rumah bagi {title} Rusia.", "receive.host_for"),
    ("id", "China akan menjadi tuan rumah bagi {title} Rusia pekan depan.", "receive.host_for"),
    ("en", "The Russian {title} was greeted by Xi Jinping.", None),
    ("en", "Xi Jinping greeted the Russian {title} in Beijing.", None),
    ("en", "The Russian {title} was received by Xi Jinping.", None),
    ("en", "The Russian {title} received a warm welcome from Xi Jinping.", None),
])
def test_the_guest_visits_the_host(lang, template, rule):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    titles = _titles(lex, lang)
    assert len(titles) >= 30

    def count(fact) -> int:
        return sum(fact in facts(lex, lang, template.format(title=t)) for t in titles)

    assert count(("RUS", "VISITS", "CHN")) >= 0.9 * len(titles)
    assert count(("CHN", "VISITS", "RUS")) == 0
    if rule is not None:
        with rules.disabled(rule):
            assert count(("RUS", "VISITS", "CHN")) <= 0.1 * len(titles)


@pytest.mark.parametrize(("lang", "text"), [
    ("id", "Usulan Jepang disambut dingin oleh China."),
    ("id", "Bantuan itu diterima oleh Ukraina."),
    ("id", "Indonesia menjadi tuan rumah bagi KTT ASEAN."),
    ("en", "The proposal was received by Japan."),
])
def test_a_thing_welcomed_or_received_is_no_visit(lang, text):
    from geopolgraph.loaders.lexicons import load_lexicon

    assert not any(r == "VISITS" for _, r, _ in facts(load_lexicon(), lang, text))
