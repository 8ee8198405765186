"""A state's name inside its currency's name is money, not an actor (CLDR names via Babel)."""

import pytest

from geopolgraph.loaders.lexicons import load_lexicon
from geopolgraph.loaders.mentions import Memory, find_mentions
from geopolgraph.loaders.text import tokenize


def actors(text: str, lang: str) -> list[str]:
    mentions = find_mentions(tokenize(text), load_lexicon(), lang, Memory())
    return [m.actor for m in mentions]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Rupiah menguat terhadap dolar AS setelah Jepang mengkritik Indonesia.", "id",
     ["JPN", "IDN"]),
    ("Jepang mengkritik Indonesia ketika yen Jepang melemah terhadap dollar AS.", "id",
     ["JPN", "IDN"]),
    ("Japan criticized Indonesia as the Japanese yen fell against the U.S. dollar.", "en",
     ["JPN", "IDN"]),
    # "won" is also the Korean unit: only "South Korean won" is money
    ("South Korea won the vote and the South Korean won fell.", "en", ["KOR"]),
    ("AS dan Jepang mengecam Korea Utara.", "id", ["USA", "JPN", "PRK"]),
])
def test_currency_names_are_no_actors(text, lang, expected):
    assert actors(text, lang) == expected
