"""Currency names: "dolar AS", "yen Jepang", "the Chinese yuan" name money, not a state.

A state's name inside its own currency's name is no actor mention. The currencies of a state and
their names come from CLDR through Babel (``get_territory_currencies`` and the ``id``/``en``
display names: "Dolar Amerika Serikat", "US Dollar", "Japanese Yen"): the unit word is the first
word of the Indonesian name and the last word of the English one, so "dolar AS", "dollar AS" and
"yen Jepang" are money before the state's name, "US dollar" and "Japanese yen" after it.
"""

from __future__ import annotations

from functools import cache

from babel import Locale
from babel.core import get_global
from babel.numbers import get_territory_currencies

__all__ = ["currency_units", "names_money"]


@cache
def _names(state: str) -> tuple[str, ...]:
    """CLDR ``id`` and ``en`` display names of the currencies ``state`` uses (alpha-3 id)."""
    alpha2 = get_global("territory_aliases").get(state)
    if not alpha2:
        return ()
    try:
        codes = get_territory_currencies(alpha2[0])
    except Exception:  # a code CLDR does not know
        return ()
    return tuple(
        f"{locale}:{Locale(locale).currencies[code]}"
        for code in codes for locale in ("id", "en")
        if code in Locale(locale).currencies and "(" not in Locale(locale).currencies[code]
    )


@cache
def currency_units(state: str) -> frozenset[str]:
    """Lower-case unit words of the currencies ``state`` (ISO 3166-1 alpha-3) uses today: the
    first word of an Indonesian name, the last of an English one.

    >>> sorted(currency_units("JPN"))
    ['yen']
    >>> sorted(currency_units("USA"))
    ['dolar', 'dollar']
    >>> currency_units("group:hamas")
    frozenset()
    """
    units = set()
    for tagged in _names(state):
        locale, name = tagged.split(":", 1)
        words = name.lower().split()
        if len(words) >= 2:
            units.add(words[0] if locale == "id" else words[-1])
    return frozenset(units)


def _plain(text: str) -> str:
    """Letters only, lower case: "U.S. Dollar" and "US dollar" are the same name."""
    return "".join(c for c in text.lower() if c.isalnum())


def names_money(words: list[str], start: int, end: int, state: str, lang: str) -> bool:
    """Whether the state named by ``words[start:end]`` is part of its currency's name: in
    Indonesian a unit word just before it ("dolar AS", "yen Jepang"); in English the CLDR name
    itself ("US dollar", "Japanese yen", "South Korean won").

    >>> names_money(["kurs", "dolar", "AS", "naik"], 2, 3, "USA", "id")
    True
    >>> names_money(["the", "Japanese", "yen", "fell"], 1, 2, "JPN", "en")
    True
    >>> names_money(["the", "U.S.", "dollar", "fell"], 1, 2, "USA", "en")
    True
    >>> names_money(["South", "Korea", "won", "the", "vote"], 0, 2, "KOR", "en")
    False
    >>> names_money(["AS", "menyerang", "Iran"], 0, 1, "USA", "id")
    False
    """
    if lang == "id":
        return start > 0 and words[start - 1].lower() in currency_units(state)
    if end >= len(words) or words[end].lower() not in currency_units(state):
        return False
    return _plain(" ".join(words[start : end + 1])) in _english_names(state)


@cache
def _english_names(state: str) -> frozenset[str]:
    return frozenset(_plain(t[3:]) for t in _names(state) if t.startswith("en:"))
