"""Role nouns: a noun naming who does an act, said of an actor, makes that actor its doer.

"Iran, a key backer of Hamas, …", "Russia is North Korea's closest ally", "Iran merupakan
pendukung utama Hamas", "China, sebagai sekutu utama Korea Utara, …": the noun cue (grammar
``role_nouns``: backer, ally, supplier, critic, mediator; pendukung, sekutu, pemasok,
pengkritik, penengah) names the doer of its relation, so the actor it is set beside
(an apposition) or predicated of (a copula, "merupakan", "as"/"sebagai") does the relation to
the noun's owner ("Hamas's", "of Hamas", "pendukung Hamas", "a US ally"). A role noun said of
nobody ("Ukraine's allies met") is read as any other noun cue (the ``noun`` frame asks
:func:`role_sides` first).

>>> from geopolgraph.model import Article
>>> from geopolgraph.loaders.extract import extract_triples
>>> text = "Iran, a key backer of Hamas, criticised the plan."
>>> [(t.source, t.relation, t.target) for t in extract_triples(Article(id="a", text=text,
...  lang="en"))]
[('IRN', 'SUPPORTS', 'group:hamas')]
"""

from __future__ import annotations

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.frames import PARSE, Frame, Sides, cue_head
from geopolgraph.loaders.extract.parse import Parse
from geopolgraph.loaders.extract.phrases import mention_index
from geopolgraph.loaders.extract.reader import SentenceReader, Side
from geopolgraph.loaders.extract.syntax import NOBODY, side_at, subject_of

__all__ = ["ROLE", "role_owner", "role_sides", "said_of"]

ROLE = rules.register(
    "noun.role", "'Iran, a key backer of Hamas', 'Russia is North Korea's closest ally', 'Iran "
    "merupakan pendukung utama Hamas': a noun naming the doer of its act (grammar role_nouns) "
    "set beside or predicated of an actor makes that actor act on the noun's owner")


def role_sides(f: Frame) -> Sides | None:
    """(doer, owner) of a role noun cue said of an actor, else None."""
    reader, p = f.reader, f.reader.parse
    if p is None or not rules.on(PARSE) or not rules.on(ROLE):
        return None
    h = cue_head(p, f.cue.start, f.cue.head_end)
    if reader.words[h].lower() not in reader.lang.role_nouns:
        return None
    source, target = said_of(reader, p, h), role_owner(reader, p, h, f.cue.end)
    if source is None or target is None:
        # "the Kremlin's critics say …": the owner of a one-way role is no doer of it (an
        # ally's or partner's is, of an act both sides do: the noun frame reads it)
        return None if f.props.reciprocal else (None, None)
    # "Iran, Hamas's main backer/conj-of-Iran": the owner is no doer of its own
    doers = tuple(a for a in source.actors if a not in target.actors)
    if not doers:
        return None
    return Side(doers, tuple(m for m in source.mentions if m.actor in doers), source.distance,
                source.how), target


def said_of(reader: SentenceReader, p: Parse, h: int) -> Side | None:
    """The actor the noun at ``h`` is said of: the name it is in apposition with (either way
    round), the subject of its copula ("is", "adalah", or a copular verb whose object or
    complement it is: "merupakan", "remains"), or the subject of the verb an "as"/"sebagai"
    phrase it heads qualifies ("China, as North Korea's main ally, warned …")."""
    words, copulas = reader.words, reader.lang.copulas
    if p.kids(h, "nsubj"):
        # "Iran is a backer of Hamas"; "Russia, North Korea's closest ally/root, criticised …"
        return _named(subject_of(reader, p, h))
    if p.heads[h] != h and ((p.deps[h] in ("appos", "parataxis") and "," in words[
            min(h, p.heads[h]):max(h, p.heads[h])]) or (
            # "Iran, Hamas's main backer/conj, criticised …": an apposition read as a list
            p.deps[h] == "conj" and "," in words[p.heads[h]:h] and not p.kids(h, "cc"))):
        return _named(side_at(reader, p, p.heads[h]))  # "Iran, a key backer of Hamas,"
    for c in p.kids(h, "appos", "vocative", "dislocated", "compound"):
        if (c > h or "," in words[c:h]) and (side := _named(side_at(reader, p, c))) is not None:
            # "Hamas's main backer, Iran, …"; "Peru/vocative, Japan's main arms supplier, …"
            return side
    if not reader.lang.head_first_compounds and h + 1 in mention_index(reader):
        # "key Hamas backer Iran", "Russia's ally Belarus": the name right after it, however
        # the parse hangs it
        return _named(side_at(reader, p, h + 1))
    verb = p.heads[h]
    if verb == h:
        return None
    if p.deps[h].startswith("nsubj"):
        # "Qatar/nsubj:outer, a key mediator/nsubj …, urged": the name before it, past a comma
        for c in p.kids(verb, "nsubj"):
            if c < h and "," in words[c:h] and (side := _named(side_at(reader, p, c))):
                return side
    if p.deps[h] in ("obj", "xcomp") and words[verb].lower() in copulas:
        return _named(subject_of(reader, p, verb))  # "Iran merupakan pendukung Hamas"
    if any(words[c].lower() in copulas for c in p.kids(h, "case", "mark")):
        # "China, as North Korea's main ally/nmod-of-China, warned …"; "… warned, as …"
        return _named(side_at(reader, p, verb)) or _named(subject_of(reader, p, verb))
    return None


def role_owner(reader: SentenceReader, p: Parse, h: int, end: int | None = None) -> Side | None:
    """Whom the role noun at ``h`` is of: its possessor ("Hamas's backer"), its "of" phrase
    (grammar ``role_preps``), a name before it ("a US ally") or, in Indonesian, a bare name
    after it ("pendukung Hamas", "sekutu dekat AS"); a word of the cue up to ``end`` the parse
    made its case ("mitra strategis/case Rusia") does not count."""
    words, lang = reader.words, reader.lang
    kids = p.kids(h, "nmod", "compound", "flat")
    if p.deps[h] == "compound" and p.heads[h] > h:
        # "Japan's/nmod:poss-of-Angola ally/compound Angola": the name's possessor before it
        kids += [c for c in p.kids(p.heads[h], "nmod:poss") if c < h]
    for c in kids:
        cases = [words[k].lower() for k in p.kids(c, "case") if end is None or k >= end]
        if cases and not (p.deps[c] == "nmod:poss" or all(w in lang.role_preps for w in cases)):
            continue
        if not cases and c > h and not lang.head_first_compounds:
            continue  # English: no bare owner after the noun
        if any(words[k] in (",", ";", ":") for k in range(min(c, h), max(c, h))):
            continue
        if (side := _named(side_at(reader, p, c, allow_place=True, patient=True))) is not None:
            # "sekutu AS": a name qualifying the noun is whom it is of; "sekutu dekat/'near'
            # Suriah" is no place
            return side
    return None


def _named(side: Side | None) -> Side | None:
    return side if side is not None and side is not NOBODY and side.actors else None
