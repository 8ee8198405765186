"""Other names an actor goes by, from the lexicon, so the page's search finds "Rusia" or "AS".

People are not folded in here: the page finds them through each triple's source and target
mention ("Putin" on a Russia edge), which is what the text said.

>>> names = actor_aliases(["RUS"])
>>> "rusia" in names["RUS"]
True
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

__all__ = ["MAX_ALIASES", "actor_aliases"]

#: At most this many aliases per actor reach the page (a state can have dozens).
MAX_ALIASES = 12


@functools.cache
def _alias_table() -> dict[str, tuple[str, ...]]:
    from geopolgraph.loaders.lexicons import load_lexicon

    table: dict[str, list[str]] = {}
    for tokens, entries in load_lexicon().aliases.items():
        text = " ".join(tokens)
        for ident, exact in entries:
            names = table.setdefault(ident, [])
            alias = exact or text
            if alias not in names:
                names.append(alias)
    # shortest first: "AS" and "Rusia" before "Federasi Rusia"
    return {k: tuple(sorted(v, key=lambda a: (len(a), a))) for k, v in table.items()}


def actor_aliases(ids: Iterable[str]) -> dict[str, list[str]]:
    """``{actor id: [alias, …]}`` for the ids the lexicon knows (others are left out)."""
    table = _alias_table()
    return {i: list(table[i][:MAX_ALIASES]) for i in ids if i in table}
