"""References ahead: an actor named after the phrase that refers to it.

A phrase fronted before the main clause (grammar ``fronting_openers``: "During …", "Dalam
…", "After …") with no actor named before it refers ahead to the actor opening the main clause:
its owner pronoun or clitic ("During his visit to Beijing, Putin …", "Saat kunjungannya ke China,
Presiden Rusia …": :func:`cataphor`), and a noun of talking or going with no owner at all ("In
a meeting with Putin, Modi …": :func:`fronted_participant`). :mod:`.references` resolves the
references back.

>>> from geopolgraph.model import Article
>>> from geopolgraph.loaders.extract import extract_triples
>>> text = "During a visit to Beijing, Lula praised China."
>>> sorted((t.source, t.relation, t.target) for t in extract_triples(Article(id="a", text=text,
...  lang="en")))
[('BRA', 'PRAISES', 'CHN'), ('BRA', 'VISITS', 'CHN')]
"""

from __future__ import annotations

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.cues import Cue
from geopolgraph.loaders.extract.reader import SentenceReader, Side
from geopolgraph.loaders.mentions import Mention

__all__ = ["CATAPHOR", "FRONTED_PARTICIPANT", "cataphor", "fronted_participant", "fronted_target"]

CATAPHOR = rules.register(
    "ref.cataphor", "'Dalam kunjungannya ke Beijing, Putin …', 'During his visit to Beijing, "
    "Putin …': an owner pronoun in a fronted phrase (grammar fronting_openers) with no actor "
    "named before it is the actor opening the main clause after the comma")


def cataphor(reader: SentenceReader, pos: int) -> str:
    """The actor that the owner pronoun or clitic on token ``pos`` refers ahead to, when the
    sentence opens with a fronted phrase holding it (grammar ``fronting_openers``) and the main
    clause after the phrase's comma opens with an actor (a title or article may come first);
    else "".

    >>> from geopolgraph.model import Article
    >>> from geopolgraph.loaders.extract import extract_triples, rules
    >>> text = "Saat kunjungannya ke China, Presiden Rusia memuji Jepang."
    >>> def facts():
    ...     return sorted((t.source, t.relation, t.target)
    ...                   for t in extract_triples(Article(id="a", text=text, lang="id")))
    >>> facts()
    [('RUS', 'PRAISES', 'JPN'), ('RUS', 'VISITS', 'CHN')]
    >>> with rules.disabled(CATAPHOR):
    ...     facts()
    [('RUS', 'PRAISES', 'JPN')]
    """
    if not rules.on(CATAPHOR):
        return ""
    ahead = _opening_actor(reader, pos)
    return ahead.actor if ahead is not None else ""


def _opening_actor(reader: SentenceReader, pos: int, named_before: bool = False
                   ) -> Mention | None:
    """The mention opening the main clause after the comma that ends the fronted phrase holding
    token ``pos`` (the sentence opens with a word of ``fronting_openers``, no actor is named
    before ``pos`` unless ``named_before``; a title or article may come before the mention)."""
    words = reader.words
    if not words or words[0] not in reader.lang.fronting_openers or (not named_before and any(
        m.end <= pos for m in reader.mentions
    )):
        return None
    comma = next((k for k in range(pos + 1, min(len(words), pos + 12)) if words[k] == ","), -1)
    if comma < 0:
        return None
    for m in reader.mentions:
        if m.start > comma:
            opens = m.start <= comma + 3 and not m.locative and m.kind not in ("place", "media")
            return m if opens else None
    return None


FRONTED_PARTICIPANT = rules.register(
    "ref.fronted_participant", "'In a meeting with Putin, Modi praised Russia', 'During a visit "
    "to Beijing, Lula …': a noun cue of talking or going somewhere (relations.tsv talk or "
    "place_target) with no owner, in a fronted phrase (grammar fronting_openers), is the act "
    "of the actor opening the main clause, as 'his meeting' is (ref.cataphor)")


def fronted_participant(reader: SentenceReader, cue: Cue) -> Side | None:
    """The actor opening the main clause after the fronted phrase that holds the noun ``cue``
    ("In a meeting with Putin, Modi …": Modi's meeting), found as :func:`cataphor` finds the
    actor an owner pronoun there refers to; the caller checks the cue has no owner and names
    an act one takes part in.

    >>> from geopolgraph.model import Article
    >>> from geopolgraph.loaders.extract import extract_triples, rules
    >>> text = "In a meeting with Putin, Modi praised Russia."
    >>> def facts():
    ...     return sorted((t.source, t.relation, t.target)
    ...                   for t in extract_triples(Article(id="a", text=text, lang="en")))
    >>> facts()
    [('IND', 'MEETS', 'RUS'), ('IND', 'PRAISES', 'RUS')]
    >>> with rules.disabled(FRONTED_PARTICIPANT):
    ...     facts()
    [('IND', 'PRAISES', 'RUS')]
    """
    words, lang = reader.words, reader.lang
    if not rules.on(FRONTED_PARTICIPANT) or words[cue.end - 1] != cue.pattern.tokens[-1] or (
            cue.start > 0 and (words[cue.start - 1] in lang.owner_pronouns
                               or words[cue.start - 1] in lang.person_pronouns)):
        return None  # "kunjungannya", "his visit": an owner, ref.cataphor's
    ahead = _opening_actor(reader, cue.start)
    if ahead is None:
        return None
    return reader.side(next((g for g in reader.groups if ahead in g), [ahead]), 1)


FRONTED_TARGET = rules.register(
    "ref.fronted_target", "'Despite criticism from the US, Israel continued …', 'Respons "
    "Serangan Iran, Israel Gempur Teheran': a noun cue of no talk (relations.tsv talk) with an "
    "owner and no target of its own, in a fronted phrase (grammar fronting_openers), is aimed "
    "at the actor opening the main clause")


def fronted_target(reader: SentenceReader, cue: Cue, owner: Side) -> tuple[Side, Side] | None:
    """(the owner, the actor opening the main clause after the fronted phrase that holds the
    noun ``cue``), when the ``owner`` is known and the target is not ("Despite criticism from
    the US, Israel …": at Israel); the owner's mentions after the phrase's comma are left out
    (a parse may coordinate the main clause's subject with it); None when no actor opens the
    main clause or it is one of the owner's.

    >>> from geopolgraph.model import Article
    >>> from geopolgraph.loaders.extract import extract_triples, rules
    >>> text = "Despite strong criticism from Beijing, Japan released the water."
    >>> def facts():
    ...     return sorted((t.source, t.relation, t.target)
    ...                   for t in extract_triples(Article(id="a", text=text, lang="en")))
    >>> facts()
    [('CHN', 'CRITICIZES', 'JPN')]
    >>> with rules.disabled(FRONTED_TARGET):
    ...     facts()
    []
    """
    if not rules.on(FRONTED_TARGET):
        return None
    ahead = _opening_actor(reader, cue.start, named_before=True)
    if ahead is None:
        return None
    mine = [m for m in owner.mentions if m.end <= ahead.start and m.actor != ahead.actor]
    if not mine or len(mine) < len([m for m in owner.mentions if m.end <= ahead.start]):
        return None  # the owner is, or includes, the actor opening the main clause
    return (reader.side(mine, owner.distance, owner.how),
            reader.side(next((g for g in reader.groups if ahead in g), [ahead]), 1))
