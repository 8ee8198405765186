"""Hosting a visit is receiving it ("Indonesia menjadi tuan rumah kunjungan Presiden China":
CHN VISITS IDN, CAMEO 043 HOST, as "menerima kunjungan"), in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import facts

GUESTS = {"China": "CHN", "Jepang": "JPN", "Rusia": "RUS", "India": "IND", "Prancis": "FRA",
          "Korea Selatan": "KOR"}


@pytest.mark.parametrize("template", [
    "Indonesia menjadi tuan rumah kunjungan Presiden {guest}.",
    "Indonesia akan menjadi tuan rumah bagi kunjungan Perdana Menteri {guest}.",
])
def test_hosting_a_visit_is_receiving_it(template):
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    for guest, state in GUESTS.items():
        assert (state, "VISITS", "IDN") in facts(lex, "id", template.format(guest=guest))


def test_hosting_a_summit_is_no_visit():
    from geopolgraph.loaders.lexicons import load_lexicon

    assert facts(load_lexicon(), "id", "Jepang menjadi tuan rumah KTT G7.") == set()
