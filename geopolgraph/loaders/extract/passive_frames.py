"""The ``passive`` frame: the agent after "oleh"/"by" (or bare after an Indonesian di- verb) acts
on the subject ("Ukraina diserang oleh Rusia", "Kelompok Houthi yang didukung Iran").

Registered with :func:`~geopolgraph.loaders.extract.frames.frame` when ``frames`` is imported
(it imports this module at its end), as :mod:`.noun_frames` is; the shared helpers are that
module's.

>>> from geopolgraph.loaders.extract.frames import FRAMES
>>> FRAMES["passive"] is _passive
True
"""

from __future__ import annotations

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.clause_acts import clause_act
from geopolgraph.loaders.extract.frames import (
    REDUCED_RELATIVE,
    RELATIVE_SUBJECT,
    Frame,
    Sides,
    _parsed,
    cue_head,
    frame,
)
from geopolgraph.loaders.extract.noun_roles import agent_act
from geopolgraph.loaders.extract.parse import Parse
from geopolgraph.loaders.extract.passives import passive_subjects
from geopolgraph.loaders.extract.reader import SentenceReader, Side
from geopolgraph.loaders.extract.references import event_reference, named_act_doers
from geopolgraph.loaders.extract.syntax import (
    NOBODY,
    agent_of,
    light_verb_subject,
    own_side,
    possessor_of,
    side_at,
    subject_of,
)
from geopolgraph.loaders.lexicons import HOSTED_VISIT

__all__ = ["relative_act"]

MISATTACHED_PASSIVE = rules.register("passive.misattached", "'Ukraina diserang/nmod pasukan "
                                     "Rusia': a passive the parse hung on a noun before it "
                                     "has that noun as subject")
PASSIVE_COMPLEMENT = rules.register("passive.complement", "'Chile remains threatened by Peru': "
                                    "a passive complement's subject is its governing verb's")
RAISED_PATIENT = rules.register(
    "passive.raised_patient", "'Ukraina dilaporkan diserang/ccomp Rusia': a passive cue under "
    "a passive verb that is no cue ('dilaporkan', 'disebut') is done to that verb's subject")
EVENT_SUBJECT = rules.register(
    "passive.event_subject", "'Serangan tersebut dikecam oleh AS', 'The attack was condemned by "
    "the US': a passive cue aimed at a doer (relations.tsv aimed_at_doer) whose subject names "
    "an act back is aimed at whoever did that act, as the active 'AS mengecam serangan "
    "tersebut' is (ref.event)")
REPORTED_SUBJECT = rules.register(
    "passive.reported_subject", "'Russia said it was attacked by Georgia', 'Rusia mengatakan "
    "pihaknya diserang oleh Georgia': the passive subject 'it' or 'pihaknya' of the clause the "
    "main verb reports is that verb's subject, as an active one is (syntax.reported_it, "
    "syntax.own_side)")
HOSTED_PASSIVE = rules.register(
    "passive.hosted_guest", "'Putin disambut oleh Kim Jong Un', 'Putin was hosted by Xi': a "
    "hosting cue (CAMEO 043) in the passive is a visit by its subject, when that is a person, "
    "to its agent, the host")
RELATIVE_ACT = rules.register(
    "passive.relative_act", "'Israel dan Hamas menyepakati gencatan senjata yang dimediasi "
    "Qatar', 'drills that were condemned by China': a passive cue aimed at a doer "
    "(relations.tsv aimed_at_doer) in a relative clause on a noun that names an act is aimed at "
    "whoever did that act earlier in the sentence (the noun's own cue, else the cue of the verb "
    "whose object the noun is)")
OBJECT_ACT = rules.register(
    "passive.object_act", "'India and Pakistan agreed to a ceasefire brokered by the US': a "
    "one-word mutual noun or a pact noun (grammar mutual_patterns, pact_nouns) that a "
    "reciprocal cue verb takes as object or oblique names that "
    "verb's act, whose doers a passive cue aimed at a doer in a relative clause on the noun is "
    "aimed at (passive.relative_act), though the noun alone is no cue")
SAID_RELATIVE = rules.register(
    "passive.said_relative", "'AS menuduh China …, tuduhan yang dibantah Beijing', '…, a "
    "charge denied by Beijing': for passive.relative_act, the noun of a said act the clause is "
    "on was done by its own sayers, though saying it reacts to another act")
QUALIFIED_ACT = rules.register(
    "passive.qualified_act", "'Israel and Hezbollah agreed to a US-brokered ceasefire': for "
    "passive.relative_act, a participle cue qualifying the noun after it (its doer hung on it) "
    "is aimed at whoever did the act the noun names, as one in a relative clause on it is")
FRONTED_CLAUSE = rules.register(
    "passive.fronted_clause", "'Attacked by Israel, Iran vowed to retaliate', 'Diserang Israel, "
    "Iran bersumpah membalas': a passive cue opening the sentence (after an opener at most: "
    "'Meski dikecam China, Jepang …'), with no subject of its own, is done to the subject of "
    "the clause after its comma; an Indonesian di- verb's agent may be the bare actor right "
    "after it")
RELATIVE_EVENT = rules.register(
    "passive.relative_event", "'The truce, brokered by Qatar, took effect', 'Kesepakatan yang "
    "ditengahi AS itu …': a passive cue aimed at a doer in a relative clause on an act named "
    "back (an act noun with a demonstrative or definite article) is aimed at whoever did that "
    "act, as the finite 'The truce was brokered by Qatar' is (passive.event_subject)")
PARSED_GIVER = rules.register(
    "passive.parsed_giver", "'bantuan senjata yang diberikan oleh Kim Jong Un': aid the parse's "
    "passive agent gives goes to the one other party the sentence names")


@frame("passive", "the agent after oleh/by acts on the subject")
def _passive(f: Frame) -> Sides:
    reader, words, cue = f.reader, f.words, f.cue
    source: Side | None = _parsed(f, agent_of)
    fronted = _fronted_clause(f)
    if source is None and fronted is not None and reader.lang.bare_passive_agent:
        source = fronted[0]  # "Diserang Israel/flat, Iran …": the bare agent
    if source is None or agent_act(f):
        return None, None  # "Iran was hit by US sanctions": the noun's act (noun.agent_act)
    if cue.pattern.cameo == HOSTED_VISIT and rules.on(HOSTED_PASSIVE):
        return _guest(f), source  # the host is the agent; the guest visits it
    if not (cue.start > 0 and words[cue.start - 1] in reader.lang.relative):
        target = _parsed(f, _passive_subject) or f.subject()
        if fronted is not None and (target is None or set(target.actors) <= set(source.actors)):
            # "Attacked by Israel, Iran vowed …"; "Meski dikecam China/nsubj, Jepang …": the
            # parse's subject after a di- verb is its bare agent
            target = fronted[1]
        if target is None and f.props.aimed_at_doer and rules.on(RELATIVE_ACT):
            target = relative_act(f)  # "a ceasefire brokered by Qatar"
        if target is None and f.props.aimed_at_doer and rules.on(EVENT_SUBJECT):
            # "Serangan tersebut dikecam oleh AS": whoever did the act the subject names back
            p = reader.parse
            start = None if p is None else _subject_start(p, cue_head(p, cue.start, cue.head_end))
            target = event_reference(reader, cue, start) if start is not None else None
            if target is not None and set(target.actors) <= set(source.actors):
                target = None  # the agent's own act: whom the act was aimed at is not said
        if target is None and f.props.aimed_at_doer:
            target = _relative_event(f, source)  # "The agreement, brokered by the US, …"
        return source, target
    target = _parsed(f, _modified_noun)
    if target is not None and set(target.actors) <= set(source.actors):
        target = None  # "langkah yang dikecam Angola/nmod-of-langkah": the agent, not the noun
    if target is None and (f.props.aimed_at_doer or f.props.answers) and rules.on(RELATIVE_ACT):
        # "gencatan senjata yang dimediasi Qatar"; an answer too, as active.answered_relative
        # reads it: "…, klaim yang ditolak Jepang"
        target = relative_act(f)
    if target is not None and set(target.actors) <= set(source.actors):
        target = None
    if target is None and f.props.aimed_at_doer:
        target = _relative_event(f, source)  # "Kesepakatan yang ditengahi AS itu …"
    if target is not None:
        return source, target  # "Kelompok Houthi yang didukung Iran"
    # "bantuan senjata yang diberikan oleh Kim Jong Un": aid given by X goes to the other party
    # the sentence names; any other head noun is no actor
    head = any(
        o.pattern.relation == cue.pattern.relation and cue.start - 4 <= o.end < cue.start
        for o in reader.cues
        if o is not cue
    )
    if not head or not rules.on(PARSED_GIVER):
        return None, None
    return source, _other_party(reader, source.actors)


def _fronted_clause(f: Frame) -> tuple[Side | None, Side] | None:
    """(the actors between the cue and the first comma, the actors right after that comma: the
    next clause's subject) when the passive cue opens the sentence, an opener (grammar
    ``fronting_openers``, ``subordinators``) at most before it ("Attacked by Israel, Iran vowed
    to retaliate", "After being attacked by Israel, Iran …"), else None.

    >>> from geopolgraph.loaders.extract import extract_triples, rules
    >>> from geopolgraph.model import Article
    >>> text = "Diserang Israel, Iran bersumpah membalas."
    >>> def facts():
    ...     return [(t.source, t.relation, t.target)
    ...             for t in extract_triples(Article(id="x", text=text, lang="id"))]
    >>> facts()
    [('ISR', 'ATTACKS', 'IRN')]
    >>> with rules.disabled(FRONTED_CLAUSE):
    ...     facts()
    []
    """
    reader, cue, lang = f.reader, f.cue, f.reader.lang
    # the cue opens the sentence, or only an opener comes before it ("Meski dikecam China",
    # "After being attacked by Israel")
    if not rules.on(FRONTED_CLAUSE) or not all(
            w in lang.fronting_openers or w in lang.subordinators or w in lang.be_verbs
            for w in f.words[: cue.start]):
        return None
    comma = next((k for k in range(cue.end, min(len(f.words), cue.end + 8))
                  if f.words[k] == ","), None)
    if comma is None:
        return None
    agent = next((g for g in reader.groups if cue.end <= g[0].start and g[-1].end <= comma),
                 None)
    after = reader.group_after(comma)
    if after is None or (agent is not None and set(
            m.actor for m in agent) & {m.actor for m in after}):
        return None
    return (None if agent is None else reader.side(agent, 0),
            reader.side(after, after[0].start - comma))


def relative_act(f: Frame) -> Side | None:
    """Whoever did the act named by the noun the cue's relative clause is on (or by its
    subject): the doers of the noun's own cue earlier in the sentence, else of the cue of the
    verb whose object it is ("menyepakati gencatan senjata yang dimediasi Qatar"), else the
    noun's owner or the subject of that verb ("menggelar latihan militer yang dikecam Korea
    Utara"); not one who reacted to the act ("mengecam serangan yang …")."""
    reader, p = f.reader, f.reader.parse
    if p is None:
        return None
    h = cue_head(p, f.cue.start, f.cue.head_end)
    # the noun the clause is on, or the passive's subject ("Perundingan … ditengahi Mesir"),
    # or the noun a participle before it qualifies ("a US-brokered/amod ceasefire")
    qualifies = p.deps[h].startswith("acl") or (
        p.deps[h] == "amod" and p.heads[h] > h and rules.on(QUALIFIED_ACT))
    noun = p.heads[h] if qualifies else next(iter(passive_subjects(reader, p, h)), h)
    verb = p.heads[noun]
    named = any(c.start <= noun < c.end and c is not f.cue for c in reader.cues) or (
        # "agreed to a ceasefire/obl brokered by the US": what the cue verb did
        rules.on(OBJECT_ACT) and (reader.words[noun] in reader.lang.mutual_patterns
                                  or reader.words[noun] in reader.lang.pact_nouns)
        and p.deps[noun].split(":")[0] in ("obj", "obl", "nmod") and verb != noun and any(
            c.start <= verb < c.end and c.pattern.relation in reader.lang.reciprocal
            for c in reader.cues))
    if not named and qualifies:
        return clause_act(reader, p, noun)  # "…, a move condemned by Norway": the clause's
    if (noun >= h and not qualifies) or not named:
        return None  # no act named: "kelompok yang didukung Iran" is _modified_noun's
    for k in (noun, verb):
        for c in reader.cues:
            doers = reader.doers_here.get(c.pattern.relation) if c.start <= k < c.end else None
            if doers and c is not f.cue and (c.start not in reader.reacting or (
                    k == noun and rules.on(SAID_RELATIVE))):
                return Side(doers, (), 3, "pronoun")
    owner = possessor_of(reader, p, noun)
    if owner is None and not any(c.start <= verb < c.end for c in reader.cues
                                 if c.start in reader.reacting):
        owner = light_verb_subject(reader, p, noun)[0]
    return owner if owner is not NOBODY else None


def _guest(f: Frame) -> Side | None:
    """The guest a passive hosting cue's subject names: persons only ("Putin disambut Kim";
    not "Usulan Jepang disambut dingin oleh AS", whose subject is a thing of Japan's)."""
    guest = _parsed(f, _passive_subject)
    return guest if guest is not None and f.reader.lang.persons_only(guest.mentions,
                                                                     f.words) else None


def _relative_event(f: Frame, source: Side) -> Side | None:
    """The doers of the act named back by the noun the cue's relative clause is on ("The
    agreement, brokered by the US, …", "Kesepakatan yang ditengahi AS itu …"): an act noun (a
    cue, an event, pact or one-word mutual noun) with a demonstrative or definite article; not
    the agent's own act."""
    reader, p = f.reader, f.reader.parse
    if p is None or not rules.on(RELATIVE_EVENT):
        return None
    h = cue_head(p, f.cue.start, f.cue.head_end)
    noun = p.heads[h]
    lang, word = reader.lang, reader.words[noun]
    if not p.deps[h].startswith("acl") or noun >= f.cue.start or not (
            noun in reader.cue_starts or word in lang.event_nouns or word in lang.pact_nouns
            or word in lang.mutual_patterns):  # "The truce, brokered by Qatar, …"
        return None
    # the noun's own determiner, or a demonstrative closing the clause ("Serangan yang dikecam
    # oleh Norwegia itu": the parse may hang "itu" on the name before it)
    last = max(k for k in range(h, len(p.heads)) if p.under(k, h))
    if not any(reader.words[k] in lang.demonstratives or reader.words[k] in lang.event_articles
               for k in p.kids(noun, "det")) and not (
            lang.head_first_compounds and reader.words[last] in lang.demonstratives):
        return None
    found = named_act_doers(reader, range(noun, noun + 1))
    return None if found is None or set(found.actors) <= set(source.actors) else found


def _subject_start(p: Parse, h: int) -> int | None:
    """The first token of the phrase that is the subject of ``h`` before it, else None."""
    for c in p.kids(h, "nsubj"):
        if c < h:
            return min(k for k in range(h) if p.under(k, c))
    return None


def _other_party(reader: SentenceReader, exclude: tuple[str, ...]) -> Side | None:
    """The party other than ``exclude`` the sentence names, when it names exactly one."""
    groups = [kept for group in reader.groups
              if (kept := [m for m in group if m.actor not in exclude])]
    return reader.side(groups[0], 3, "fallback") if len(groups) == 1 else None


def _modified_noun(reader: SentenceReader, p: Parse, h: int) -> Side | None:
    """The actor a relative clause at ``h`` modifies ("kelompok yang didukung Iran")."""
    if not p.deps[h].startswith("acl") or not rules.on(RELATIVE_SUBJECT):
        return None
    return side_at(reader, p, p.heads[h])


def _passive_subject(reader: SentenceReader, p: Parse, h: int) -> Side | None:
    for c in p.kids(h, "nsubj"):
        # "Russia said it was attacked": "it" is the reporter, as in "Russia said it attacked"
        return side_at(reader, p, c, patient=True) or (
            own_side(reader, p, c) if rules.on(REPORTED_SUBJECT) else None)
    if p.deps[h] == "xcomp" and rules.on(PASSIVE_COMPLEMENT):
        # "Chile remains threatened by Peru": the subject of "remains"
        found = subject_of(reader, p, h)
        if found is not None and found is not NOBODY:
            return found
    up = p.heads[h]
    if (p.deps[h] in ("ccomp", "xcomp", "obl", "advcl") and up < h
            and up not in reader.cue_starts and rules.on(RAISED_PATIENT)):
        # "Ukraina dilaporkan diserang Rusia": the reporting passive's subject
        found = next((side for s in passive_subjects(reader, p, up)
                      if (side := side_at(reader, p, s, patient=True)) is not None), None)
        if found is not None:
            return found
    if (reader.lang.reduced_relatives and p.deps[h].startswith("acl") and p.heads[h] < h
            and rules.on(REDUCED_RELATIVE)):
        # "Ukraine, invaded/acl by Russia in 2022, …": a participle clause on a name is done to
        # that name
        found = side_at(reader, p, p.heads[h], patient=True)
        if found is not None:
            return found
    misread = ("nmod", "compound", "amod", "flat") + (() if reader.lang.reduced_relatives
                                                      else ("acl",))
    if p.heads[h] < h and p.deps[h].split(":")[0] in misread and (
        rules.on(MISATTACHED_PASSIVE)
    ):
        # "Ukraina diserang/nmod pasukan Rusia", "Rusia dituduh/acl AS memasok …": the parse hung
        # the verb on its subject
        return side_at(reader, p, p.heads[h])
    return None
