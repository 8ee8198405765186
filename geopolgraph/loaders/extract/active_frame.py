"""The ``active`` frame: the subject acts on the object ("AS memperingatkan Rusia").

The subject comes from the parse (:func:`.syntax.subject_of`, or the repairs of
:mod:`.misparse` for a verb the parse misread); the object from the verb's object, the phrase the
cue's own preposition opens, or the clause it governs ("berkomitmen untuk membantu Indonesia").
A cue the parse reads as a noun ("had a meeting with") is handed to the ``noun`` frame.
:mod:`.frames` imports this module at its end; the shared helpers are that module's.

>>> from geopolgraph.loaders.extract.frames import FRAMES
>>> FRAMES["active"] is _active
True
"""

from __future__ import annotations

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.aimed_clauses import aimed_target, aims_at_act
from geopolgraph.loaders.extract.aims import (
    aims_at_doer,
    purpose_target,
    rejected_act,
    retaliates,
    welcomed_act,
)
from geopolgraph.loaders.extract.clause_acts import clause_act_of_cue
from geopolgraph.loaders.extract.frames import (
    BETWEEN,
    FRAMES,
    PARSE,
    REDUCED_RELATIVE,
    RELATIVE_SUBJECT,
    Frame,
    Sides,
    _between_parties,
    _light_subject,
    _parsed,
    cause_of_cue,
    cue_head,
    frame,
    partner_skip,
    talks_about,
    topics,
)
from geopolgraph.loaders.extract.misparse import (
    INFINITIVE_MODIFIER,
    misparsed_object,
    modifier_verb,
    participle_modifier,
    verb_under_subject,
)
from geopolgraph.loaders.extract.nominal_cues import cased, nominal
from geopolgraph.loaders.extract.objects import addressed, objects_of, prep_object
from geopolgraph.loaders.extract.parse import Parse
from geopolgraph.loaders.extract.passive_frames import relative_act
from geopolgraph.loaders.extract.passives import passive_subjects
from geopolgraph.loaders.extract.phrases import mention_index
from geopolgraph.loaders.extract.reacted import reacted_clause
from geopolgraph.loaders.extract.reader import Side
from geopolgraph.loaders.extract.references import (
    clitic_reference,
    event_reference,
    object_reference,
    reference_before,
    said_reference,
)
from geopolgraph.loaders.extract.relatives import relative_doer
from geopolgraph.loaders.extract.syntax import asking, possessor_of, side_at, subject_of

HOSTILE_COMPLEMENT = rules.register(
    "active.hostile_complement", "'Uni Eropa sepakat memperpanjang sanksi terhadap Rusia', "
    "'agreed to extend sanctions on Russia': an agreement is not with the target of the "
    "conflict it agrees on")
PURPOSE_CONTROL = rules.register("active.purpose_control",
                                 "'mendesak Y untuk menarik …': Y (or the subject) does the verb")
DOER_OF_RELATIVE = rules.register("active.doer_of_relative",
                                  "'mengecam kekejaman yang dilakukan Israel': the doer")
ANSWERED_ACT = rules.register("active.answered_act", "'Iran membalas serangan itu': a cue whose "
                              "own noun points back to an act aims at that act's doer")
PLAN_PRONOUN = rules.register(
    "active.plan_pronoun", "'Sweden backed Turkey's efforts to revive its bid to join the EU': "
    "the owner pronoun of a noun whose infinitive complement the cue is stands for the actor "
    "named last before it, who does the cue")
ANSWERED_EVENT = rules.register(
    "active.answered_event", "'Thailand retaliated against the attack': a cue ending in its "
    "preposition whose object names an act of its relation back ('the attack') aims at that "
    "act's doer, as active.answered_act does for the cue's own noun")
PARTNER_FIRST = rules.register("active.partner_first", "'membahas krisis Myanmar dengan Sekjen "
                               "PBB': a reciprocal cue's partner before its object (the topic)")
ANSWERED_RELATIVE = rules.register(
    "active.answered_relative", "'Beijing accused Manila of provoking tensions, a charge the "
    "Philippine government rejected': an answering cue in a relative clause on the noun of a "
    "said act is aimed at whoever did that act (as passive.said_relative for a passive)")
RELATIVE_OWNER = rules.register(
    "active.relative_owner", "'Kremlin menolak usulan yang diajukan Ukraina': the agent of a "
    "passive relative clause on the object is its owner, the target")
SUBJECT_PHRASE = rules.register(
    "active.subject_phrase", "'Aid from Japan arrived in Gaza': an actor the parse puts inside "
    "the cue verb's subject phrase, right before the verb, is no controlled object doing the "
    "verb ('Desak Rusia Tarik Pasukan', active.purpose_control)")
COMPLEMENT_OWNER = rules.register(
    "active.complement_owner", "'Beijing slammed Washington's decision to sell arms to Taipei': "
    "a verb cue that is a noun's infinitive complement (acl with 'to'/'untuk') is done by the "
    "noun's owner, not by whoever controls the clause the noun is in (active.purpose_control)")
ANSWERED_SAYER = rules.register(
    "active.answered_sayer", "'Russia rejected accusations by the US against Iran': a cue that "
    "answers a said act its object names (relations.tsv answers, said) is aimed at the sayer, "
    "not at whom the said act was aimed (as a cue aimed at a doer: syntax.doer_first)")
MUTUAL_PASSIVE = rules.register(
    "active.mutual_passive", "'Russia is allied with China': a mutual cue in the passive with a "
    "partner phrase (grammar partner_preps) has its subject as a party, where "
    "active.passive_no_doer names none")
PASSIVE_NO_DOER = rules.register(
    "active.passive_no_doer", "'Russia lost. It was kicked out of Georgia', 'Russia said it was "
    "…': a verb cue in the passive (a passive auxiliary in the parse) without its agent names "
    "no doer: neither a pronoun before it nor the subject of the verb it hangs on")
OWN_PREP_FIRST = rules.register("parse.own_prep_first", "'imposed sanctions on X over its "
                                "invasion of Y': the cue's own preposition names its target "
                                "before any other")
OWN_PREP_ON_VERB = rules.register("parse.own_prep_on_verb", "'melakukan kerja sama dengan X': "
                                  "the cue's own preposition may hang on the verb governing it")
TOGETHER_PURPOSE = rules.register(
    "frame.together_purpose", "'Seoul and Tokyo pledged to work together to counter North "
    "Korea': what a cue of working together is for names no partner")
CLAUSE_TARGET = rules.register("frame.clause_target", "'mendesak agar Israel …': an appeal's or "
                              "accusation's target is the subject of the clause it governs")
BREAK_CLAUSE = rules.register(
    "frame.break_clause", "'Japan voiced concern, while China urged restraint', 'Jepang "
    "menyatakan keprihatinan, sementara China …': for frame.clause_target, a clause opened by "
    "a conjunction of contrast (grammar contrast_marks: while, but, sementara, namun) is no "
    "clause the cue governs; its subject is not whom the cue is aimed at (that of a clause of "
    "cause or time is: 'protested after North Korea fired …')")
PLAN_OWNER = rules.register(
    "active.plan_owner", "'welcomed Australia's decision to recognise Palestine', 'mengecam "
    "rencana Jepang untuk mengirim pasukan': a verb cue right after a plan noun (grammar "
    "plan_nouns) and its infinitive mark is done by the noun's owner, not the main subject")
REQUESTER = rules.register(
    "frame.requester", "'Israel rejected calls by France to withdraw its troops from Lebanon': "
    "an answer (a rejection) whose object is a request (grammar request_nouns) is aimed at who "
    "made it, its owner or by-phrase, never at what the requested act is aimed at")
COMPLEMENT_OBJECT = rules.register("frame.complement_object", "'mengancam akan membalas "
                                   "tudingan Trump': a cue without object aims at its "
                                   "complement's")




def _source(f: Frame, parsed: Side | None) -> Side | None:
    """Who does a verb cue: the named owner of the noun it complements, else the controller of
    a purpose clause or of the verb right after the controlled object, else the ``parsed``
    subject, else a reference before the cue."""
    reader, words, cue, controller = f.reader, f.words, f.cue, f.controller
    owner = _complement_owner(f) or _plan_owner(f)  # the parse's, else the words'
    if owner is not None:
        return owner  # "Washington's decision to sell arms": the decision's owner sells
    if (
        cue.start > 0
        and controller
        and rules.on(PURPOSE_CONTROL)
        and (words[cue.start - 1] in reader.lang.purpose
             # "Desak Rusia Tarik Pasukan": the verb right after the controlled object (not an
             # agent: "warplanes supported by Russia attacked …")
             or (controller.mentions and controller.mentions[-1].end == cue.start
                 and not (rules.on(REDUCED_RELATIVE) and controller.mentions[0].start > 0
                          and words[controller.mentions[0].start - 1]
                          in reader.lang.passive_agent)
                 and not _in_subject_phrase(f, controller.mentions[-1].start)))
    ):
        return controller
    p = reader.parse
    if p is not None and p.kids(cue_head(p, cue.start, cue.head_end), "aux:pass") and rules.on(
            PASSIVE_NO_DOER):
        # "It was kicked out of Georgia", "Russia said it was …": "it" is whom it was done to
        return _mutual_passive(f)  # "Russia is allied with China": a party
    return parsed if parsed is not None else reference_before(reader, cue.start)


def _mutual_passive(f: Frame) -> Side | None:
    """The subject of a passive mutual cue with a partner phrase ("Russia is allied with
    China"): a party, as in the active "Russia allied with China"; else None."""
    p = f.reader.parse
    if p is None or not rules.on(MUTUAL_PASSIVE) or not (
            f.props.reciprocal or f.reader.lang.is_mutual(f.cue.pattern.text)
    ) or _conflict(f.cue.pattern.cameo):
        return None  # "Ukraine was attacked with Russian drones": an instrument
    head = cue_head(p, f.cue.start, f.cue.head_end)
    if not any(f.words[k] in f.reader.lang.partner_preps and k >= f.cue.end
               for c in p.kids(head, "obl") if c > head for k in p.kids(c, "case")):
        return None  # not "was agreed with", "was met with": the cue's own preposition
    found = next((side for s in passive_subjects(f.reader, p, head)
                  if (side := side_at(f.reader, p, s)) is not None), None)
    if found is None and p.deps[head] == "acl:relcl":
        found = side_at(f.reader, p, p.heads[head])  # "North Korea, which is allied with …"
    return found


def _in_subject_phrase(f: Frame, k: int) -> bool:
    """Whether token ``k`` lies below the parsed subject of the cue without being it ("Aid
    from Japan/nmod arrived in Gaza": Japan qualifies the subject, it is no object the verb
    right after it is controlled by)."""
    p = f.reader.parse
    if p is None or not rules.on(SUBJECT_PHRASE):
        return False
    head = cue_head(p, f.cue.start, f.cue.head_end)
    return any(k != s and p.under(k, s) for s in p.kids(head, "nsubj"))


def _complement_owner(f: Frame) -> Side | None:
    """The owner of the noun whose infinitive complement the cue verb is ("Washington's
    decision/acl to sell arms", "rencana AS untuk menjual …"): it does the verb, not the
    subject of the clause the noun is in; None when the noun names no owner."""
    p = f.reader.parse
    if p is None or not rules.on(COMPLEMENT_OWNER):
        return None
    head = cue_head(p, f.cue.start, f.cue.head_end)
    noun = p.heads[head]
    if not p.deps[head].startswith("acl") or noun >= head or not any(
            f.words[k] in f.reader.lang.purpose for k in p.kids(head, "mark")):
        return None
    if asking(f.reader, noun):
        return None  # "a demand by France to withdraw": France asks, whom it asks withdraws
    named = mention_index(f.reader)
    if not any(c in named for c in p.kids(noun, "nmod", "compound", "flat")):
        # "Sweden backed Turkey's efforts to revive its bid/acl to join the EU": "its" is the
        # actor named last before it (as ref.owner_pronoun reads it), not the clause's subject;
        # "his commitment to visit": a person pronoun's reach is the usual search's
        its = [c for c in p.kids(noun, "nmod:poss") if f.words[c] in f.reader.lang.owner_pronouns]
        return clitic_reference(f.reader, its[0]) if its and rules.on(PLAN_PRONOUN) else None
    return possessor_of(f.reader, p, noun, False)


def _requester(f: Frame, p: Parse, head: int, request: int, allow_place: bool) -> Side | None:
    """Whoever made the request at ``request``, the object of the answering cue at ``head``:
    its owner ("France's call"), or its by-phrase, on the noun or on the verb right after it
    ("calls by/case France/obl")."""
    found = possessor_of(f.reader, p, request, False)
    if found is not None:
        return found
    agent = f.reader.lang.passive_agent
    for c in [*p.kids(request, "nmod", "obl"), *(c for c in p.kids(head, "obl") if c > request)]:
        if any(f.words[k] in agent for k in p.kids(c, "case")):
            found = side_at(f.reader, p, c, allow_place)
            if found is not None:
                return found
    return None


def _parsed_object(f: Frame, allow_place: bool, retaliation: bool = True) -> Side | None:
    p = f.reader.parse
    if p is None or not rules.on(PARSE):
        return None
    inside = (f.cue.start, f.cue.end)
    skip = topics(f)
    if f.props.reciprocal and rules.on(PARTNER_FIRST):
        partners = partner_skip(f)  # "membahas krisis Myanmar dengan Sekjen PBB": not the topic
        for h in range(f.cue.start, f.cue.end):
            for n in [h, *p.kids(h, "obj")]:  # the parse may hang it on the topic
                found = prep_object(f.reader, p, n, allow_place, inside, skip=partners)
                if found is not None:
                    return found
    if rules.on(OWN_PREP_FIRST):
        # "imposed sanctions on Russia over its invasion of Ukraine": a direct object or the
        # phrase the cue's own preposition opens, on any part of the cue, before any other
        for h in range(f.cue.start, f.cue.end):
            found = objects_of(f.reader, p, h, allow_place, inside, own_only=True, skip=skip,
                               doer_first=aims_at_doer(f, retaliation))
            if found is not None:
                return found
    for h in range(f.cue.start, f.cue.end):  # "sepakat dengan": the object may hang on any part
        # "rejected accusations by the US against Iran": an answered said act's sayer
        found = objects_of(f.reader, p, h, allow_place, inside, skip=skip,
                           doer_first=aims_at_doer(f, retaliation) or (
                               f.answers_said and rules.on(ANSWERED_SAYER)))
        if found is not None:
            return found
    head = cue_head(p, f.cue.start, f.cue.head_end)
    if rules.on(OWN_PREP_ON_VERB) and p.heads[head] != head:
        # "melakukan kerja sama dengan Korea Selatan": the cue's own preposition, whose phrase
        # the parse hangs on the verb governing the cue
        for c in p.kids(p.heads[head], "obl", "nmod"):
            if c >= f.cue.end and any(inside[0] <= k < inside[1] for k in p.kids(c, "case")):
                found = side_at(f.reader, p, c, allow_place, patient=True)
                if found is not None:
                    return found
    found = misparsed_object(f.reader, p, f.cue, head, allow_place)
    if found is not None:
        return found
    request = next((o for o in p.kids(head, "obj") if f.words[o] in f.reader.lang.request_nouns),
                   None)
    if request is not None and f.props.answers and rules.on(REQUESTER):
        # "rejected calls by France to withdraw its troops from Lebanon": France, never what
        # the requested act is aimed at
        return _requester(f, p, head, request, allow_place)
    if rules.on(COMPLEMENT_OBJECT) and not f.props.denial and not (
            f.props.object_control and addressed(f.reader, p, head)):
        # "mengancam akan membalas tudingan Trump", "berkomitmen untuk membantu Indonesia"; a
        # denial is aimed at whoever accused, never at the object of the act it denies
        for c in p.kids(head, "xcomp", "advcl"):
            marks = [f.words[k] for k in p.kids(c, "mark")]
            if (p.deps[c] == "xcomp" or any(m in f.reader.lang.purpose for m in marks)) and (
                c > head
            ):
                if f.props.reciprocal and rules.on(TOGETHER_PURPOSE) and any(
                        t in f.reader.lang.mutual_adverbs for t in f.cue.pattern.tokens):
                    break  # "work together to counter North Korea": with each other
                if f.props.reciprocal and _hostile_complement(f, p, c):
                    break  # "sepakat memperpanjang sanksi terhadap Rusia": no deal with Russia
                found = objects_of(f.reader, p, c, allow_place)
                if found is not None:
                    return found
    if (f.props.object_control or f.props.aimed_at_doer) and rules.on(CLAUSE_TARGET):
        # "mendesak agar Israel menghentikan …", "menuding Hizbullah sedang …": the subject
        # of the clause the cue governs is whom it is aimed at
        for c in p.kids(head, "ccomp", "advcl", "xcomp"):
            if rules.on(BREAK_CLAUSE) and any(
                    f.words[k] in f.reader.lang.contrast_marks for k in p.kids(c, "mark")):
                continue  # "voiced concern, while China urged restraint": China's own clause
            for s in p.kids(c, "nsubj"):
                found = side_at(f.reader, p, s, allow_place)
                if found is not None:
                    return found
    # "imposed sanctions targeting American firms": whom a clause on the act noun aims it at
    return aimed_target(f.reader, p, f.cue)


def _topic_object(f: Frame, target: Side) -> bool:
    """Whether ``target`` is what the talk verb cue discusses rather than a party to it: no
    partner preposition ("with", "dengan") in the four words before its first mention.

    >>> from geopolgraph.model import Article
    >>> from geopolgraph.loaders.extract import extract_triples, rules
    >>> def facts(text):
    ...     return sorted((t.source, t.relation, t.target)
    ...                   for t in extract_triples(Article(id="a", text=text, lang="en")))
    >>> facts("Russia discussed Ukraine with China.")
    [('RUS', 'CONSULTS', 'CHN')]
    >>> facts("Russia and China discussed Ukraine.")
    [('CHN', 'CONSULTS', 'RUS'), ('RUS', 'CONSULTS', 'CHN')]
    >>> with rules.disabled("frame.topic_object"):
    ...     facts("Russia and China discussed Ukraine.")
    [('CHN', 'CONSULTS', 'UKR'), ('RUS', 'CONSULTS', 'UKR')]
    """
    lang, words = f.reader.lang, f.words
    if not target.mentions or not talks_about(f.reader, f.cue):
        return False
    first = target.mentions[0].start
    return not any(words[k] in lang.partner_preps
                   for k in range(max(f.cue.end, first - 4), first))


def _plan_owner(f: Frame) -> Side | None:
    """The owner of the plan noun a verb cue completes ("Australia's decision to recognise",
    "the US move to supply", "the decision by Australia to …", "keputusan Australia untuk
    mengakui", "langkah AS memasok"), else None.

    >>> from geopolgraph.model import Article
    >>> from geopolgraph.loaders.extract import extract_triples, rules
    >>> def facts():
    ...     return sorted((t.source, t.relation, t.target) for t in extract_triples(Article(
    ...         id="a", text="Russia condemned the US move to supply missiles to Ukraine.",
    ...         lang="en")))
    >>> facts()
    [('RUS', 'CRITICIZES', 'USA'), ('USA', 'SUPPLIES', 'UKR')]
    >>> with rules.disabled(PLAN_OWNER):
    ...     facts()
    [('RUS', 'CRITICIZES', 'USA'), ('RUS', 'SUPPLIES', 'UKR')]
    """
    reader, words, lang = f.reader, f.words, f.reader.lang
    k = f.cue.start - 1
    if k >= 0 and words[k] in lang.purpose:
        k -= 1  # "to", "untuk"
    if k < 1 or not rules.on(PLAN_OWNER):
        return None
    ending = {m.end: m for m in reader.mentions if not m.locative}
    if lang.head_first_compounds:  # "keputusan Australia untuk mengakui"
        owner = ending.get(k + 1)
        if owner is None or owner.start < 1 or words[owner.start - 1] not in lang.plan_nouns:
            return None
        return reader.side([owner], 0)
    if words[k] in lang.plan_nouns:  # "the US move to", "Australia's decision to"
        owner = ending.get(k) or (ending.get(k - 1) if words[k - 1] in ("'s", "’s") else None)
    else:  # "the decision by Australia to"
        owner = ending.get(k + 1)
        by = owner.start - 1 if owner is not None else -1
        if owner is None or by < 1 or words[by] not in lang.passive_agent or (
            words[by - 1] not in lang.plan_nouns
        ):
            return None
    return reader.side([owner], 0) if owner is not None else None


def _hostile_complement(f: Frame, p: Parse, c: int) -> bool:
    """Whether the complement clause at ``c`` of a reciprocal cue (an agreement) is an act of
    conflict (CAMEO 10-14, 16-20; a show of force, 15, may be for a friend): its target is the
    one they act against, not a party to the agreement ("agreed to extend sanctions on
    Russia"). The cue on the clause's verb decides ("agreed to lift a ban" is a concession),
    else a cue below it ("memperpanjang sanksi")."""
    if not rules.on(HOSTILE_COMPLEMENT):
        return False
    cues = [o for o in f.reader.cues if o is not f.cue and p.under(o.start, c)]
    on_verb = [o for o in cues if o.start <= c < o.end]
    return any(_conflict(o.pattern.cameo) for o in (on_verb or cues))


def _conflict(cameo: str) -> bool:
    """Whether a CAMEO code is an act against its target (10-14, 16-20).

    >>> _conflict("163"), _conflict("154"), _conflict("0841")
    (True, False, False)
    """
    root = int(cameo[:2]) if cameo[:2].isdigit() else 0
    return 10 <= root <= 20 and root != 15


@frame("active", "subject acts on object")
def _active(f: Frame) -> Sides:
    reader, words, cue = f.reader, f.words, f.cue
    place_ok = f.props.place_target
    if aims_at_act(reader, reader.parse, cue):
        return None, None  # "sanctions targeting/acl X": the sanctions' target, no attack
    if nominal(f):
        as_noun = FRAMES["noun"](f)  # "had a meeting with X", "received support from X"
        if as_noun[0] is not None or f.cue.end - f.cue.start == 1 or cause_of_cue(f):
            return as_noun  # "accused each other over the attack on …": nobody's, no verb
        # "the US remains the largest donor of aid": no owner; the verb reading's subject
    found: tuple[Side | None, Side | None] | None = (
        participle_modifier(reader, reader.parse, cue, place_ok) if rules.on(PARSE) else None)
    adjective = None  # "Japan on Friday lifted/amod sanctions": the parse has no verb here
    if found is None and reader.parse is not None and rules.on(PARSE):
        found = verb_under_subject(reader, reader.parse, cue,
                                   cue_head(reader.parse, cue.start, cue.head_end), place_ok)
        if found is None or (found[0] is None and rules.on(INFINITIVE_MODIFIER)):
            # "plans to back/compound Ukraine": hung on the name after it, the cue's subject
            # is the actor before its infinitive mark
            alt = modifier_verb(reader, reader.parse, cue, place_ok)
            if found is None or (alt is not None and alt[0] is not None):
                found = adjective = alt
    if found is not None and found[0] is not None and found[1] is None and f.props.aimed_at_doer:
        found = found[0], relative_act(f)  # "agreed to a US-brokered ceasefire": its parties
    if found is not None and found[0] is not None and found[1] is not None:
        return found[0], None if _topic_object(f, found[1]) else found[1]  # "discussed/amod X"
    misread = found[1] if found is not None else None  # the object a misparsed verb shows
    parsed = (adjective[0] if adjective is not None else None) or _parsed(f, subject_of) or (
        found[0] if found is not None else None)
    if parsed is None and (cue.pattern.frame == "noun" or cased(f)):
        # "melakukan kerja sama dengan Korea Selatan": a noun pattern closed by its preposition;
        # "dalam perang melawan Ukraina": a cue opened by a preposition is a noun too
        parsed = _parsed(f, possessor_of) or _parsed(f, _light_subject)
    if parsed is None and cue.start > 0 and words[cue.start - 1] in reader.lang.relative and (
        rules.on(RELATIVE_SUBJECT)
    ):
        # "negara-negara yang membela Israel": the subject is the noun before "yang", as the
        # parse gives it (acl:relcl); where it does not, nobody
        return None, None
    source = _source(f, parsed)
    # "menganggap Korea Utara sebagai sahabat": the target sits inside the pattern's gap
    # "menyerukan kedua belah pihak", "memperingatkan negara tersebut": a reference object
    target = (_parsed_object(f, place_ok) or misread
              or object_reference(reader, cue, source.actors if source else ()))
    if target is not None and source is not None and set(target.actors) <= set(
            source.actors) and retaliates(f):
        # "Rusia membalas sanksinya ke Ukraina": an act of its own answers nothing
        target = _parsed_object(f, place_ok, retaliation=False)
    if target is not None and _topic_object(f, target):
        target = None  # "Putin membahas Ukraina": what is discussed is no party
    if target is None and f.props.answers and rules.on(ANSWERED_RELATIVE):
        # "…, a charge the Philippine government rejected": whoever made the charge
        target = relative_act(f)
    if target is None and f.props.aimed_at_doer:
        target = clause_act_of_cue(reader, cue)  # "…, a move that Norway condemned"
    if target is None and not f.props.reciprocal:
        target = purpose_target(f, source)  # "summoned the ambassador to lodge a protest"
    reacted = reacted_clause(f, source) if target is None else None
    if reacted is not None:
        source, target = reacted  # "Israel Serang Iran, Rusia Kecam"
    doer = aims_at_doer(f)
    if target is None and (doer or not f.props.reciprocal) and rules.on(
            DOER_OF_RELATIVE if doer else RELATIVE_OWNER):
        # "mengecam kekejaman yang dilakukan Israel", "mengecam tindakan tersebut": whoever did
        # the condemned act (a passive relative clause on the object, or the act named back);
        # "menolak usulan yang diajukan Ukraina": the object's maker, as its owner would be
        # ("menolak kritik tersebut"; a retaliation answers an act named back only of its own
        # relation: "retaliated against the move" after tariffs is no attack, answered_event)
        target = relative_doer(reader, reader.parse, cue) or (event_reference(
            reader, cue, besides=source.actors if source else ()) if (
            f.props.aimed_at_doer or said_reference(reader, cue) or rejected_act(f)
            or welcomed_act(f))
            else None)
        if target is not None and source is not None and set(target.actors) <= set(
            source.actors
        ):
            target = None  # the subject's own act: whom the act was aimed at is not said
    if not f.props.reciprocal and rules.on(BETWEEN):
        # "China brokered an entente between Iran and Saudi Arabia": both parties are targets
        target = _between_parties(f) or target
    if target is None and not f.props.aimed_at_doer and len(cue.pattern.tokens) > 1 and (
        rules.on(ANSWERED_ACT)
    ) and cue.end < len(words) and (words[cue.end] in reader.lang.demonstratives or (
        # "retaliated against the attack": the object names an act of its relation back
        cue.pattern.tokens[-1] in reader.lang.target_preps and rules.on(ANSWERED_EVENT)
        and words[cue.end] in reader.lang.event_articles and any(
            c.start == cue.end + 1 and c.pattern.relation == cue.pattern.relation
            for c in reader.cues))
    ):
        # "Iran membalas serangan itu": the act the cue's own noun points back to was done by
        # its target
        target = event_reference(reader, cue)
    return source, target
