"""Frame roles read from the dependency parse: who is the subject, object or agent of a cue.

A role token stands for an actor when an actor mention covers it, or covers a name attached to
it ("pemerintah Rusia", "Menteri Luar Negeri Rusia Sergei Lavrov"); its ``conj`` dependents add
coordinated actors ("AS dan Korsel"); a pronoun or "kedua negara" is resolved as a reference.
A subject shared by coordinated verbs ("X attacked and bombed Y"), the controller of an
``xcomp`` ("X urged Y to withdraw": Y withdraws), the noun an ``acl:relcl`` modifies ("negara
yang membela Israel") are read from the heads.
"""

from __future__ import annotations

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.parse import Parse
from geopolgraph.loaders.extract.reader import SentenceReader, Side
from geopolgraph.loaders.extract.references import reference_before
from geopolgraph.loaders.mentions import Mention

__all__ = ["NOBODY", "agent_of", "objects_of", "possessor_of", "side_at", "subject_of"]

_ATTACHED = ("nmod", "flat", "appos", "compound", "amod")
SHARED_SUBJECT = rules.register("syntax.shared_subject", "'X attacked and bombed Y': a verb "
                                "coordinated with another shares its subject")
CONTROL = rules.register("syntax.control", "'X urged Y to withdraw': an xcomp's subject is the "
                         "governing verb's object, else its subject")
NON_ACTOR_SUBJECT = rules.register(
    "syntax.non_actor_subject", "a parsed subject that is no actor ('Perdana Menteri Wallonia "
    "Adrien Dolimont') leaves the cue without source: no nearer actor is taken")
#: the side of a subject that is not an actor: the frame yields nothing
NOBODY = Side((), (), 0, "nobody")
RELATIVE = rules.register("syntax.relative", "'negara yang membela Israel': a relative clause's "
                          "subject is the noun it modifies")


def _mention_index(reader: SentenceReader) -> dict[int, Mention]:
    if reader.mention_at is None:
        reader.mention_at = {k: m for m in reader.mentions for k in range(m.start, m.end)}
    return reader.mention_at


def _anchor(reader: SentenceReader, p: Parse, i: int, depth: int = 2) -> int | None:
    """``i`` when a mention covers it, else a name attached to it (nmod, flat, appos,
    compound) that a mention covers; None when neither."""
    if i in _mention_index(reader):
        return i
    if depth == 0:
        return None
    for c in p.kids(i, *_ATTACHED):
        cases = [reader.words[k] for k in p.kids(c, "case")]
        if cases and p.deps[c].startswith("nmod") and not all(
            w in reader.lang.genitive_preps for w in cases
        ):
            continue  # "serangan terhadap Israel": an object, not the head's own name
        found = _anchor(reader, p, c, depth - 1)
        if found is not None:
            return found
    return None


def side_at(reader: SentenceReader, p: Parse, i: int, allow_place: bool = False) -> Side | None:
    """The actors token ``i`` stands for, with its coordinated ones (``conj`` in the parse, or
    joined by "dan", "and", a comma or a dash on the surface)."""
    index = _mention_index(reader)
    members = [i]
    k = 0
    while k < len(members) and len(members) < 8:
        at = members[k]
        anchor = _anchor(reader, p, at)
        if anchor is not None and anchor != at:
            members.append(anchor)
        members.extend(c for c in p.kids(at, "conj") if c not in members)
        k += 1
    found = {index[j] for j in members if j in index}
    mentions = [
        m for group in reader.groups if any(g in found for g in group) for m in group
        if (allow_place or not m.locative) and not m.modifier
    ]
    if mentions:
        return reader.side(mentions, 0)
    if i not in index:
        ref = reference_before(reader, i + 1)
        if ref is not None and i + 1 - _window_start(reader, i) <= 3:
            return ref
    return None


def _window_start(reader: SentenceReader, i: int) -> int:
    """Where the reference phrase ending at ``i`` starts ("kedua belah pihak": 2 back)."""
    words = reader.words
    lang = reader.lang
    for phrases in (lang.anaphors, lang.dual_pronouns, lang.group_pronouns):
        for phrase in phrases:
            n = len(phrase)
            if i + 1 - n >= 0 and tuple(words[i + 1 - n : i + 1]) == phrase:
                return i + 1 - n
    if words[i] in lang.person_pronouns or words[i] in lang.speaker_pronouns:
        return i
    return -10


def subject_of(reader: SentenceReader, p: Parse, h: int, depth: int = 0) -> Side | None:
    """The subject of the verb (or predicate) at ``h``."""
    if depth > 3:
        return None
    for c in p.kids(h, "nsubj", "csubj"):
        if p.deps[c] in ("nsubj:pass", "csubj:pass"):
            continue
        side = side_at(reader, p, c)
        if side is not None or not rules.on(NON_ACTOR_SUBJECT):
            return side
        if (
            not reader.open_actors  # with open actors anybody named is an actor already
            and c > 0
            and reader.tokens[c].text[:1].isupper()
            and reader.tokens[c - 1].text not in (",", '"', "“", ":")
        ):
            return NOBODY  # a named subject that is no actor: not somebody nearer
        return None
    dep, head = p.deps[h], p.heads[h]
    if head == h:
        return None
    if dep == "conj" and rules.on(SHARED_SUBJECT) and not p.kids(h, "det", "amod", "nummod"):
        # a noun with a determiner or adjective ("and a long-simmering dispute") is no verb
        return subject_of(reader, p, head, depth + 1)
    if dep == "xcomp" and rules.on(CONTROL):
        for c in p.kids(head, "obj", "iobj"):
            side = side_at(reader, p, c)
            if side is not None:
                return side
        return subject_of(reader, p, head, depth + 1)
    if dep.startswith("acl") and rules.on(RELATIVE):
        return side_at(reader, p, head)
    return None


def objects_of(reader: SentenceReader, p: Parse, h: int, allow_place: bool) -> Side | None:
    """The object of ``h``: obj/iobj, else an oblique with a target preposition (ke, to, on)."""
    for c in p.kids(h, "obj", "iobj"):
        side = side_at(reader, p, c, allow_place)
        if side is not None:
            return side
    lang = reader.lang
    for c in p.kids(h, "obl", "nmod"):
        cases = [reader.words[k] for k in p.kids(c, "case")]
        if any(w in lang.target_preps for w in cases) and not any(
            w in lang.passive_agent or w in lang.source_preps for w in cases
        ):
            side = side_at(reader, p, c, allow_place)
            if side is not None:
                return side
    return None


def agent_of(reader: SentenceReader, p: Parse, h: int) -> Side | None:
    """The agent of a passive verb: obl:agent, an oblique with oleh/by, or (Indonesian) a bare
    noun right after the verb ("diserang Israel")."""
    for c in p.kids(h, "obl", "nmod"):
        cases = [reader.words[k] for k in p.kids(c, "case")]
        if p.deps[c] == "obl:agent" or any(w in reader.lang.passive_agent for w in cases):
            return side_at(reader, p, c)
    if reader.lang.bare_passive_agent:
        for c in p.kids(h, "obj", "obl", "nsubj", "compound"):
            if c == h + 1:
                return side_at(reader, p, c)
    return None


def possessor_of(reader: SentenceReader, p: Parse, h: int) -> Side | None:
    """The possessor of the noun at ``h``: "kunjungan Putin", "Putin's visit", "US sanctions",
    "dukungan dari Iran" (not across a comma: "…, Houthi" is the next clause's subject)."""
    lang = reader.lang
    for c in p.kids(h, "nmod", "compound", "amod", "flat"):
        cases = [reader.words[k] for k in p.kids(c, "case")]
        if cases and p.deps[c] != "nmod:poss" and not any(
            w in ("'s", "’s") or w in lang.source_preps for w in cases
        ):
            continue
        lo, hi = min(c, h), max(c, h)
        if any(reader.words[k] in (",", ";", ":") for k in range(lo, hi)):
            continue
        side = side_at(reader, p, c)
        if side is not None:
            return side
    return None
