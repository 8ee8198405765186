"""The object side of a verb: its object, an oblique with a target preposition, or the owner of
an object that is no actor (one or two modifiers further down when the parse hung it there).

>>> from geopolgraph.model import Article
>>> from geopolgraph.loaders.extract import extract_triples
>>> text = "Jepang akan memberikan bantuan senilai 1 miliar dolar AS kepada Ukraina."
>>> [(t.source, t.relation, t.target) for t in extract_triples(Article(id="a", text=text,
...  lang="id"))]
[('JPN', 'SUPPLIES', 'UKR')]
"""

from __future__ import annotations

from collections.abc import Callable

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.cues import Cue
from geopolgraph.loaders.extract.means import means_phrase
from geopolgraph.loaders.extract.parse import Parse
from geopolgraph.loaders.extract.passives import object_gap
from geopolgraph.loaders.extract.phrases import agent_phrases, mention_index, side_at
from geopolgraph.loaders.extract.reader import SentenceReader, Side
from geopolgraph.loaders.extract.references import dual_after
from geopolgraph.loaders.extract.stray_subjects import interrupted_subject
from geopolgraph.loaders.extract.syntax import (
    ACT_OF_ACT,
    clitic_side,
    named_before,
    possessor_of,
)

__all__ = ["addressed", "approved_act", "objects_of", "phrase_opened_by", "prep_object"]

DOER_FIRST = rules.register("syntax.doer_first", "'condemned the attack by Israel on Lebanon': "
                            "a cue aimed at a doer takes the object's doer before its object, "
                            "and no target from a gerund object ('denied supplying … to X')")
DOER_FROM = rules.register(
    "syntax.doer_from", "'Japan rejected criticism/obj from China/obl-of-rejected': the from- or "
    "by-phrase the parse hangs on a verb aimed at a doer (or answering a said act) whose object "
    "is a noun cue (or the cue's own last word: 'membalas provokasi dari Korea Utara') names that "
    "act's doer (not a yielding one's: 'withdrawal … from Syria')")
OWN_PREP_PLACE = rules.register("syntax.own_prep_place", "'Iran fired at Israel': a name after "
                                "the cue's own preposition is its object, not a place")
VERB_NMOD = rules.register("syntax.verb_nmod", "'Iran membantah tuduhan/nmod AS': a bare nmod "
                           "(or compound) right after a verb with a subject and no object is its "
                           "object")
CONTROLLED_NMOD = rules.register(
    "syntax.controlled_nmod", "'Rusia dilaporkan menahan/xcomp Ukraina/nmod': a verb cue whose "
    "subject comes from a verb governing it that is no cue (xcomp) takes a bare nmod right "
    "after it as its object, as a verb with its own subject does (syntax.verb_nmod)")
OBJECT_OWNER = rules.register("syntax.object_owner", "an object that is no actor stands for its "
                              "owner or the target of its preposition ('Russia's role', "
                              "'negosiasi dengan Israel')")
NMOD_CHAIN = rules.register("syntax.nmod_chain", "a target preposition one modifier further "
                            "down ('a deal for oilfield development with Iran'), or two through "
                            "bare modifiers ('bantuan senilai 1 miliar dolar AS kepada Ukraina')")
NOUN_PARTS = rules.register("syntax.noun_parts", "'meminta gencatan senjata dengan Thailand': a "
                            "target preposition on a noun's second word")
RELATIVE_OBJECT = rules.register(
    "syntax.relative_object", "'Ukraine, which Russia invaded in 2022, …': a relative pronoun "
    "as the object of a relative clause stands for the noun the clause modifies")
TITLED_OBJECT = rules.register(
    "syntax.titled_object", "'Putin assailed Ukrainian President Volodymyr Zelensky/xcomp': a "
    "bare oblique or clause the parse made of a titled name right after the verb is its object, "
    "counted from where the name's mention starts, not from the name's head")
OWN_AGENT_PREP = rules.register(
    "syntax.own_agent_prep", "'Russia stood by Ukraine', 'walked away from the deal', 'abide by': "
    "a 'by' or 'from' that is part of the cue itself opens its object, not an agent or a source")
OBJECT_ORDER = rules.register("syntax.object_order", "the oblique the cue's preposition opens, "
                              "then one after the verb, is its target before one fronted")
BARE_OBLIQUE = rules.register("syntax.bare_oblique", "'memperingatkan AS agar …', 'warned "
                              "Beijing/xcomp': an oblique or an actor as clause right after the "
                              "verb without a preposition is its object")
OBJECT_TARGET_NO_DOER = rules.register(
    "syntax.object_target_no_doer", "'Iran denied any drone deliveries to Russia': a cue aimed "
    "at a doer is not aimed at whom a preposition of its object names where the act went, not "
    "who did it (its owner and by-phrase are read first; a partner or 'between' phrase stays)")
ACT_NOUN_OBLIQUE = rules.register(
    "syntax.act_noun_oblique", "'The US condemned the arms sales to/obl Russia': an oblique the "
    "parse hangs on a cue aimed at a doer, opened right after its object that is an act noun (a "
    "cue), is that noun's phrase, whom the act went to, not whom the cue is aimed at")
VICTIM_NO_DOER = rules.register(
    "syntax.victim_no_doer", "'mengecam invasi ke Ukraina': a cue aimed at a doer is not aimed "
    "at the target of the act it names when its doer is not said")
UNMARKED_OBJECT = rules.register(
    "syntax.unmarked_object", "'Mr Xi praised Mr Albanese/obl:unmarked for improving ties': a "
    "bare noun phrase right after the verb that the parse labels a bare oblique (as 'last "
    "week') is its object when it names an actor")
DEPARTURE = rules.register(
    "syntax.departure", "'Chile withdrew its troops from Peru': the 'from' phrase of a verb of "
    "leaving is whom it yields to, not a source")
GOODS_ORIGIN = rules.register(
    "syntax.goods_origin", "'tariffs on goods from the European Union': goods a measure falls on "
    "stand for where they come from")
RECIPIENTS_IN_PLACE = rules.register(
    "syntax.recipients_in_place", "'bantuan kepada korban banjir di Pakistan': people a "
    "transfer or visit goes to stand for the place they are in, as a place stands for its state")
CAUSE_ACT = rules.register(
    "syntax.cause_act", "'The EU imposed sanctions over the invasion of Ukraine': a reason "
    "phrase (grammar cause_preps) that names another act is no way down to the cue's target; "
    "whom that act hit is not whom the cue's act is aimed at")
ADDRESSED = rules.register(
    "syntax.addressed", "'The US urged its citizens not to travel to Lebanon', 'mengimbau "
    "warganya untuk tidak bepergian ke Israel': an appeal whose object names no actor and no act "
    "is addressed to that object; the object of the clause saying what it should do is no "
    "target")
APPROVED_VERB_NOUN = rules.register(
    "syntax.approved_verb_noun", "'The EU agreed a new sanctions/compound package against "
    "Russia': an English verb cue the parse makes a compound of the approved object is the "
    "approved act's noun (syntax.approved_act), as a noun cue is")
APPROVED_MUTUAL = rules.register(
    "syntax.approved_mutual", "'Israel dan Hamas menyepakati gencatan senjata': an act both "
    "sides do (grammar mutual_patterns) that a verb of approval takes is no one-way act the "
    "approval gives way to (syntax.approved_act): its subject agreed to it with each other")
GOODS_OWNER = rules.register(
    "noun.goods_owner", "'the sale of US weapons to Taiwan', 'Kyiv condemned the shipment of "
    "Iranian drones to Russia': the owner of the goods or forces a noun of sending names in its "
    "of-phrase (relations.tsv goods_owner) sent them; the phrase is no target")
ADDED_TARGET = rules.register(
    "syntax.added_target", "'Selain ke Indonesia, PM Abe juga akan berkunjung ke India': a "
    "phrase on the verb opened by an addition word (grammar addition_preps) and the preposition "
    "of its target phrase names one more target of the same act")
MUTUAL_DOERS = rules.register(
    "syntax.mutual_doers", "'Korea Utara mengecam latihan militer gabungan antara AS dan Korea "
    "Selatan': the parties of a mutual act (grammar mutual_patterns) that a cue aimed at a doer "
    "takes as object, in its partner or between phrase, did it: the cue's targets")
OWN_PREP_DOER = rules.register(
    "syntax.own_prep_doer", "'Iran protested against the strikes by Israel': for "
    "syntax.doer_first, the act named in the phrase the cue's own preposition opens is read "
    "for its doer as an object's is")
BETWEEN_DOERS = rules.register(
    "syntax.between_doers", "'Qatar menengahi perundingan antara Israel dan Hamas': for "
    "syntax.mutual_doers, a between phrase on any act noun names the act's parties, mutual "
    "pattern or not")
NOUN_CUE_XCOMP = rules.register(
    "syntax.noun_cue_xcomp", "'AS mengecam kerja/xcomp sama militer Rusia dan China': a noun "
    "cue right after the verb, which the parse made its clausal complement, is its object")
DUAL_DOERS = rules.register(
    "syntax.dual_doers", "'AS mengecam kerja sama militer kedua negara': for syntax.mutual_doers, "
    "a dual reference owning the mutual act ('kedua negara', 'the two countries') names its "
    "parties")
_CLITIC_OBJECT = ("obj", "iobj", "advmod", "obl", "dep", "compound")


def objects_of(reader: SentenceReader, p: Parse, h: int, allow_place: bool,
               inside: tuple[int, int] = (0, 0), own_only: bool = False,
               skip: frozenset[str] = frozenset(), doer_first: bool = False) -> Side | None:
    """The object of ``h``: obj/iobj, else an oblique with a target preposition (ke, to, on, or
    the preposition closing the cue ``inside``: "arrived in"), else the owner of a non-actor
    object ("appreciates Russia's role", "menyerukan negosiasi dengan Israel"). With
    ``own_only``, only obj/iobj and an oblique opened by the cue's own preposition; never one
    opened by a preposition in ``skip``; with ``doer_first``, a non-actor object's owner or doer
    before its own object ("condemned the attack by Israel on Lebanon": Israel)."""
    clitic = clitic_side(reader, p, h, _CLITIC_OBJECT, "obj")
    if clitic is not None:
        return clitic  # "menyambutnya"
    objects = p.kids(h, "obj", "iobj")
    if rules.on(BARE_OBLIQUE):
        # "memperingatkan AS/obl agar …": an oblique right after the verb with no preposition
        # is an object the parse mislabelled
        objects += [c for c in p.kids(h, "obl") if c > h and (p.deps[c] == "obl" or (
                        p.deps[c] == "obl:unmarked" and rules.on(UNMARKED_OBJECT)))
                    and not p.kids(c, "case") and _named_from(reader, c) - h <= 2]
        # "warned Beijing/xcomp against …": an actor named right after the verb is no clause
        objects += [c for c in p.kids(h, "xcomp") if _named_from(reader, c) == h + 1
                    and c in mention_index(reader)]
    if rules.on(NOUN_CUE_XCOMP):
        # "mengecam kerja/xcomp sama militer Rusia dan China": a noun cue right after the verb
        # (or after the cue: "menyambut baik kerja sama …") is its object, not a clause
        objects += [c for c in p.kids(h, "xcomp") if c in (h + 1, inside[1]) and any(
            k.start == c and k.pattern.frame == "noun" for k in reader.cues)]
    if rules.on(VERB_NMOD) and not objects and (
            p.kids(h, "nsubj") or interrupted_subject(reader, p, h) is not None
            or (p.deps[h] == "xcomp" and p.heads[h] not in reader.cue_starts
                and reader.verb_cue_at(h) and rules.on(CONTROLLED_NMOD))):
        # "Iran membantah tuduhan/nmod AS", "tuduhan/compound Amerika Serikat": a predicate
        # with a subject takes no bare nominal modifier right after it; the parse mislabelled
        # its object
        objects = [c for c in p.kids(h, "nmod", "compound") if h < c <= h + 2
                   and not p.kids(c, "case")]
    if not objects and object_gap(reader, p, h):
        # "three Chinese companies it accused/acl:relcl of helping Iran": a relative clause
        # with a subject of its own and no object, without a pronoun, is on its object
        objects = [p.heads[h]]
    if doer_first and rules.on(DOER_FIRST):
        # "mengecam pengusiran diplomat Jerman oleh Rusia": the condemned act's agent phrase
        # names its doer before the name it hit (syntax.agent_first)
        for a in (a for c in objects if c in reader.cue_starts
                  for a in agent_phrases(reader, p, c)):
            side = side_at(reader, p, a)
            if side is not None:
                return side
    for c in objects:
        side = side_at(reader, p, c, allow_place, patient=True)
        if (side is None and reader.words[c] in reader.lang.relative and p.heads[h] != h
                and p.deps[h].startswith("acl") and rules.on(RELATIVE_OBJECT)):
            # "Ukraine, which/obj Russia invaded/acl:relcl": the noun the clause is on, or the
            # actor named right before the pronoun ("talks with Ukraine, which …")
            side = side_at(reader, p, p.heads[h], allow_place, patient=True)
            named = named_before(reader, c)
            if side is None and named is not None:
                side = side_at(reader, p, named, allow_place, patient=True)
        if side is not None:
            return side
    owners_read = doer_first and not own_only and rules.on(DOER_FIRST)
    if owners_read:
        # "condemned the attack by Israel on Lebanon": whoever did the condemned act; also
        # "protested against/case the strikes by Israel"
        own = [c for c in p.kids(h, "obl", "nmod") if c > h and rules.on(OWN_PREP_DOER) and any(
            inside[0] <= k < inside[1] for k in p.kids(c, "case"))]
        for c in objects + own:
            found = possessor_of(reader, p, c, False) or goods_owner(reader, p, c)
            if found is not None:
                return found
        if rules.on(DOER_FROM) and (any(
                o.start in objects and o.pattern.relation != "YIELDS" for o in reader.cues)
                or any(inside[0] < c < inside[1] for c in objects)):  # "membalas provokasi"
            # not "the withdrawal of troops from Syria": whence one yields, not who
            found = _doer_from(reader, p, h)
            if found is not None:
                return found
    # "voiced criticism of the attack on Lebanon": whom the criticised act hit is not aimed at
    # (every word of its cue: "the accusation of arms sales/nmod to Russia")
    stop = frozenset(k for c in reader.cues if not inside[0] <= c.start < inside[1]
                     for k in range(c.start, c.end)) if (
        owners_read and rules.on(ACT_OF_ACT)) else frozenset()
    found = prep_object(reader, p, h, allow_place, inside, own_only=own_only, skip=skip,
                        stop=stop, exclude=_act_phrases(reader, p, h, objects, owners_read))
    if found is not None or own_only or not rules.on(OBJECT_OWNER):
        return found
    directions = _directions(reader, owners_read)
    for c in objects:
        if owners_read and reader.lang.is_gerund(reader.words[c]):
            continue  # "denied supplying missiles to Russia": the act's target is not the doer
        if owners_read and c in reader.cue_starts and rules.on(VICTIM_NO_DOER):
            found = _mutual_parties(reader, p, c)
            if found is not None:
                return found
            continue  # "mengecam invasi ke Ukraina": whom the act hit did not do it
        # "withdraw its troops from X": an object's "its" is no target
        found = prep_object(reader, p, c, allow_place, skip=skip | directions, stop=stop) or (
            None if owners_read else possessor_of(reader, p, c, False))
        if found is not None:
            return found
    return None


def goods_phrase_at(reader: SentenceReader, p: Parse, h: int, after: int) -> int | None:
    """The head of the of-phrase (grammar ``goods_kind_preps``) from ``after`` on by which the
    noun of sending at ``h`` names the goods or forces sent ("the sale of/case US weapons"),
    when ``h`` starts a cue of sending (relations.tsv ``goods_owner``) and the rule is on."""
    if h not in reader.senders or not rules.on(GOODS_OWNER):
        return None
    named = mention_index(reader)  # "the deployment of Haniyeh": a person is no goods
    return next((c for c in p.kids(h, "nmod") if c >= after and c not in named and any(
        reader.words[k] in reader.lang.goods_kind_preps for k in p.kids(c, "case"))), None)


def goods_owner(reader: SentenceReader, p: Parse, h: int, after: int = -1) -> Side | None:
    """Who sends what the noun of sending at ``h`` names in its of-phrase (from ``after`` on;
    right after ``h`` by default): the goods' owner, or the state an instrument stands for
    ("Iranian drones"); else None."""
    c = goods_phrase_at(reader, p, h, after if after >= 0 else h + 1)
    return None if c is None else side_at(reader, p, c) or possessor_of(reader, p, c)


def _act_phrases(reader: SentenceReader, p: Parse, h: int, objects: list[int],
                 owners_read: bool) -> frozenset[int]:
    """The obliques of ``h`` whose preposition comes right after an object that is an act noun
    (a cue), when a cue aimed at a doer reads its owners: the parse hung the noun's phrase on
    the verb ("condemned the arms sales to/obl Russia": whom the sales went to)."""
    if not owners_read or not rules.on(ACT_NOUN_OBLIQUE):
        return frozenset()
    acts = [c for c in objects if any(k.start <= c < k.end for k in reader.cues)]
    return frozenset(o for o in p.kids(h, "obl") for c in acts if c + 1 in p.kids(o, "case"))


def _directions(reader: SentenceReader, owners_read: bool) -> frozenset[str]:
    """The prepositions of an object that name where its act went, not a party to it, when a
    cue aimed at a doer reads its owners ("denied any drone deliveries to Russia"; not "brokered
    an entente between Iran and Saudi Arabia")."""
    lang = reader.lang
    if not owners_read or not rules.on(OBJECT_TARGET_NO_DOER):
        return frozenset()
    return lang.target_preps - lang.partner_preps - lang.between


def approved_act(reader: SentenceReader, cue: Cue, reciprocal: Callable[[str], bool]) -> bool:
    """Whether the verb cue ``cue`` approves an act that its object, or a modifier of its object,
    names as a noun cue of a one-way relation (not ``reciprocal``), nor an act both sides do
    ("menyepakati gencatan senjata": rule syntax.approved_mutual): "menyetujui sanksi/obj baru
    terhadap Rusia", "menyetujui paket/obj sanksi/nmod": the act, not the approval, is the
    relation."""
    p = reader.parse
    if p is None or cue.pattern.frame == "noun" or not reader.approves(cue.start):
        return False
    nouns = {n for o in p.kids(cue.start, "obj") for n in (o, *p.kids(o, "nmod", "compound"))}
    # "agreed air defence systems sales/obj": the object's head may end a longer noun cue
    # "agreed a new sanctions/compound package": an English verb cue the parse reads as a noun
    as_noun = reader.lang.verbs_double_as_nouns and rules.on(APPROVED_VERB_NOUN)
    return any(any(c.start <= n < c.end for n in nouns)
               and (c.pattern.frame == "noun" or (as_noun and p.deps[c.start] == "compound"))
               and not cue.start <= c.start < cue.end
               and not reciprocal(c.pattern.relation)
               and not (rules.on(APPROVED_MUTUAL) and reader.lang.is_mutual(c.pattern.text))
               for c in reader.cues)


def addressed(reader: SentenceReader, p: Parse, h: int) -> bool:
    """Whether the verb at ``h`` has an object that names no actor and no act ("urged its
    citizens/obj to …", "mengimbau warganya/obj untuk …"): whom an appeal is addressed to (not
    what it asks for: "menyerukan gencatan senjata/obj dengan Thailand")."""
    return rules.on(ADDRESSED) and any(
        side_at(reader, p, c, patient=True) is None
        and not any(k.start <= c < k.end for k in reader.cues)
        for c in p.kids(h, "obj", "iobj"))


def _doer_from(reader: SentenceReader, p: Parse, h: int) -> Side | None:
    """The actors of a from- or by-phrase after ``h`` hung on it ("rejected criticism from/case
    China/obl-of-rejected")."""
    lang = reader.lang
    return phrase_opened_by(reader, p, [c for c in p.kids(h, "obl") if c > h],
                            lang.source_preps | lang.passive_agent)


def _named_from(reader: SentenceReader, c: int) -> int:
    """Where the actor mention covering ``c`` starts ("Ukrainian President Volodymyr
    Zelensky/obl": at "Ukrainian"), else ``c`` (the start only with syntax.titled_object)."""
    m = mention_index(reader).get(c)
    return m.start if m is not None and rules.on(TITLED_OBJECT) else c


def prep_object(reader: SentenceReader, p: Parse, h: int, allow_place: bool,
                 inside: tuple[int, int] = (0, 0), depth: int = 2,
                 own_only: bool = False, skip: frozenset[str] = frozenset(),
                 stop: frozenset[int] = frozenset(),
                 exclude: frozenset[int] = frozenset()) -> Side | None:
    """An oblique or nominal modifier of ``h`` with a target preposition; one level further
    down a modifier that is no actor ("a deal for oilfield development with Iran"), and a
    second level through bare modifiers only ("bantuan senilai 1 miliar dolar AS kepada
    Ukraina"). With
    ``own_only``, only one opened by a preposition of the cue ``inside`` ("sanctions on");
    never one opened by a preposition in ``skip`` (a talk's topic: "talks on X"); never below
    a token in ``stop`` (another act: "condemnation of the attack on Lebanon"); never one in
    ``exclude``."""
    lang = reader.lang
    below = []
    kids = p.kids(h, "obl", "nmod")
    if rules.on(OBJECT_ORDER):
        # the oblique the cue's own preposition opens first ("berkunjung ke"), then those after
        # the verb: "Selain ke Indonesia, PM Abe akan berkunjung ke India" visits India
        kids.sort(key=lambda c: (not any(inside[0] <= k < inside[1] for k in p.kids(c, "case")),
                                 c < h))
    for c in kids:
        if c in exclude or means_phrase(reader, p, c):
            continue  # "mencegat rudal dengan dukungan AS": who helped, not the target
        case_at = p.kids(c, "case")
        cases = [reader.words[k] for k in case_at]
        own = any(inside[0] <= k < inside[1] for k in case_at)
        if any(w in lang.passive_agent or w in lang.source_preps for w in cases) and not (
            reader.words[h] in lang.departure_verbs and rules.on(DEPARTURE)
            and not any(w in lang.passive_agent for w in cases)
        ) and not (own and rules.on(OWN_AGENT_PREP)):
            continue
        if (own_only and not own) or any(w in skip for w in cases) or (
                rules.on(ADDED_TARGET) and any(w in lang.addition_preps for w in cases)):
            continue  # "Selain ke Indonesia, …": one more target, never the first (_added)
        if own or any(w in lang.target_preps for w in cases):
            # the cue's own preposition makes its phrase the object even where it would mark
            # a place ("fired at Israel": "at" is locative elsewhere)
            side = side_at(reader, p, c, allow_place or (own and rules.on(OWN_PREP_PLACE)),
                           patient=True)
            if side is None and allow_place:  # "kepada korban banjir di Pakistan"
                side = _recipients_place(reader, p, c)
            if side is None:  # "tariffs on goods from the European Union"
                side = _goods_origin(reader, p, h, c)
            if side is not None:
                return _added(reader, p, h, c, side, cases)
            if own or not _reason_act(reader, c, cases, inside):
                below.append(c)
        elif not cases:
            below.append(c)  # "exports oil a day to China": a misattached modifier
    if own_only:
        return None
    if rules.on(NOUN_PARTS):
        # "gencatan senjata dengan Thailand": the parse may hang the modifier on the noun's
        # second word
        below += [c for c in p.kids(h, "amod", "compound", "flat") if not p.kids(c, "case")]
    if depth and rules.on(NMOD_CHAIN):
        for c in below:
            if c in stop:
                continue
            if depth == 1 and p.kids(c, "case"):
                continue  # past the first level only bare modifiers: "senilai 1 miliar dolar"
            found = prep_object(reader, p, c, allow_place, depth=depth - 1, skip=skip,
                                stop=stop)
            if found is not None:
                return found
    return None


def _mutual_parties(reader: SentenceReader, p: Parse, c: int) -> Side | None:
    """The parties of the mutual act the noun cue at ``c`` names (grammar mutual_patterns), in
    a phrase on it opened by a partner or "between" preposition ("mengecam latihan militer
    gabungan antara/case AS dan Korea Selatan", "latihan militer bersama/case AS dan Korsel"):
    they did it together, so the act's doers; a "between" phrase names the parties of any act
    ("perundingan antara Israel dan Hamas"); else None."""
    lang = reader.lang
    if not rules.on(MUTUAL_DOERS):
        return None
    if any(k.start == c and lang.is_mutual(k.pattern.text) for k in reader.cues):
        preps = lang.partner_preps | lang.between
    elif rules.on(BETWEEN_DOERS):
        preps = lang.between  # "perundingan antara Israel dan Hamas": talks' parties
    else:
        return None
    found = phrase_opened_by(reader, p, p.kids(c, "nmod", "obl"), preps)
    if found is None and rules.on(DUAL_DOERS):
        # "mengecam kerja sama militer kedua negara": the two sides the owner names back
        for k in range(c + 1, min(len(reader.words), c + 5)):
            if not p.under(k, c):
                break
            found = dual_after(reader, k)
            if found is not None:
                break
    return found


def _added(reader: SentenceReader, p: Parse, h: int, c: int, side: Side,
           own: list[str]) -> Side:
    """``side`` (the target phrase ``c`` on ``h``, opened by the prepositions ``own``) with the
    actors of another phrase on ``h`` opened by an addition word and the same preposition
    ("Selain/case ke/case Indonesia, PM Abe juga berkunjung ke India": Indonesia too)."""
    if not rules.on(ADDED_TARGET) or not reader.lang.addition_preps:
        return side
    actors, mentions = list(side.actors), list(side.mentions)
    # "Selain terhadap Rusia, UE juga menjatuhkan sanksi/obj terhadap Iran": on the object's verb
    hosts = [h, p.heads[h]] if p.deps[h] in ("obj", "nmod") else [h]
    for k in [k for host in hosts for k in p.kids(host, "obl", "nmod")]:
        cases = {reader.words[w] for w in p.kids(k, "case")}
        extra = None if k == c or not (cases & reader.lang.addition_preps and cases & set(
            own)) else side_at(reader, p, k, False, patient=True)
        if extra is None:
            continue
        for i, actor in enumerate(extra.actors):
            if actor not in actors:
                actors.append(actor)
                mentions.append(extra.mentions[min(i, len(extra.mentions) - 1)])
    return Side(tuple(actors), tuple(mentions), side.distance, side.how)


def _reason_act(reader: SentenceReader, c: int, cases: list[str],
                inside: tuple[int, int]) -> bool:
    """Whether ``c`` heads a reason phrase ("over/case the invasion/c of Ukraine") that names
    another act than the cue ``inside`` (not one the cue's own preposition opens: "called
    for an investigation into …")."""
    return (rules.on(CAUSE_ACT) and any(w in reader.lang.cause_preps for w in cases)
            and any(k.start <= c < k.end and k.pattern.frame == "noun"
                    and not inside[0] <= c < inside[1] for k in reader.cues))


def _recipients_place(reader: SentenceReader, p: Parse, c: int) -> Side | None:
    """The place of the people at ``c`` ("korban banjir di/case Pakistan"), where ``c`` is a
    recipient noun ("korban", "victims") with a locative phrase under it."""
    if reader.words[c] not in reader.lang.recipient_nouns or not rules.on(RECIPIENTS_IN_PLACE):
        return None
    return phrase_opened_by(reader, p, p.kids(c, "nmod", "obl"), reader.lang.locative, True)


def _goods_origin(reader: SentenceReader, p: Parse, h: int, c: int) -> Side | None:
    """Where the goods at ``c`` come from ("goods from/case the EU"), the from-phrase hung on
    the goods or, after them, on ``h``."""
    lang = reader.lang
    if reader.words[c] not in lang.origin_nouns or not rules.on(GOODS_ORIGIN):
        return None
    return phrase_opened_by(reader, p, p.kids(c, "nmod", "obl") + [
        k for k in p.kids(h, "obl", "nmod") if k > c], lang.source_preps)


def phrase_opened_by(reader: SentenceReader, p: Parse, phrases: list[int],
                     preps: frozenset[str], allow_place: bool = False) -> Side | None:
    """The actors of the first of ``phrases`` (token heads) opened by a preposition in
    ``preps`` that names any ("korban banjir di/case Pakistan", "from/case France")."""
    for k in phrases:
        if any(reader.words[w] in preps for w in p.kids(k, "case")):
            found = side_at(reader, p, k, allow_place)
            if found is not None:
                return found
    return None
