"""The frames whose other party is not the clause's subject or object: the speaker (``charge``,
``modal``), the receiver of what the object gives (``receive``) and the body the cue opens
(``agent``).

"(X mengatakan) kunjungan tersebut merupakan pelanggaran Rusia" (X charges RUS), "Pihak AS harus
…" (the speaker appeals to the US), "Indonesia menerima bantuan dari Jepang" (IDN RECEIVES JPN),
"pemantau sanksi PBB …" (the UN's monitors act). Registered with
:func:`~geopolgraph.loaders.extract.frames.frame` when ``frames`` is imported (it imports this
module at its end), as :mod:`.noun_frames` is; the shared helpers are that module's.

>>> from geopolgraph.loaders.extract.frames import FRAMES
>>> FRAMES["receive"] is _receive and FRAMES["agent"] is _agent
True
"""

from __future__ import annotations

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.frames import PARSE, Frame, Sides, _parsed, cue_head, frame
from geopolgraph.loaders.extract.misparse import parsed_body
from geopolgraph.loaders.extract.objects import phrase_opened_by
from geopolgraph.loaders.extract.parse import Parse
from geopolgraph.loaders.extract.reader import Side
from geopolgraph.loaders.extract.references import speaker_side
from geopolgraph.loaders.extract.syntax import NOBODY, possessor_of, side_at, subject_of
from geopolgraph.loaders.lexicons import HOSTED_VISIT, NOT_AN_EVENT

__all__: list[str] = []

RECEIVED_EVENT = rules.register(
    "receive.event_noun", "'Prabowo menerima ucapan selamat dari Xi': receiving praise, "
    "criticism or support is no material receipt; the noun cue is the giver's act")
#: what a received noun may be that is (or may be) material: aid, and support ("received
#: support from Japan" keeps the receipt beside the support); a weapon whose name holds a
#: fight word is no act (NONE: "membeli jet tempur dari Prancis")
_MATERIAL = frozenset({"SUPPLIES", "RECEIVES", "SUPPORTS", NOT_AN_EVENT})
GIVER_ON_VERB = rules.register("receive.giver_on_verb", "'India purchased fighter jets from "
                               "France': the from/dari phrase the parse hangs on the verb names "
                               "the giver")
CALLER_ON_VERB = rules.register(
    "receive.caller_on_verb", "'Prabowo menerima telepon dari/case Presiden/obl-of-menerima "
    "…': for receive.giver_on_verb, the from/dari phrase on the verb of a receiving cue that "
    "ends in its noun (a call, a visit) names its giver too, not only for goods")
RECEIVED_GUEST = rules.register(
    "receive.received_guest", "'Kim Jong Un received Putin', 'Prabowo menerima PM Malaysia': "
    "a person received is a guest whose visit the receiver hosts (CAMEO 043), as a welcomed "
    "one is (grammar hosting_verbs)")
HOST_FOR = rules.register(
    "receive.host_for", "'India menjadi tuan rumah bagi Presiden Rusia': a hosting cue ending in "
    "its preposition hosts the person that preposition opens")
HOSTED = rules.register("receive.hosted", "'Prabowo menerima PM Malaysia': receiving a person or "
                        "state is hosting them, not receiving from them")


@frame("charge", "the speaker charges the noun's possessor")
def _charge(f: Frame) -> Sides:
    p = f.reader.parse
    if p is not None and rules.on(PARSE):
        # "(X mengatakan) kunjungan tersebut merupakan pelanggaran Rusia": whoever states the
        # clause the noun stands in charges the noun's owner
        head = cue_head(p, f.cue.start, f.cue.head_end)
        target = possessor_of(f.reader, p, head)
        if target is not None:
            return _stating(f, p, head), target
    return None, None


def _stating(f: Frame, p: Parse, h: int) -> Side | None:
    """The actor stating the clause ``h`` stands in: the first subject up the tree, else the
    sentence's speaker."""
    n = h
    for _ in range(4):
        if p.heads[n] == n:
            break
        n = p.heads[n]
        found = subject_of(f.reader, p, n)
        if found is not None and found is not NOBODY:
            return found
    return speaker_side(f.reader)


def _parsed_giver(f: Frame) -> Side | None:
    """Who gives what the cue receives, from the parse: the owner of the received noun
    ("menerima kunjungan Prabowo", "menerima bantuan dari Rusia") or of the verb's object."""
    p = f.reader.parse
    if p is None or not rules.on(PARSE):
        return None
    head = cue_head(p, f.cue.start, f.cue.head_end)
    guest = _hosted_for(f, p)
    if guest is not None:
        return guest
    objects = p.kids(head, "obj")
    for n in objects:  # "menyambut Putin": the object itself, not an owner of it
        found = side_at(f.reader, p, n)
        if found is not None and any(m.start <= n < m.end for m in f.reader.mentions):
            if f.cue.pattern.relation == "RECEIVES" and rules.on(HOSTED):
                # "Prabowo menerima PM Malaysia": a guest received is a hosted visit, not a
                # gift from the guest: the guest when a person, whom the record turns into a
                # visitor (article._hosted); else no triple rather than a wrong RECEIVES
                if rules.on(RECEIVED_GUEST) and f.reader.lang.persons_only(found.mentions,
                                                                           f.words):
                    return found
                return NOBODY
            return found
    if f.cue.pattern.relation == "RECEIVES" and rules.on(RECEIVED_EVENT) and any(
            c.start in objects and c.pattern.relation not in _MATERIAL for c in f.reader.cues):
        return NOBODY  # "menerima ucapan selamat/kecaman dari X": X's act is that noun's
    gifts = objects if f.cue.pattern.relation == "RECEIVES" else []  # "menerima senjata dari"
    if rules.on(GIFT_KIND):
        # "received a first batch of F-16 jets/nmod from Denmark": the kind of goods the object
        # counts (grammar goods_kind_preps) may carry the giver's phrase
        gifts = gifts + [c for n in gifts for c in p.kids(n, "nmod") if any(
            f.words[k] in f.reader.lang.goods_kind_preps and p.deps[k] == "case"
            for k in range(n + 1, c) if p.under(k, c))]  # "of/case-of-F-16 F-16 jets"
    for n in [k for k in range(f.cue.start, f.cue.end) if k != head] + gifts:
        found = possessor_of(f.reader, p, n)
        if found is not None:
            return found
    received = gifts or (f.cue.end - f.cue.start > 1 and rules.on(CALLER_ON_VERB))
    if received and rules.on(GIVER_ON_VERB):
        # "bought fighter jets from/obl France": the giver's phrase hung on the verb
        found = phrase_opened_by(f.reader, p, [c for c in p.kids(head, "obl", "nmod") if c > head],
                                 f.reader.lang.source_preps)
        if found is not None:
            return found
    # "menyambut keputusan Jepang": a welcomed thing is no visitor
    return NOBODY if objects and not gifts and f.cue.end - f.cue.start == 1 else None


def _hosted_for(f: Frame, p: Parse) -> Side | None:
    """The person a hosting cue that ends in its preposition hosts ("menjadi tuan rumah bagi
    Presiden Rusia"): the phrase that preposition opens, when it names persons only."""
    cue = f.cue
    if (cue.pattern.cameo != HOSTED_VISIT or not rules.on(HOST_FOR)
            or f.words[cue.end - 1] not in f.reader.lang.target_preps):
        return None
    for c in [c for h in range(cue.start, cue.end) for c in p.kids(h, "obl", "nmod")]:
        if any(cue.start <= k < cue.end for k in p.kids(c, "case")):
            found = side_at(f.reader, p, c)
            if found is not None and f.reader.lang.persons_only(found.mentions, f.words):
                return found
    return None


GIFT_KIND = rules.register(
    "receive.gift_kind", "'Ukraine received a first batch of F-16 jets from Denmark': the "
    "giver's phrase may hang on the kind of goods the received noun counts")


@frame("receive", "the subject receives from the object (RECEIVES, a hosted visit)")
def _receive(f: Frame) -> Sides:
    receiver = _parsed(f, subject_of) or f.subject()
    giver = _parsed_giver(f)
    if receiver is NOBODY or giver is NOBODY:
        return None, None
    if f.cue.pattern.relation == "RECEIVES":
        return receiver, giver
    return giver, receiver


@frame("modal", "'Y harus …', 'Y must …': the speaker appeals to Y")
def _modal(f: Frame) -> Sides:
    reader = f.reader
    p = reader.parse
    if p is not None and rules.on(PARSE) and p.deps[f.cue.start] == "aux":
        # "Pihak AS harus melihat …": the subject of the verb the modal helps
        target = subject_of(reader, p, p.heads[f.cue.start])
        if target is None or target is NOBODY:
            return None, None
        return speaker_side(reader), target
    return None, None


@frame("agent", "the body the cue opens ('pemantau sanksi PBB') acts on the next actor")
def _agent(f: Frame) -> Sides:
    reader = f.reader
    p = reader.parse
    if p is not None and rules.on(PARSE):
        found = parsed_body(reader, p, f.cue, cue_head(p, f.cue.start, f.cue.head_end))
        if found[0] is not None:
            return found
    return None, None
