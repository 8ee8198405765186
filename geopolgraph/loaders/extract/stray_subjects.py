"""Subjects the parse put somewhere else: a name before a subjectless verb under another
label, the actor after a fronted phrase's comma, the noun phrase before a verb cue the parse
made a nominal modifier, and the actor named right before a relative pronoun. Each reads the
parse and the sentence's shape; none takes the nearest actor by token distance.

>>> from geopolgraph.model import Article
>>> from geopolgraph.loaders.extract import extract_triples
>>> text = "Menurut pejabat, Rusia menahan kapal Ukraina."
>>> [(t.source, t.relation, t.target) for t in extract_triples(Article(id="a", text=text,
...  lang="id"))]
[('RUS', 'COERCES', 'UKR')]
"""

from __future__ import annotations

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.parse import Parse
from geopolgraph.loaders.extract.phrases import (
    INSTRUMENT,
    mention_index,
    named_before,
    rel_base,
    side_at,
    window_start,
)
from geopolgraph.loaders.extract.reader import NOBODY, SentenceReader, Side
from geopolgraph.loaders.extract.references import reference_before
from geopolgraph.loaders.mentions import Mention

__all__ = ["NOMINAL", "interrupted_subject", "misattached_subject", "named_before",
           "parenthetical_owner", "preverbal_actor", "unknown_name"]

UNDER_CONJUNCT = rules.register(
    "syntax.under_conjunct", "'Rusia dan Ukraina Sepakat Tukar Tawanan': a verb cue the parse hung "
    "as a modifier on the last of coordinated actors right before it has them all as its subject")
AFTER_FRONTED = rules.register(
    "syntax.after_fronted", "'Menurut pejabat, Rusia/appos menahan …': a verb with no subject "
    "takes the actor named between a comma and the verb (a fronted phrase ends at the comma)")
INTERRUPTED = rules.register(
    "syntax.interrupted_subject", "'Russia, which borders China, praised Japan', 'Rusia, sekutu "
    "dekat Serbia, mengecam …': a verb right after the comma that closes a relative clause or "
    "apposition on an actor has that actor as subject (the parse may make it a modifier)")
TITLED_APPOSITION = rules.register(
    "syntax.titled_apposition", "'Menteri Luar Negeri Rusia, Sergei Lavrov, memasok …': a "
    "title and its holder's name in commas that open the sentence right before the verb are "
    "its subject (the parse may make the verb a conjunct of the title)")
COMITATIVE = rules.register(
    "syntax.comitative", "'Indonesia, along with Malaysia, condemned …', 'Indonesia, bersama "
    "Malaysia, mengecam …': those named in a comma-enclosed 'along with' phrase act too")
PARENTHETICAL = rules.register(
    "syntax.parenthetical_act", "'Putin, dalam pertemuan dengan Xi, mengatakan …', 'Russia, in "
    "an agreement with China, said …': an act noun in a comma-set phrase the parse hangs on the "
    "actor before it is that actor's")
#: what may open the phrase before a subject in a sentence (its start, a comma, a quote)
_OPENERS = frozenset({",", '"', "“", ":", "the"})
#: relations of a nominal modifier: a verb cue under one of them was misread as part of a noun
NOMINAL = ("nmod", "amod", "det", "nummod", "compound", "flat", "appos")
#: relations of a child before its verb that are never the subject
_NOT_SUBJECT = frozenset({"punct", "cc", "mark", "case", "aux", "cop", "det", "obl:tmod",
                          "nmod:tmod", "advcl", "parataxis", "discourse", "obj", "iobj"})


def unknown_name(reader: SentenceReader, c: int) -> bool:
    """Whether the token at ``c``, which no actor covers, starts a name inside the sentence (a
    capital not after a quote or colon; after a comma it is still a name: "…, Kowalski
    mengecam Rusia" has an unknown subject, not the actor of the clause before); with open
    actors anybody named is an actor."""
    return (
        not reader.open_actors
        and not reader.headline  # a headline capitalises every word
        and c > 0
        and reader.tokens[c].text[:1].isupper()
        and reader.tokens[c - 1].text not in ('"', "“", ":")
    )


def preverbal_actor(reader: SentenceReader, p: Parse, h: int) -> Side | None:
    """An actor before a verb the parse gave no subject, attached to it without a preposition
    under another label ("Jepang/advmod tetap berkomitmen"): the parse mislabelled the subject."""
    for c in p.children[h]:
        if c >= h or p.deps[c] in _NOT_SUBJECT or p.kids(c, "case", "mark"):
            continue
        if any(reader.words[k] in (",", ";", ":") for k in range(c + 1, h)):
            continue
        side = side_at(reader, p, c)
        if side is not None:
            return side
    if rules.on(AFTER_FRONTED):
        # "Menurut pejabat, Rusia/appos-of-pejabat menahan …": the actor between the comma
        # that closes a fronted phrase and the verb, wherever the parse hung it
        words, skip = reader.words, reader.lang.skip_before_cue | reader.lang.time_words
        m = max((m for m in reader.mentions if m.end <= h), key=lambda m: m.end, default=None)
        if (m is not None and m.start > 0 and words[m.start - 1] == "," and not m.locative
                and all(w in skip for w in words[m.end:h])):
            return side_at(reader, p, m.end - 1)
    return None


def misattached_subject(reader: SentenceReader, p: Parse, h: int) -> Side | None:
    """The subject of the verb cue at ``h`` that the parse made a nominal modifier (of the noun
    before it, or of its object): the lexicon says ``h`` is a verb, so the noun phrase right
    before it is its subject (the last actor named there; a name that is no actor is nobody)."""
    if not any(c.start <= h < c.head_end and c.pattern.frame != "noun" for c in reader.cues):
        return None  # a noun cue modifying a noun is what the parse says
    head = h - 1  # the phrase's head: up from the word before the verb, inside a noun phrase
    while head > 0 and p.heads[head] < head and (rel_base(p.deps[head]) in NOMINAL or (
        # "Rusia dan Ukraina/conj Sepakat/compound": the coordination is the phrase
        p.deps[head] == "conj" and rules.on(UNDER_CONJUNCT))) and not any(
        reader.words[k] in (",", ";", ":") for k in range(p.heads[head], head)
    ):
        head = p.heads[head]
    if head < 0:
        return None
    if window_start(reader, h - 1) >= head:  # "kedua negara mengecam": a reference
        return reference_before(reader, h) or NOBODY
    index = mention_index(reader)
    inside = [index[k] for k in range(h - 1, head - 1, -1) if k in index]
    inside = [m for m in inside if not m.locative and (
        not m.modifier or (m.instrument and rules.on(INSTRUMENT)))]
    if inside:  # with the actors coordinated with it ("Rusia – China mengecam")
        group = next((g for g in reader.groups if inside[0] in g), [inside[0]])
        return reader.side([m for m in group if m.start >= head], h - inside[0].end)
    return NOBODY if unknown_name(reader, head) else None


def _opens(reader: SentenceReader, m: Mention) -> bool:
    """Whether ``m`` may be an agent that opens its sentence or clause."""
    return not (m.locative or (m.modifier and not m.instrument)) and (
        m.start == 0 or reader.words[m.start - 1] in _OPENERS)


def interrupted_subject(reader: SentenceReader, p: Parse, h: int) -> Side | None:
    """The actor before a comma-enclosed relative clause or apposition that ends right before
    the verb at ``h`` (auxiliaries and time words may come between): "Russia, which borders
    China, praised Japan" has Russia as subject whatever the parse made of "praised"."""
    if not rules.on(INTERRUPTED):
        return None
    words, skip = reader.words, reader.lang.skip_before_cue | reader.lang.time_words
    k = h - 1
    while k > 0 and words[k] in skip:
        k -= 1
    if k <= 0 or words[k] != ",":
        return None
    titled = next((m for m in reader.mentions if m.end == k and "," in words[m.start : k]), None)
    if titled is not None and rules.on(TITLED_APPOSITION) and _opens(reader, titled):
        return side_at(reader, p, k - 1)
    opened = next((c for c in range(k - 1, -1, -1) if words[c] in (",", ";", ":")), None)
    if opened is None or opened + 1 >= k or words[opened] != ",":
        return None
    m = next((m for m in reader.mentions if m.end == opened), None)
    if m is None or not _opens(reader, m):
        return None
    side = side_at(reader, p, m.end - 1)
    opening = tuple(words[opened + 1 : k])
    if side is not None and rules.on(COMITATIVE) and any(
            opening[: len(c)] == c for c in reader.lang.comitatives):
        # "Indonesia, along with Malaysia, condemned …": those named inside act too
        inside = [n for n in reader.mentions if opened < n.start and n.end <= k
                  and not n.locative and not n.modifier]
        if inside:
            side = reader.side([*side.mentions, *inside], side.distance, side.how)
    return side


def parenthetical_owner(reader: SentenceReader, p: Parse, h: int) -> Side | None:
    """The actor whose comma-set prepositional phrase holds the noun cue at ``h``, when the parse
    hangs the phrase on that actor ("Putin, dalam pertemuan/nmod-of-Putin dengan Xi, …"), else
    None.

    >>> from geopolgraph.model import Article
    >>> from geopolgraph.loaders.extract import extract_triples, rules
    >>> text = "Russia, in an agreement with China, said ties were strong."
    >>> def facts():
    ...     return [(t.source, t.relation, t.target)
    ...             for t in extract_triples(Article(id="a", text=text, lang="en"))]
    >>> facts()
    [('RUS', 'AGREES', 'CHN')]
    >>> with rules.disabled(PARENTHETICAL):
    ...     facts()
    []
    """
    head = p.heads[h]
    if (not rules.on(PARENTHETICAL) or head == h or head >= h - 2
            or p.deps[h] not in ("nmod", "obl") or not p.kids(h, "case")
            or reader.words[head + 1] != "," or head not in mention_index(reader)):
        return None
    return side_at(reader, p, head)
