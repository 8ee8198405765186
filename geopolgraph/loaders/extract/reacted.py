"""A reaction that ends the sentence after a clause on another's act is aimed at its doer.

"Korut Uji Coba Rudal, Jepang Protes", "Israel menyerang Iran, Rusia mengecam": a cue aimed at
an act's doer (relations.tsv ``aimed_at_doer``) that ends the sentence without an object (a
manner adverb may follow it) reacts to the act of the clause before its comma, aimed at the
actor opening that clause, or at all of its coordinated actors ("AS dan Korea Selatan
menggelar latihan militer, Korea Utara mengecam"). The ``active`` frame asks
:func:`reacted_clause` when it finds no object.
"""

from __future__ import annotations

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.frames import Frame, Sides
from geopolgraph.loaders.extract.reader import Side
from geopolgraph.loaders.mentions import Mention

__all__ = ["REACTED_CLAUSE", "REACTED_GROUP", "reacted_clause"]

REACTED_CLAUSE = rules.register(
    "frame.reacted_clause", "'Korut Uji Coba Rudal, Jepang Protes', 'Israel menyerang Iran, "
    "Rusia mengecam': a cue aimed at an act's doer that ends the sentence without an object "
    "reacts to the act of the clause before its comma, aimed at that clause's opening actor")
REACTED_GROUP = rules.register(
    "frame.reacted_group", "'AS dan Korea Selatan menggelar latihan militer, Korea Utara "
    "mengecam': a reaction to the clause before the comma is aimed at all the coordinated "
    "actors opening it")


def reacted_clause(f: Frame, source: Side | None) -> Sides | None:
    """(subject, target) of a cue aimed at an act's doer that ends the sentence without an
    object, after a clause before a comma that says something of the actor opening the
    sentence (the act reacted to): that actor is the target; the subject is the actor right
    after the comma (the parse may make it an apposition of the opener). Else None.

    >>> from geopolgraph.model import Article
    >>> from geopolgraph.loaders.extract import extract_triples, rules
    >>> def facts():
    ...     return sorted((t.source, t.relation, t.target) for t in extract_triples(
    ...         Article(id="a", text="Israel Serang Iran, Rusia Kecam", lang="id")))
    >>> facts()
    [('ISR', 'ATTACKS', 'IRN'), ('RUS', 'CRITICIZES', 'ISR')]
    >>> with rules.disabled(REACTED_CLAUSE):
    ...     facts()
    [('ISR', 'ATTACKS', 'IRN')]
    """
    reader, words, cue = f.reader, f.words, f.cue
    if (source is None or not source.mentions or not f.props.aimed_at_doer
            or not rules.on(REACTED_CLAUSE)
            or any(w[:1].isalnum() and (reader.parse is None or reader.parse.deps[k] != "advmod")
                   for k, w in enumerate(words[cue.end:], cue.end))):  # "memprotes keras."
        return None
    after = next((m for m in reader.mentions if m.end == cue.start and m.start > 0
                  and words[m.start - 1] == ","), None)
    subject = reader.side([after], 0) if after is not None else source
    first = subject.mentions[0].start
    comma = next((k for k in range(first - 1, -1, -1) if words[k] == ","), -1)
    opener = next((m for m in reader.mentions if m.end <= comma), None)
    group = _opening_group(f, opener, comma)
    if (comma < 0 or opener is None or opener.start > 1 or opener.locative
            or opener.actor in subject.actors or group[-1].end + 1 >= comma
            or words[group[-1].end] in reader.lang.coordinators):
        return None  # "Rusia, China mengecam": a list; "Setelah bertemu Xi, …": no subject
    actors = tuple(dict.fromkeys(m.actor for m in group if m.actor not in subject.actors))
    return subject, Side(actors, tuple(group), 3, "direct")


def _opening_group(f: Frame, opener: Mention | None, comma: int) -> list[Mention]:
    """The coordinated actors the opener begins ("AS dan Korea Selatan"), when a coordinator
    follows it and the group ends before the comma; else the opener alone."""
    if opener is None or f.words[opener.end] not in f.reader.lang.coordinators or not rules.on(
            REACTED_GROUP):
        return [opener] if opener is not None else []
    group = next((g for g in f.reader.groups if g[0] is opener), [opener])
    return group if group[-1].end < comma else [opener]
