"""The doer of a noun cue without owner, read from the verb the noun hangs on (its light verb).

"Washington meluncurkan kampanye pemboman", "had a meeting with": the subject of the verb whose
object the noun is; "Sanksi dijatuhkan UE": the agent of the passive verb whose subject it is;
"Kecaman … datang dari China": whom it came from. A noun giving the reason for another cue's act
on an actor ("sanctioned Chinese firms over support for Russia") is that actor's act, and a verb
cue's word that is the goods of a gapped transfer ("sold … bombs") is no act at all.

These call :func:`.syntax.subject_of` and :func:`.syntax.agent_of`, which call them back, so
:mod:`.syntax` imports this module at its end and re-exports its names: import them from there.
"""

from __future__ import annotations

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.cues import Cue
from geopolgraph.loaders.extract.parse import Parse
from geopolgraph.loaders.extract.passives import passive_subjects
from geopolgraph.loaders.extract.phrases import side_at
from geopolgraph.loaders.extract.reader import NOBODY, SentenceReader, Side
from geopolgraph.loaders.extract.stray_subjects import parenthetical_owner
from geopolgraph.loaders.extract.syntax import agent_of, subject_of
from geopolgraph.loaders.lexicons import GAP

__all__ = ["ACT_OF_ACT", "CAUSE_OBJECT", "CAUSE_TARGET", "GOODS_OBJECT", "ORIGIN_VERB",
           "PASSIVE_LIGHT_VERB", "light_verb_subject", "reason_of_cue", "relative_act_doer"]

ACT_OF_ACT = rules.register(
    "noun.act_of_act", "'issued a condemnation of the attack on Lebanon', 'the US accusation of "
    "arms sales to Russia': an act named inside another act noun (any word of its cue) is "
    "neither done by the light verb's subject nor aimed at by the outer act")
PASSIVE_LIGHT_VERB = rules.register(
    "noun.passive_light_verb", "'Sanksi baru dijatuhkan UE terhadap Rusia', 'aid was sent to "
    "Ukraine by the US': a noun cue that is a passive verb's subject is done by its agent")
ORIGIN_VERB = rules.register(
    "noun.origin_verb", "'Kecaman terhadap Israel juga datang dari China', 'support for "
    "Ukraine came from Japan': a noun cue that comes from an actor is that actor's act")
RELATIVE_ACT = rules.register(
    "noun.relative_act", "'Israel melancarkan serangan udara (ke Beirut) yang menewaskan "
    "komandan Hizbullah', 'air strikes (on Beirut) that killed a Hezbollah commander': a "
    "relative clause on an act noun, or, with no comma before it, on the target of an act noun "
    "of its own cue's relation, is said of the act: the act's doer does it")
PATTERN_NOUN = rules.register(
    "noun.pattern_noun", "'Washington menjatuhkan sanksi terhadap Iran, yang memicu kecaman "
    "Teheran': the last word of a verb cue's contiguous pattern ('menjatuhkan sanksi', 'imposed "
    "sanctions') is the act noun a relative clause after a comma is said of (noun.relative_act)")
CAUSE_OBJECT = rules.register(
    "noun.cause_object", "'The US sanctioned Chinese firms over support for Russia', 'Uni Eropa "
    "mengecam China atas dukungannya kepada Rusia': a noun cue in a phrase that gives the "
    "reason for a cue verb's act on an actor (grammar cause_preps) is that actor's act, not "
    "the verb's subject's")
GOODS_OBJECT = rules.register(
    "noun.goods_object", "'Russia sold bombs/obj to Ukraine': a verb cue's word that is the "
    "object of the verb opening a gapped cue of another relation ending on it ('sold … "
    "bombs') is that cue's goods, not an act its subject does (a noun cue there is an act: "
    "'planning … an attack on Iran')")
CAUSE_TARGET = rules.register(
    "noun.cause_target", "'The US imposed sanctions on Chinese firms over support for Russia': "
    "for noun.cause_object, the target phrase of a noun object (or of its verb) is the actor "
    "the reason's act is that actor's")
CAUSE_NOBODY = rules.register(
    "noun.cause_nobody", "'The EU imposed sanctions over the invasion of Ukraine': for "
    "noun.cause_object, the reason for a conflictual cue verb (CAMEO 10-20) whose object names "
    "no actor is nobody's act, not the verb's subject's")
REACTION_VERB = rules.register(
    "noun.reaction_verb", "'Russia vowed to respond to the deployment of US missiles', "
    "'Vietnam menanggapi tuntutan itu': a noun cue a verb of reacting (grammar reaction_verbs) "
    "governs is not the reactor's act")


def _goods(reader: SentenceReader, p: Parse, h: int) -> bool:
    """Whether the verb cue at ``h`` (a verb's word: "bombs", not the noun cue "attack on")
    ends a gapped cue opened by the verb whose object it is ("sold … bombs")."""
    return reader.verb_cue_at(h) and any(
        GAP in c.pattern.tokens and c.start == p.heads[h] and c.end == h + 1
        for c in reader.cues)


def reason_of_cue(reader: SentenceReader, p: Parse, n: int) -> bool:
    """Whether the noun at ``n`` opens a reason phrase (grammar ``cause_preps``: "over", "atas")
    of a verb another cue names ("sanctioned Chinese firms over support for Russia", "accused
    each other over the attack")."""
    verb = p.heads[n]
    return (verb != n and p.deps[n] == "obl"
            and any(reader.words[k] in reader.lang.cause_preps for k in p.kids(n, "case"))
            and any(c.start <= verb < c.end and not c.start <= n < c.end for c in reader.cues))


def _cause_target(reader: SentenceReader, p: Parse, verb: int, o: int) -> Side | None:
    """The target phrase of a noun object that is no actor, on it or on its verb ("imposed
    sanctions/obj on/case Chinese firms/nmod over support for Russia")."""
    if not rules.on(CAUSE_TARGET):
        return None
    for c in (*p.kids(o, "nmod"), *p.kids(verb, "obl")):
        if any(reader.words[k] in reader.lang.target_preps for k in p.kids(c, "case")):
            side = side_at(reader, p, c, patient=True)
            if side is not None:
                return side
    return None


def light_verb_subject(reader: SentenceReader, p: Parse, h: int) -> tuple[Side | None, int]:
    """For a noun cue without owner, the subject of the verb whose object it is ("Washington
    meluncurkan kampanye pemboman", "had a meeting with"), the agent of the passive verb whose
    subject it is ("Sanksi dijatuhkan UE"), or whom it came from ("Kecaman … datang dari
    China"), and the noun the verb governs."""
    if rules.on(GOODS_OBJECT) and p.deps[h] == "obj" and _goods(reader, p, h):
        return None, h  # "sold … bombs": the goods of the transfer
    aside = parenthetical_owner(reader, p, h)
    if aside is not None:
        return aside, h  # "Putin, dalam pertemuan dengan Xi, …"
    n = h
    for _ in range(2):
        if p.deps[n] in ("nmod", "compound", "amod", "flat") and p.heads[n] != n:
            up = p.heads[n]
            if rules.on(ACT_OF_ACT) and any(c.start <= up < c.end and not c.start <= h < c.end
                                            and c.pattern.frame == "noun" for c in reader.cues):
                return None, n  # "issued a condemnation of the attack": not the issuer's attack
            n = up
    if (rules.on(PASSIVE_LIGHT_VERB) and p.heads[n] != n
            and n in passive_subjects(reader, p, p.heads[n])):
        # "Sanksi dijatuhkan UE terhadap Rusia", "aid was sent to Ukraine by the US": the
        # passive verb's agent; not a receiver's ("Bantuan diterima Ukraina dari AS")
        if reader.words[p.heads[n]] in reader.lang.receiving_passives:
            return None, n
        return agent_of(reader, p, p.heads[n]), n
    verb = p.heads[n]
    if (rules.on(ORIGIN_VERB) and n == h and verb != n and p.deps[n] == "nsubj"
            and reader.words[verb] in reader.lang.origin_verbs):
        # "Kecaman terhadap Israel datang dari China": whom it came from
        for c in p.kids(verb, "obl"):
            if any(reader.words[k] in reader.lang.source_preps for k in p.kids(c, "case")):
                return side_at(reader, p, c), n
    if p.deps[n] not in ("obj", "obl", "xcomp") or verb == n:
        return None, n
    if rules.on(CAUSE_OBJECT) and reason_of_cue(reader, p, n):
        # "sanctioned Chinese firms over support for Russia": the firms' support
        for o in p.kids(verb, "obj"):
            side = side_at(reader, p, o, patient=True) or _cause_target(reader, p, verb, o)
            if side is not None:
                return side, n
        if rules.on(CAUSE_NOBODY) and any(c.start <= verb < c.end and int(c.pattern.cameo[:2]) >= 10
                                          for c in reader.cues):
            # "imposed sanctions over the invasion of Ukraine": the EU did not invade; a
            # conflictual reaction (CAMEO 10-20) answers another's act ("apologised for the
            # attack" may own it)
            return None, n
    if rules.on(REACTION_VERB) and reader.words[verb] in reader.lang.reaction_verbs and (
            p.deps[n] == "obj" or any(reader.words[k] not in reader.lang.partner_preps
                                      for k in p.kids(n, "case"))):
        # "Russia responded to the deployment": the responder did not deploy (but "responded
        # with sanctions" did impose them)
        return None, n
    return subject_of(reader, p, verb), n


def relative_act_doer(reader: SentenceReader, p: Parse, verb: int, pronoun: int,
                      noun: int) -> Side | None:
    """The doer of the act a relative clause (its verb at ``verb``, its relative pronoun at
    ``pronoun``, the noun it is said of at ``noun``) is said of: an act the noun is (part of a
    cue: "serangan udara yang menewaskan …", "launched air strikes that killed …"), or, with no
    comma before the pronoun, an act noun of the clause cue's relation whose target the noun is
    ("strikes on Beirut that killed …"); the act's owner or its light verb's subject, NOBODY
    when neither names an actor. None when the clause is said of no act."""
    if not rules.on(RELATIVE_ACT):
        return None
    # an actor named is no act, even inside a gapped cue ("accused Ukraine, which …, of")
    named = any(m.start <= noun < m.end for m in reader.mentions)
    act = None if named else next((c for c in reader.cues if c.start <= noun < c.end and (
        c.pattern.frame == "noun" or noun >= c.head_end
        or (c.start < noun == c.end - 1 and pronoun > 0 and reader.words[pronoun - 1] == ","
            and rules.on(PATTERN_NOUN)))), None)
    if act is None:
        own = next((c for c in reader.cues if c.start <= verb < c.head_end), None)
        if own is None or pronoun == 0 or reader.words[pronoun - 1] == ",":
            return None
        act = _targeted_act(reader, p, noun, own.pattern.relation)
        if act is None:
            return None
    # the noun: an active cue's last word ("launched … air strikes"), a noun cue's head
    k = act.end - 1 if act.pattern.frame != "noun" else next(
        (k for k in range(act.start, act.end) if not act.start <= p.heads[k] < act.end), noun)
    side = possessor_of(reader, p, k) if act.pattern.frame == "noun" else None
    side = side or light_verb_subject(reader, p, k)[0]
    return side if side is not None else NOBODY


def _targeted_act(reader: SentenceReader, p: Parse, noun: int, relation: str) -> Cue | None:
    """The noun cue of ``relation`` whose target is the noun at ``noun``: the parse hangs the
    noun on it ("serangan ke/case Beirut/nmod") or the cue's preposition ends right before the
    noun's name ("air strikes on | Beirut")."""
    acts = [c for c in reader.cues if c.pattern.frame == "noun" and c.pattern.relation == relation]
    k = noun
    for _ in range(2):
        if p.deps[k].split(":")[0] not in ("nmod", "obl") or p.heads[k] == k:
            break
        k = p.heads[k]
        found = next((c for c in acts if c.start <= k < c.end), None)
        if found is not None:
            return found
    start = next((m.start for m in reader.mentions if m.start <= noun < m.end), noun)
    return next((c for c in acts if c.end == start
                 and reader.words[c.end - 1] in reader.lang.target_preps), None)

from geopolgraph.loaders.extract.possessors import possessor_of  # noqa: E402
