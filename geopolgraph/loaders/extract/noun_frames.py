"""The ``noun`` frame: a nominalisation, its possessor acting on its target.

"kunjungan Putin ke Korea Utara" (RUS VISITS PRK), "US sanctions on Russia", "serangan Israel
terhadap Iran"; with an owner that is no actor, the verb the noun is the object of ("Washington
meluncurkan kampanye pemboman terhadap Houthi") or an actor named in a relative clause on it.
Registered with :func:`~geopolgraph.loaders.extract.frames.frame` when ``frames`` is imported
(it imports this module at its end); the shared helpers (``_parsed``, ``_pairs`` …) are that
module's.

>>> from geopolgraph.loaders.extract.frames import FRAMES
>>> FRAMES["noun"] is _noun
True
"""

from __future__ import annotations

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.active_frame import _parsed_object
from geopolgraph.loaders.extract.cataphors import fronted_participant, fronted_target
from geopolgraph.loaders.extract.clause_doers import clause_doer
from geopolgraph.loaders.extract.frames import (
    LIGHT_VERB,
    PARSE,
    Frame,
    Sides,
    _pairs,
    _PairsFound,
    _parsed,
    cause_of_cue,
    cue_head,
    frame,
    implied_target,
)
from geopolgraph.loaders.extract.goods_targets import measure_owner
from geopolgraph.loaders.extract.noun_roles import agent_patient, owned_compound, received_from
from geopolgraph.loaders.extract.noun_targets import OWNER_AFTER_SPAN, arrived_at, noun_target
from geopolgraph.loaders.extract.objects import goods_owner, prep_object
from geopolgraph.loaders.extract.parse import Parse
from geopolgraph.loaders.extract.passives import passive_subjects
from geopolgraph.loaders.extract.reactions import governed_by_cue
from geopolgraph.loaders.extract.reader import Side
from geopolgraph.loaders.extract.references import dual_after, prep_reference
from geopolgraph.loaders.extract.roles import role_sides
from geopolgraph.loaders.extract.syntax import (
    NOBODY,
    PASSIVE_LIGHT_VERB,
    light_verb_subject,
    possessor_of,
    side_at,
    subject_of,
)

__all__: list[str] = []

LIGHT_PAIR = rules.register(
    "noun.light_pair", "'North Korea fired a missile after the US and South Korea began joint "
    "military drills': two or more coordinated subjects of the verb whose direct object a "
    "mutual noun is, with no target named, are each other's partners in whatever clause the "
    "verb stands")
RECEIVED = rules.register("noun.received", "'Vietnam received support from Japan': a noun "
                          "event a receiving verb's subject gets is aimed at that subject")
CASUALTIES = rules.register(
    "noun.casualties", "'Warga Palestina tewas dalam serangan Israel', 'Three Palestinians died "
    "in an Israeli strike': an owned act noun in the oblique of a verb of dying or being hurt "
    "(grammar casualty_verbs) hit that verb's subject")
TIMED_PATIENT = rules.register(
    "noun.timed_patient", "'Iran vowed revenge after the killing of a Hamas leader': an act noun "
    "in a time phrase (after, before, since …) that names whom it hit with 'of' and no doer is "
    "not the governing verb's subject's act ('after talks with Xi' still is)")
GIVEN_FROM = rules.register("noun.given_from", "'cooperation from both the US and Iran': the "
                            "coordinated owners of a mutual noun after 'from'/'dari' are no pair")
PRENOMINAL_ARRIVED = rules.register(
    "noun.prenominal_arrived", "'Japanese aid arrived in Gaza', 'US aid arrived in Gaza': "
    "noun.arrived for a noun whose owner comes before it, as for one with a from-phrase")
SOURCE_OWNER = rules.register(
    "noun.source_owner", "'kritikan dari/case Rusia/obl terhadap Ukraina', 'bantuan senjata/"
    "head dari Rusia': a from- or by-phrase the parse hung on any word of a noun cue, under any "
    "nominal or oblique label, is the noun's owner")


@frame("noun", "a nominalisation: its possessor acts on the object of ke/terhadap/to")
def _noun(f: Frame) -> Sides:
    reader, cue = f.reader, f.cue
    lang = reader.lang
    role = role_sides(f)
    if role is not None:
        return role  # "Iran, a key backer of Hamas"
    reciprocal = f.mutual
    if lang.prenominal_agent:
        source = reader.prenominal(cue.start)
        owned = owned_compound(f, source) if source is not None else None
        patient = None
        if owned is not None:
            source, patient = owned  # "Putin's China visit"
        if source is not None:
            # "US sanctions on Russia", "China's support for Moscow", "Putin's visit to Pyongyang"
            # an answered claim: its own target phrase, else the one answering ("Iran denied
            # US accusations")
            target = noun_target(f, source) if f.answer is not None else _parsed_object(f, True)
            if target is None:  # "Israel's attacks on the country": a reference
                target = patient or agent_patient(f) or prep_reference(reader, cue, source.actors)
            if target is None and rules.on(PRENOMINAL_ARRIVED):
                target = arrived_at(f)  # "Japanese aid arrived in Gaza"
            fronted = fronted_target(reader, cue, source) if (
                target is None and not f.props.talk) else None
            if fronted is not None:
                source, target = fronted  # "Despite Beijing's criticism, Japan …"
            if target is None and reciprocal:
                target = _copula_subject(f)
            if target is None and f.reader.parse is not None:
                # "Three Palestinians died in an Israeli strike"
                target = _casualties(f, f.reader.parse,
                                     cue_head(f.reader.parse, cue.start, cue.head_end), source)
            return source, target
    return _noun_after(f, reciprocal)


def _copula_subject(f: Frame) -> Side | None:
    """ "China is Russia's largest trading partner": the subject of a noun cue that is the
    predicate of a copula is the other party of a mutual relation."""
    p = f.reader.parse
    if p is None or not rules.on(PARSE):
        return None
    head = cue_head(p, f.cue.start, f.cue.head_end)
    if not any(f.words[k] in f.reader.lang.copulas for k in p.kids(head, "cop")):
        return None
    found = subject_of(f.reader, p, head)
    return found if found is not NOBODY else None


def _given_from(f: Frame, owner: Side) -> bool:
    """Whether the owner's phrase opens with a source preposition ("cooperation from both the
    US and Iran"): its parties give the act to somebody else, they are no pair."""
    if not owner.mentions or not rules.on(GIVEN_FROM):
        return False
    words = f.words[f.cue.end : owner.mentions[0].start]
    return any(w in f.reader.lang.source_preps for w in words)


def _owned(f: Frame) -> bool:
    """Whether the noun cue has an owner that is no actor ("his EU and NATO allies"): the
    names before it then only qualify it, they are not its parties."""
    p = f.reader.parse
    if p is None:
        return False
    head = cue_head(p, f.cue.start, f.cue.head_end)
    return any(side_at(f.reader, p, c) is None for c in p.kids(head, "nmod:poss"))


def _source_owner(f: Frame) -> Side | None:
    """The actors of a from- or by-phrase after the noun cue that the parse hung on any of its
    words ("bantuan senjata/head-of-it dari Rusia"), labelled ``nmod`` or ``obl`` (the parse may
    read the noun as a predicate: "kritikan/ROOT dari Rusia/obl").

    >>> from geopolgraph.loaders.extract import extract_triples, rules
    >>> from geopolgraph.model import Article
    >>> text = "Kini kritikan dari Rusia terhadap Ukraina terus berlanjut."
    >>> def facts():
    ...     return [(t.source, t.relation, t.target)
    ...             for t in extract_triples(Article(id="x", text=text, lang="id"))]
    >>> facts()
    [('RUS', 'CRITICIZES', 'UKR')]
    >>> with rules.disabled(SOURCE_OWNER):
    ...     facts()
    []
    """
    reader = f.reader
    p = reader.parse
    if p is None or not rules.on(SOURCE_OWNER):
        return None
    lang = reader.lang
    for k in range(f.cue.start, f.cue.end):
        for c in p.kids(k, "nmod", "obl"):
            cases = [reader.words[j] for j in p.kids(c, "case")]
            if c >= f.cue.end and cases and all(
                w in lang.source_preps or w in lang.passive_agent for w in cases
            ):
                side = side_at(reader, p, c)
                if side is not None:
                    return side
    return None


def _goods_owner(f: Frame) -> Side | None:
    """The owner of the goods or forces a noun cue of sending (relations.tsv ``goods_owner``)
    names in its of-phrase (grammar ``goods_kind_preps``): the sender ("the transfer of US
    tanks to Ukraine", "the shipment of Iranian drones to Russia").

    >>> from geopolgraph.loaders.extract import extract_triples, rules
    >>> from geopolgraph.model import Article
    >>> text = "Moscow condemned the transfer of US tanks to Ukraine."
    >>> def facts():
    ...     return [(t.source, t.relation, t.target)
    ...             for t in extract_triples(Article(id="x", text=text, lang="en"))]
    >>> facts()
    [('RUS', 'CRITICIZES', 'USA'), ('USA', 'SUPPLIES', 'UKR')]
    >>> with rules.disabled("noun.goods_owner"):
    ...     facts()
    []
    """
    p = f.reader.parse
    if p is None:
        return None
    # the of-phrase after the cue's head words ("shipment of/head-end … drones")
    return goods_owner(f.reader, p, cue_head(p, f.cue.start, f.cue.head_end), f.cue.head_end)


def _owner_at_end(f: Frame) -> Side | None:
    """The actors named right after the noun cue's words, in a language whose nouns come before
    their owners, where the parse gave the cue no owner ("pengiriman senjata/case Rusia").

    >>> from geopolgraph.loaders.extract import extract_triples, rules
    >>> from geopolgraph.model import Article
    >>> text = "Pengiriman senjata Rusia kepada Ukraina terus berlanjut."
    >>> def facts():
    ...     return [(t.source, t.relation, t.target)
    ...             for t in extract_triples(Article(id="x", text=text, lang="id"))]
    >>> facts()
    [('RUS', 'SUPPLIES', 'UKR')]
    >>> with rules.disabled(OWNER_AFTER_SPAN):
    ...     facts()
    []
    """
    reader = f.reader
    if not reader.lang.head_first_compounds or not rules.on(OWNER_AFTER_SPAN):
        return None
    for group in reader.groups:
        if group[0].start == f.cue.end and not group[0].locative:
            return reader.side(list(group), 0)
    return None


def _owner_after(f: Frame, noun: int, cue: int) -> Side | None:
    """A bare modifier of ``noun`` after the cue it governs: the cue's owner hung one level
    up by the parse ("sasaran serangan udara Israel")."""
    p = f.reader.parse
    assert p is not None
    for c in p.kids(noun, "nmod", "compound", "flat"):
        if c > cue and not p.kids(c, "case"):
            side = side_at(f.reader, p, c)
            if side is not None:
                return side
    return None


def _light_verb(f: Frame, owner: Side | None) -> Sides | None:
    """A noun cue inside a verb's object: the verb's subject (or the noun's owner) acts on the
    target of the cue or of the noun it modifies ("meluncurkan kampanye pemboman intensif
    terhadap Houthi", "had a meeting with Mr Orban")."""
    p = f.reader.parse
    if p is None or not rules.on(PARSE) or not rules.on(LIGHT_VERB):
        return None
    head = cue_head(p, f.cue.start, f.cue.head_end)
    subject, governed = light_verb_subject(f.reader, p, head)
    if governed != head and f.words[governed] in f.reader.lang.victim_markers and subject not in (
        None, NOBODY
    ):
        # "Houthi menjadi sasaran serangan udara Israel": the noun's owner (the parse may hang
        # it on the marker) acts on the subject; not when the cue is the marker itself
        # ("launched strikes on Hezbollah targets/obl")
        doer = owner or _owner_after(f, governed, head)
        return (doer, subject) if doer is not None else None
    if owner is None and subject not in (None, NOBODY):
        owner = received_from(f, p, governed)
    if (owner is not None and subject not in (None, NOBODY) and rules.on(RECEIVED)
            and governed != p.heads[governed]
            and f.words[p.heads[governed]] in f.reader.lang.receiving_verbs
            and not set(subject.actors) & set(owner.actors)):
        # "Vietnam received support from Japan", "Afghanistan has had the benefit of
        # cooperation from the US": the owner acts on whoever gets it
        return owner, subject
    if owner is not None and (hit := _casualties(f, p, governed, owner)) is not None:
        return owner, hit  # "Warga Palestina tewas dalam serangan Israel"
    if owner is None and _timed_patient(f, p, governed):
        return None  # "vowed revenge after the killing of a Hamas leader": nobody named did it
    if owner is None and governed_by_cue(f.reader, p, governed, f.cue.start):
        # "Indonesia condemned the attack on Lebanon": whoever condemns, accuses or welcomes an
        # act did not do it
        return None
    source = owner or subject
    if source is None or source is NOBODY:
        return None
    target = noun_target(f, source)
    if target is None and governed != head:
        target = prep_object(f.reader, p, governed, True)
    verb = p.heads[governed]
    if (target is None and verb != governed and rules.on(PASSIVE_LIGHT_VERB)
            and governed in passive_subjects(f.reader, p, verb)):
        target = prep_object(f.reader, p, verb, True)  # "… were imposed on Russia by the EU"
    if target is None:  # "menggelar latihan militer di sekitar Taiwan"
        target = implied_target(f.reader, f.cue, f.props)
    if target is None and f.mutual and len(source.actors) >= 2 and subject is source and (
            governed == head and p.deps[head] == "obj" and rules.on(LIGHT_PAIR)):
        raise _PairsFound(_pairs(source, 0.6))  # "after the US and South Korea began drills"
    if target is None or set(target.actors) <= set(source.actors):
        return None
    return source, target


def _casualties(f: Frame, p: Parse, n: int, owner: Side) -> Side | None:
    """The subject of the verb of dying or being hurt whose oblique the noun at ``n`` is
    ("Warga Palestina/nsubj tewas dalam serangan/obl"), as whom the ``owner``'s act hit, else
    None (nor when it is the owner)."""
    verb = p.heads[n]
    if (verb == n or p.deps[n] != "obl" or f.words[verb] not in f.reader.lang.casualty_verbs
            or not rules.on(CASUALTIES)):
        return None
    for c in p.kids(verb, "nsubj"):
        hit = side_at(f.reader, p, c, patient=True)
        return hit if hit is not None and not set(hit.actors) & set(owner.actors) else None
    return None


def _timed_patient(f: Frame, p: Parse, n: int) -> bool:
    """Whether the noun at ``n`` opens a time phrase ("after the killing …") and names whom its
    act hit with a genitive preposition ("of a Hamas leader")."""
    lang = f.reader.lang
    return (p.deps[n] == "obl" and rules.on(TIMED_PATIENT)
            and any(f.words[k] in lang.subordinators for k in p.kids(n, "case"))
            and any(f.words[k] in lang.genitive_preps
                    for c in p.kids(n, "nmod") for k in p.kids(c, "case")))


def _noun_after(f: Frame, reciprocal: bool) -> Sides:
    """A noun cue whose possessor follows it ("kunjungan Putin ke Korea Utara")."""
    reader, cue = f.reader, f.cue
    parsed = measure_owner(reader, cue, f.props.goods_target,  # not "tarif impor barang China"
                           _parsed(f, possessor_of) or _owner_at_end(f) or _source_owner(f)
                           or _goods_owner(f))
    if parsed is not None and reciprocal and len(parsed.actors) >= 2 and not _owned(f) and not (
        _given_from(f, parsed)
    ):
        raise _PairsFound(_pairs(parsed, 0.7))  # "perang Thailand-Kamboja"
    if parsed is not None:
        target = noun_target(f, parsed)
        fronted = fronted_target(reader, cue, parsed) if target is None and not f.props.talk else (
            None)
        if fronted is not None:
            parsed, target = fronted  # "Despite criticism from the US, Israel …"
        if target is not None and set(target.actors) != set(parsed.actors):
            return parsed, target  # "kunjungan Putin ke Korea Utara", "US sanctions on Russia"
    if parsed is None:
        found = clause_doer(f)  # "sanksi yang dijatuhkan UE terhadap Rusia"
        if found is not None:
            return found
        ahead = fronted_participant(reader, cue) if f.props.talk or f.props.place_target else None
        if ahead is not None:  # "In a meeting with Putin, Modi …"
            target = noun_target(f, ahead)
            if target is not None and not set(target.actors) <= set(ahead.actors):
                return ahead, target
    found = _light_verb(f, parsed)
    if found is not None:
        return found
    if parsed is None and cause_of_cue(f):
        return None, None  # "accused each other over the attack": nobody named did it
    dual = dual_after(reader, cue.end) if reciprocal else None
    if dual is not None:
        raise _PairsFound(_pairs(dual, 0.6))  # "kerja sama kedua negara"
    return f.subject(), None
