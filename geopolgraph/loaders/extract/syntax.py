"""Frame roles read from the dependency parse: who is the subject, object or agent of a cue.

The actors a role token stands for are :mod:`.phrases`'s (``side_at``, re-exported here). A
subject shared by coordinated verbs ("X attacked and bombed Y"), the controller of an ``xcomp``
("X urged Y to withdraw": Y withdraws), the noun an ``acl:relcl`` modifies ("negara yang membela
Israel") are read from the heads. The object side is :mod:`.objects`'s; a noun's possessor is
:mod:`.possessors`' (owners beyond it :mod:`.owners`'s), the doer a noun cue takes from its light
verb :mod:`.light_verbs`' (both re-exported here).
"""

from __future__ import annotations

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.parse import Parse
from geopolgraph.loaders.extract.passives import (
    clause_agent,
    headline_passive,
    own_oblique,
    passive_subjects,
)
from geopolgraph.loaders.extract.phrases import anchor, side_at
from geopolgraph.loaders.extract.reader import NOBODY, SentenceReader, Side
from geopolgraph.loaders.extract.references import owner_reference
from geopolgraph.loaders.extract.stray_subjects import (
    interrupted_subject,
    named_before,
    preverbal_actor,
    unknown_name,
)

__all__ = ["ACT_OF_ACT", "NOBODY", "PASSIVE_LIGHT_VERB", "agent_of", "asking", "clitic_side",
           "light_verb_subject", "named_before", "own_side", "possessor_of", "reason_of_cue",
           "request_verb", "side_at", "subject_of"]

OWN_SIDE = rules.register("syntax.own_side", "'X mengatakan, pihaknya akan …': 'pihaknya', "
                          "'negaranya' under the main verb are the main clause's subject")
SHARED_SUBJECT = rules.register("syntax.shared_subject", "'X attacked and bombed Y': a verb "
                                "coordinated with another shares its subject")
CONTROL = rules.register("syntax.control", "'X urged Y to withdraw': an xcomp's subject is the "
                         "governing verb's object, else its subject")
STATEMENT_AUTHOR = rules.register("syntax.statement_author", "'Indonesia issued a statement "
                                  "condemning Israel': a clause qualifying a verb's object that "
                                  "names no actor acts for the verb's subject")
REFLEXIVE_SUBJECT = rules.register("syntax.reflexive_subject", "'Turki menawarkan diri "
                                   "menjadi mediator': a reflexive subject ('diri', 'itself') is "
                                   "the governing verb's subject")
SUBORDINATE_DOER = rules.register(
    "syntax.subordinate_doer", "'Hal itu disampaikan Putin usai bertemu Xi', 'Setelah bertemu "
    "Putin, Kim …': a verb right after 'usai', 'saat', 'after' has no subject of its own; the "
    "main clause's doer (a passive's agent) does it")
COPULAR_NOUN_CLAUSE = rules.register(
    "syntax.copular_noun_clause", "'Thailand menjadi tujuan akhir pengungsi Korea Utara sebelum "
    "terbang ke Korea Selatan': a subordinate clause the parse hangs on the predicate noun of a "
    "copular main clause is that noun's; its subject does not do it (syntax.subordinate_doer)")
BARE_CLAUSE_CONTROL = rules.register(
    "syntax.bare_clause_control", "'mencegah Iran/obj menyerang/advcl Israel': an unmarked "
    "clause right after the governing verb's object is done by that object, as an xcomp is")
CONTROL_CLAUSE = rules.register(
    "syntax.control_clause", "'Japan urged Peru/iobj to end/advcl air strikes on Ukraine': a "
    "to-clause the parse hangs as an adverbial on a cue of object control (relations.tsv "
    "object_control), after its object, is done by that object, as an xcomp is")
QUANTIFIED_AGENT = rules.register(
    "passive.quantified_agent", "'Ukraina diserang puluhan drone Rusia': a bare agent may open "
    "with a number or quantifier ('puluhan', 'ratusan', 'sejumlah')")
AGENT_BELOW = rules.register(
    "passive.agent_below", "'ditembak meriam air oleh kapal China', 'dijatuhi sanksi oleh AS': "
    "an oleh/by phrase the parse hung on the passive verb's complement, object or bare oblique "
    "is its agent")
OBLIQUE_AGENT = rules.register(
    "passive.oblique_agent", "'dimasukkan ke daftar hitam/obl oleh AS/nmod-of-daftar', 'dikirim ke "
    "Gaza oleh Mesir': for passive.agent_below, an oleh/by phrase the parse hung on the noun of "
    "a passive verb's prepositional oblique is the verb's agent (the noun takes none)")
HEADLINE_INFINITIVE = rules.register(
    "syntax.headline_infinitive", "'Germany to send tanks to Ukraine': the name the parse makes "
    "the root of a headline with a marked infinitive clause is that clause's subject")
SUBJECT_ON_AUX = rules.register("syntax.subject_on_aux", "'the Council has/nsubj so far "
                                "refused to …': a subject the parse hangs on the verb's "
                                "auxiliary is the verb's")
NON_ACTOR_SUBJECT = rules.register(
    "syntax.non_actor_subject", "a parsed subject that is no actor ('Perdana Menteri Wallonia "
    "Adrien Dolimont') leaves the cue without source: no nearer actor is taken")
RELATIVE = rules.register("syntax.relative", "'negara yang membela Israel': a relative clause's "
                          "subject is the noun it modifies")
ACCUSED_ACT = rules.register(
    "syntax.accused_act", "'Iran rejected the US accusation of supplying arms to Russia': a "
    "clause opened by an object-control mark (grammar object_control_marks) on a noun cue aimed "
    "at a doer names the act of whoever is accused or criticised, never of the noun's owner")
PREVERBAL = rules.register("syntax.preverbal", "an actor the parse hung on a subjectless verb "
                           "under another label, before it, with no preposition, is its subject")
SUBORDINATE_GOVERNOR = rules.register(
    "syntax.subordinate_governor", "'Erdogan will send the protocol, Stoltenberg said after "
    "hosting talks …': for syntax.subordinate_doer, a clause the subordinate one hangs on before "
    "it, other than the root, with a subject of its own, gives the doer")
LEFT_GOVERNOR = rules.register(
    "syntax.left_governor", "'meminta semua pihak menahan diri dan mendesak/conj-of-pihak PBB': "
    "a verb the parse coordinates with a noun that is no object takes the subject of the "
    "nearest verb above that noun standing before it")
UP_ONE = rules.register("syntax.up_one", "a verb coordinated with an object noun takes the "
                        "subject of the noun's verb (a misattached conj)")
CLAUSE_SUBJECT = rules.register("syntax.clause_subject", "a subjectless advcl or ccomp ('dengan "
                                "menuding …', 'berjanji akan …') shares the governing subject")
PREDICATE_OWNER = rules.register("syntax.predicate_owner", "'It is the Kremlin chief's first "
                                 "trip': a noun predicate with no actor subject acts as its owner")
PARATAXIS = rules.register("syntax.parataxis", "'Israel Abaikan Gencatan Senjata, Akan Serang "
                           "Hizbullah': a subjectless clause set beside another shares its subject")
RELATIVE_AGENT = rules.register(
    "passive.relative_agent", "'langkah yang dikecam Angola': the bare agent the parse hung on "
    "the noun a relative clause is on, right after the clause's di- verb, is that verb's")
BARE_AGENT = rules.register("syntax.bare_agent", "'dituding retas sistem Jepang': a bare passive "
                            "agent is the noun after the verb, not a name further down")
FRONTED_CLAUSE = rules.register("syntax.fronted_clause", "'Usai Bertemu Putin, Trump …': a "
                                "subordinate clause parsed as root takes the main clause's subject")
COLON_SUBJECT = rules.register("syntax.colon_subject", "'Menlu Retno: Israel harus …': a subject "
                               "before a colon is the speaker, not the verb's subject")
RAISED_SUBJECT = rules.register("syntax.raised_subject", "'Putin dikabarkan akan mengunjungi …': "
                                "a clause under a passive reporting verb takes its subject")
FRONTED_BARE = rules.register("syntax.fronted_bare_clause", "'Bertemu Xi Jinping, Prabowo "
                              "Bahas Investasi': a sentence-initial verb clause with no "
                              "conjunction, before a comma, shares the main clause's subject")
HEADLINE_SUBJECT = rules.register("headline.shared_subject", "'Israel Abaikan Gencatan Senjata, "
                                  "Akan Serang Hizbullah': a headline's subjectless clause after "
                                  "a comma shares the headline's subject")
SHARED_AGENT = rules.register("syntax.shared_agent", "coordinated passive verbs share the agent")
MISATTACHED_VERB = rules.register(
    "syntax.misattached_verb", "a verb cue the parse hung on a noun before it as a modifier "
    "('Perdana Menteri Adrien Dolimont/nmod:poss mengecam'): that noun phrase is its subject")
GERUND_OBJECT = rules.register(
    "syntax.gerund_object", "'accused Russia of attacking Ukraine', 'thanked him for "
    "supporting': the gerund clause of/for opens is done by the governing verb's object")
CONTROLLING_OBJECT = rules.register(
    "syntax.controlling_object", "'warned the US/iobj against selling arms', 'warned the West "
    "against sending troops': the governing verb's object does the gerund however the parse "
    "labels it (obj or iobj), and an object naming no actor leaves it nobody's, not the "
    "subject's")
PASSIVE_GERUND = rules.register(
    "syntax.passive_gerund", "'Russia was accused of attacking Ukraine': a gerund clause "
    "opened by a mark of object control (grammar object_control_marks) under a passive verb is "
    "done by the passive's subject, which is the active verb's object")
RELATIVE_AFTER_NAME = rules.register(
    "syntax.relative_after_name", "'… with Malaysia, which supplies …' parsed as no relative "
    "clause: the relative pronoun stands for the actor right before it")
REPORTED_IT = rules.register(
    "syntax.reported_it", "'Chile said it would send aid to Peru': the subject pronoun of a "
    "clause reported by the main verb is the main verb's subject")
RELATIVE_IT = rules.register(
    "syntax.relative_it", "'The US sanctioned three Chinese companies it accused of helping "
    "Iran': for syntax.reported_it, the subject pronoun of a relative clause on the main verb's "
    "object or oblique is the main verb's subject too")
PURPOSE_OBLIQUE = rules.register(
    "syntax.purpose_oblique", "'Chile sought to/case isolate/obl Peru': an infinitive the parse "
    "made an oblique is controlled as an xcomp is")
INFINITIVE_NOUN = rules.register(
    "syntax.infinitive_noun", "'Chile made a decision to help Peru', 'Peru said it is time to "
    "recognise Chile': an infinitive on a noun that is no actor is done by the subject of the "
    "clause the noun stands in")
PASSIVE_WITHOUT_AUX = rules.register(
    "parse.passive_without_aux", "'Russia's ambassador/nsubj:pass criticised/ROOT Ukraine/obj': a "
    "passive subject on a verb with an object and no passive auxiliary is its active subject "
    "(English; an Indonesian di- verb needs none)")
CLAUSE_AGENT = rules.register(
    "syntax.clause_agent", "'Missiles fired by Russia hit Ukraine', 'Rudal yang ditembakkan "
    "Rusia menghantam Ukraina': a subject naming no actor, with a clause on it whose verb is one "
    "of doing (grammar doing_verbs) and whose agent is an actor, stands for that agent")
# what a "-nya" clitic on a passive verb (its agent) may be labelled (the parser often
# mislabels it; the host's form decides first: possessors.clitic_side)
_CLITIC_AGENT = ("obl", "nsubj", "nmod", "advmod", "obj")


def subject_of(reader: SentenceReader, p: Parse, h: int, depth: int = 0) -> Side | None:
    """The subject of the verb (or predicate) at ``h``."""
    if depth > 3:
        return None
    if rules.on(SUBORDINATE_DOER):
        found = _subordinate_doer(reader, p, h, depth)
        if found is not None:
            return found
    found = interrupted_subject(reader, p, h)
    if found is not None:
        return found
    if depth == 0 and headline_passive(reader, p, h):
        return NOBODY  # "Russia accused of …": Russia is accused, by nobody named
    active = (reader.lang.passive_needs_auxiliary and rules.on(PASSIVE_WITHOUT_AUX)
              and (bool(p.kids(h, "obj")) or own_oblique(reader, p, h))
              and not p.kids(h, "aux:pass"))
    subjects = [c for c in p.kids(h, "nsubj", "csubj")
                if active or p.deps[c] not in ("nsubj:pass", "csubj:pass")]
    if not subjects and rules.on(SUBJECT_ON_AUX):
        # "The Security Council has so far refused …" parsed with "Council" under "has"
        subjects = [s for a in p.kids(h, "aux") for s in p.kids(a, "nsubj")]
    # an actor first, the nearest first: a dateline ("BEIRUT, KOMPAS.com - Israel …") or a
    # mislabelled word ("beberapa kali") can be a second subject
    subjects.sort(key=lambda c: abs(h - c))
    for c in subjects:
        if clause_agent(reader, p, h, c):
            # "Iran dituding Israel/nsubj mendukung …": the passive's agent; its subject acts
            return next((side for k in passive_subjects(reader, p, p.heads[h])
                         if (side := side_at(reader, p, k)) is not None), NOBODY)
        if (
            reader.words[c] in reader.lang.relative
            and p.deps[h].startswith("acl")
            and rules.on(RELATIVE)
        ):
            # "serangan udara ke Beirut yang menewaskan …": the attack's doer
            return relative_act_doer(reader, p, h, c, p.heads[h]) or side_at(reader, p,
                                                                               p.heads[h])
        if reader.words[c] in reader.lang.relative and rules.on(RELATIVE_AFTER_NAME):
            named = named_before(reader, c)
            if named is not None:  # "strikes on Beirut that/nsubj killed/ccomp …": the strikes'
                return relative_act_doer(reader, p, h, c, named) or side_at(reader, p, named)
        if reader.words[c] in reader.lang.reflexives and p.heads[h] != h and rules.on(
            REFLEXIVE_SUBJECT
        ):
            # "Turki menawarkan diri menjadi mediator": "diri" is the offering verb's subject
            return subject_of(reader, p, p.heads[h], depth + 1)
        colon = next((k for k in range(c + 1, h) if reader.words[k] == ":"), None)
        if colon is not None and rules.on(COLON_SUBJECT):
            # "Menlu Retno: Israel/appos harus …": the speaker before the colon is no subject;
            # the name after it, hung on the speaker, is
            after = [k for k in p.kids(c, "appos", "conj", "parataxis", "nmod") if k > colon]
            side = next((f for k in after if (f := side_at(reader, p, k)) is not None), None)
            if side is not None:
                return side
            continue
        side = (side_at(reader, p, c) or own_side(reader, p, c, depth)
                or owner_reference(reader, c)  # "Pemerintahnya"
                or _clause_agent(reader, p, c))  # "Missiles fired by Russia"
        if side is not None:
            return side
    if subjects and p.kids(h, "cop") and rules.on(PREDICATE_OWNER):
        # "It is the Kremlin chief's first trip …, after visiting X": the predicate's owner
        found = possessor_of(reader, p, h)
        if found is not None:
            return found
    if subjects:
        c = subjects[0]
        if rules.on(NON_ACTOR_SUBJECT) and unknown_name(reader, c):
            return NOBODY  # a named subject that is no actor: not somebody nearer
        return None
    if rules.on(PREVERBAL) and not p.kids(h, "nsubj"):
        found = preverbal_actor(reader, p, h)
        if found is not None:
            return found
    found = governing_subject(reader, p, h, depth)
    if found is None and reader.headline and rules.on(HEADLINE_SUBJECT) and "," in reader.words[:h]:
        # "Israel Abaikan Gencatan Senjata, Akan Serang Hizbullah": a headline's clause after a
        # comma, without a subject of its own, shares the headline's
        root = next((k for k, head in enumerate(p.heads) if head == k), h)
        if root != h and root < h:
            found = subject_of(reader, p, root, depth + 1)
    return found


def _clause_agent(reader: SentenceReader, p: Parse, c: int) -> Side | None:
    """The agent of a clause of doing on the subject noun at ``c`` ("Missiles fired/acl by
    Russia", "Rudal yang ditembakkan/acl:relcl Rusia"): whose the subject is."""
    found = doing_clause(reader, p, c) if rules.on(CLAUSE_AGENT) else None
    return found[1] if found is not None else None


def doing_clause(reader: SentenceReader, p: Parse, noun: int, relation: str | None = None,
                 after: int = 0) -> tuple[int, Side] | None:
    """(verb, doer) of a relative or participle clause on the noun at ``noun`` whose verb is one
    of doing (grammar ``doing_verbs``: "sanctions imposed by the EU", "rudal yang ditembakkan
    Rusia") or, given the noun's cue ``relation``, a cue of that relation ("bantuan yang dikirim
    Jepang"); the doer is the clause's passive agent or its subject. A clause verb that is a cue
    of another relation reacts to the noun ("the attack Russia denied"), and one whose relative
    word is an oblique ("a meeting, during which he told …") does not do it. The verb comes
    after the noun and at or after ``after`` (the end of a cue's words)."""
    words, lang = reader.words, reader.lang
    for verb in p.kids(noun, "acl"):
        cued = [c.pattern.relation for c in reader.cues if c.start <= verb < c.head_end]
        fits = words[verb] in lang.doing_verbs or bool(cued and relation)
        if relation is not None and any(r != relation for r in cued):
            fits = False  # "the attack Russia denied": a reaction to it
        if verb < max(noun, after) or not fits or any(
                words[k] in lang.relative for k in p.kids(verb, "obl")):
            continue
        doer = agent_of(reader, p, verb) or next(
            (side for s in p.kids(verb, "nsubj") if words[s] not in lang.relative
             and (side := side_at(reader, p, s)) is not None), None)
        if doer is not None:
            return verb, doer
    return None


def _subordinate_doer(reader: SentenceReader, p: Parse, h: int, depth: int) -> Side | None:
    """The main clause's doer for a verb right after a subordinator ("… usai bertemu Xi",
    "Setelah bertemu Putin, Kim …"), whatever subject the parse gave it ("saat" may make the
    main clause's object one): the main verb's subject, or its agent when it is passive; for a
    fronted clause without a main verb in the parse, the actor right after its comma."""
    words = reader.words
    if h == 0 or depth > 2 or words[h - 1] not in reader.lang.subordinators:
        return None
    root = next((k for k, head in enumerate(p.heads) if head == k), h)
    if _on_copular_predicate(reader, p, h):
        return None  # "menjadi tujuan pengungsi … sebelum terbang ke …": the noun's clause
    comma = words.index(",", h) if root >= h - 1 and "," in words[h:] else None
    if root >= h - 1 and comma is None:
        return None  # the clause runs to the end and the parse's root is in it
    found = None
    governor = p.heads[h]
    if governor not in (h, root) and governor < h and rules.on(SUBORDINATE_GOVERNOR) and any(
            side_at(reader, p, c) for c in p.kids(governor, "nsubj")):
        # "Erdogan will send …, Stoltenberg said/advcl after hosting talks": the clause the
        # subordinate one hangs on has its own subject, not the sentence's root
        return subject_of(reader, p, governor, depth + 1)
    if comma is None or root > comma:
        found = (agent_of(reader, p, root) if passive_subjects(reader, p, root)
                 else subject_of(reader, p, root, depth + 1))
    if found is None and comma is not None:
        # "Usai mengecam Ukraina, Putin/appos-of-Ukraina kembali …": wherever the parse hung it
        m = next((m for m in reader.mentions if m.start == comma + 1), None)
        if m is not None:
            found = side_at(reader, p, m.end - 1)
    return found


def own_side(reader: SentenceReader, p: Parse, c: int, depth: int = 0) -> Side | None:
    """ "Marles mengatakan, pihaknya akan …", "Iran membantah tuduhan AS bahwa pihaknya …": an
    owner noun with "-nya" as the subject of a clause under the sentence's main verb is the
    main clause's subject (whose side, whose country), not the actor named last."""
    word = reader.words[c]
    reported = word in reader.lang.clause_pronouns and rules.on(REPORTED_IT)
    if not reported and not (
        rules.on(OWN_SIDE) and word.endswith("nya") and word[:-3] in reader.lang.owner_nouns
    ):
        return None
    root = next((k for k, head in enumerate(p.heads) if head == k), c)
    verb = p.heads[c]
    # "sanctions on three Chinese companies it accused/acl:relcl …": "it" of a relative clause
    # on what the main verb takes is the main verb's subject
    relative = (p.deps[verb] == "acl:relcl" and p.heads[p.heads[verb]] == root
                and p.deps[p.heads[verb]] in ("obj", "obl") and rules.on(RELATIVE_IT))
    if reported and not relative and (p.deps[verb] != "ccomp" or p.heads[verb] != root):
        # "Chile said it would send aid": "it" of the clause the main verb reports, not an
        # expletive of the main clause or a pronoun further down
        return None
    if root == c or depth > 2 or not any(k < c for k in p.kids(root, "nsubj")):
        return None
    return subject_of(reader, p, root, depth + 1)


def _on_copular_predicate(reader: SentenceReader, p: Parse, h: int) -> bool:
    """Whether the clause at ``h``, opened by a subordinator, hangs (``acl``) on the predicate
    noun of a copular verb ("Thailand menjadi tujuan/obj akhir pengungsi … sebelum
    terbang/acl"): the noun's clause, which the copula's subject does not do."""
    words, lang = reader.words, reader.lang
    noun = p.heads[h]
    verb = p.heads[noun]
    return (p.deps[h].startswith("acl") and noun != h and verb != noun
            and rules.on(COPULAR_NOUN_CLAUSE)
            and (words[verb] in lang.copulas or bool(p.kids(verb, "cop")))
            and (words[h - 1] in lang.subordinators
                 or any(words[k] in lang.subordinators for k in p.kids(h, "mark"))))


def _author(reader: SentenceReader, p: Parse, noun: int, depth: int) -> Side | None:
    """ "Indonesia issued a statement condemning Israel", "filed a lawsuit accusing …": the
    subject of the verb whose object is the ``noun`` a clause qualifies speaks through it."""
    if p.deps[noun] != "obj" or not rules.on(STATEMENT_AUTHOR):
        return None
    return subject_of(reader, p, p.heads[noun], depth + 1)


def agent_of(reader: SentenceReader, p: Parse, h: int) -> Side | None:
    """The agent of a passive verb: obl:agent, an oblique with oleh/by, or (Indonesian) a bare
    noun right after the verb ("diserang Israel") or its clitic ("dikatakannya")."""
    clitic = clitic_side(reader, p, h, _CLITIC_AGENT, "obl:agent")
    if clitic is not None:
        return clitic
    verbs = [h]
    if rules.on(SHARED_AGENT):
        # "didukung dan dilindungi oleh AS": coordinated passives share the agent
        verbs += p.kids(h, "conj") + ([p.heads[h]] if p.deps[h] == "conj" else [])
    if rules.on(AGENT_BELOW):
        # "ditembak meriam/xcomp air oleh kapal China/obl-of-meriam": the agent phrase hung
        # on the verb's own complement, also a bare oblique ("dijatuhi sanksi/obl oleh AS")
        verbs += [k for v in verbs for k in p.kids(v, "xcomp", "obj", "obl")
                  if k > v and (p.deps[k] != "obl" or not p.kids(k, "case")
                                or rules.on(OBLIQUE_AGENT))]
    for v in verbs:
        for c in p.kids(v, "obl", "nmod"):
            cases = [reader.words[k] for k in p.kids(c, "case")]
            if p.deps[c] == "obl:agent" or any(w in reader.lang.passive_agent for w in cases):
                # "diserang oleh puluhan drone Rusia": a state's weapons act for it (side_at)
                return side_at(reader, p, c)
    if reader.lang.bare_passive_agent:
        # "langkah yang dikecam Angola/nmod-of-langkah": a noun's modifier after its relative
        # clause's verb is that verb's agent
        stray = [c for c in p.kids(p.heads[h], "compound", "nmod") if c == h + 1] if (
            p.deps[h] == "acl:relcl" and rules.on(RELATIVE_AGENT)) else []
        for c in p.kids(h, "obj", "obl", "nsubj", "compound", "nmod") + stray:
            # the agent itself, or a title naming it ("diserang pasukan Israel"); not a name
            # further down a noun phrase ("dituding retas sistem Jepang")
            start = min([c, *(k for k in p.kids(c, "nummod", "det") if k < c)]) if rules.on(
                QUANTIFIED_AGENT) else c  # "diserang puluhan/nummod drone Rusia"
            if start == h + 1 and (anchor(reader, p, c, 1) is not None
                                   or not rules.on(BARE_AGENT)):
                # "diserang drone Rusia" too: a state's weapons or vessels act for it
                return side_at(reader, p, c)
    for clause in p.kids(h, "ccomp", "xcomp", "advcl"):
        for s in p.kids(clause, "nsubj"):
            if clause_agent(reader, p, clause, s):  # "dituding Israel/nsubj mendukung/ccomp"
                return side_at(reader, p, s)
    return None


# a noun cue's light verb and a noun's possessor live in their own modules; they call
# subject_of and agent_of back, so they are imported here at the end (as frames imports its
# frame families) and their names re-exported from this module
from geopolgraph.loaders.extract.asked import (  # noqa: E402
    asking,
    request_verb,
)
from geopolgraph.loaders.extract.governors import governing_subject  # noqa: E402
from geopolgraph.loaders.extract.light_verbs import (  # noqa: E402
    ACT_OF_ACT,
    PASSIVE_LIGHT_VERB,
    light_verb_subject,
    reason_of_cue,
    relative_act_doer,
)
from geopolgraph.loaders.extract.possessors import clitic_side, possessor_of  # noqa: E402
