"""A person received or welcomed is a guest whose visit the receiver hosts (CAMEO 043): "Kim
Jong Un received Putin" is RUS VISITS PRK, also for a person named by title and state ("PM
Malaysia", "the Russian foreign minister": every person title of titles.jsonl; rule
receive.received_guest); a thing received from a person is no visit."""

from __future__ import annotations

import pytest
from made_up import facts

PERSON_KINDS = ("head_of_state", "head_of_government", "minister", "diplomat")


@pytest.mark.parametrize(("lang", "template", "rule"), [
    ("en", "North Korea received the Russian {title}.", "receive.received_guest"),
    ("en", "North Korea welcomed the Russian {title}.", "receive.titled_guest"),
    ("id", "Korea Utara menerima {title} Rusia.", "receive.received_guest"),
])
def test_a_received_person_is_a_guest(lang, template, rule):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    titles = sorted(" ".join(words) for words, kind in lex.titles[lang].items()
                    if kind in PERSON_KINDS)
    assert len(titles) >= 30

    def visits() -> int:
        return sum(("RUS", "VISITS", "PRK") in facts(lex, lang, template.format(title=t))
                   for t in titles)

    found = visits()
    assert found >= 0.8 * len(titles)
    with rules.disabled(rule):
        assert visits() <= found - 0.3 * len(titles)


def test_a_thing_received_from_a_person_is_no_visit():
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    got = facts(lex, "en", 'Trump said he received a "great letter" from Kim Jong Un.')
    assert not any(r == "VISITS" for _, r, _ in got)
    assert ("IDN", "RECEIVES", "MYS") in facts(lex, "id", "Indonesia menerima surat dari PM "
                                                          "Malaysia.")
