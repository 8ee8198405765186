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

__all__ = ["MAX_ALIASES", "actor_aliases", "person_of"]

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


def person_of(mentions: Iterable[str]) -> dict[str, tuple[str, str]]:
    """``{mention: (person id, name)}`` for the mentions that name one known person: the
    longest span that is a person's alias ("Presiden Prabowo Subianto"), else a surname only
    one person has ("Mr Putin"). Others (states, ambiguous surnames such as Kim) are left out.

    >>> person_of(["Mr Putin", "Rusia", "Kim"])
    {'Mr Putin': ('person:vladimir-putin', 'Vladimir Putin')}
    """
    from geopolgraph.loaders.lexicons import alias_tokens, load_lexicon

    lex = load_lexicon()
    out: dict[str, tuple[str, str]] = {}
    for mention in set(mentions):
        tokens = alias_tokens(mention) if mention else ()
        found = ""
        for size in range(len(tokens), 0, -1):
            spans = (tokens[i:i + size] for i in range(len(tokens) - size + 1))
            found = next((ident for span in spans for ident, exact in lex.aliases.get(span, [])
                          if ident in lex.people and (not exact or exact in mention)), "")
            if found:
                break
        if not found:
            owners = {p for t in tokens for p in lex.surnames.get(t, [])}
            found = owners.pop() if len(owners) == 1 else ""
        if found:
            out[mention] = (found, lex.people[found].name)
    return dict(sorted(out.items()))
