"""Frame handlers: for a cue, which actors are its source and its target.

Each pattern in ``relations_<lang>.tsv`` names a frame; each frame name has one handler,
registered with :func:`frame` in a module of its family (:mod:`.active_frame`,
:mod:`.noun_frames`, :mod:`.passive_frames`, :mod:`.implied_frames`, imported at the end of this
one; the names are
:data:`~geopolgraph.loaders.lexicons.FRAME_NAMES`, checked when the lexicon loads). A handler
gets a :class:`Frame` (the cue, the sentence reader, the relation's properties, the controller of
an earlier "urged Y to …") and returns the sides:

- ``active``: the subject acts on the object ("AS memperingatkan Rusia");
- ``passive``: the agent after "oleh"/"by" acts on the subject ("Ukraina diserang oleh Rusia");
- ``noun``: a nominalisation, its possessor acting on the object of ke/terhadap/to ("kunjungan
  Putin ke Korea Utara", "US sanctions on Russia");
- ``receive``: the subject receives from the object (RECEIVES, or a hosted visit);
- ``agent``: the body the cue opens acts on the next actor ("pemantau sanksi PBB");
- ``charge``: whoever speaks charges the noun's possessor ("pelanggaran Rusia");
- ``modal``: "Y harus …", "Y must …": whoever speaks appeals to Y.

>>> sorted(FRAMES) == sorted(FRAME_NAMES)
True
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from geopolgraph.errors import LexiconError
from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.conditions import conditional_target
from geopolgraph.loaders.extract.cues import Cue
from geopolgraph.loaders.extract.goods_targets import goods_origin
from geopolgraph.loaders.extract.means import means_sides
from geopolgraph.loaders.extract.misparse import infinitive_noun_doer
from geopolgraph.loaders.extract.mutual import mutual_cue, own_party
from geopolgraph.loaders.extract.near_targets import near_target
from geopolgraph.loaders.extract.own_clauses import in_others_clause
from geopolgraph.loaders.extract.parse import Parse, cue_head
from geopolgraph.loaders.extract.predicates import speaker_predicate
from geopolgraph.loaders.extract.reactions import governed_by_cue
from geopolgraph.loaders.extract.reader import SentenceReader, Side
from geopolgraph.loaders.extract.references import (
    dual_after,
    reciprocal_marker,
    reference_before,
)
from geopolgraph.loaders.extract.removals import removal_sides, taken_from
from geopolgraph.loaders.extract.syntax import (
    NOBODY,
    light_verb_subject,
    reason_of_cue,
    request_verb,
    side_at,
)
from geopolgraph.loaders.lexicons import FRAME_NAMES, RelationProps
from geopolgraph.loaders.mentions import Mention

__all__ = ["FRAMES", "Frame", "Pair", "frame", "sides_for_cue"]

#: (source side, target side, how, confidence)
Pair = tuple[Side, Side, str, float]
Sides = tuple[Side | None, Side | None]


@dataclass
class Frame:
    """What a handler reads: the cue, the sentence, the relation's properties, the controller."""

    cue: Cue
    reader: SentenceReader
    props: RelationProps
    controller: Side | None  # the object of "mendesak Y untuk …", else the last subject
    #: the verb that answers the said act this noun names (``answered_claim``), else None
    answer: int | None = None
    #: this cue answers a said act its object names ("rejected accusations by the US")
    answers_said: bool = False

    @property
    def words(self) -> list[str]:
        return self.reader.words

    @property
    def mutual(self) -> bool:
        """Whether the cue's act is done by its sides with each other (:func:`.mutual_cue`)."""
        p = self.reader.parse
        head = cue_head(p, self.cue.start, self.cue.head_end) if p is not None else self.cue.start
        return mutual_cue(self.reader, self.cue, self.props, head)

    def subject(self, pos: int | None = None) -> Side | None:
        """A reference before ``pos`` (the cue by default): "-nya", "kedua negara", "they"."""
        return reference_before(self.reader, self.cue.start if pos is None else pos)


Handler = Callable[[Frame], Sides]
#: frame name -> handler
FRAMES: dict[str, Handler] = {}


def frame(name: str, description: str) -> Callable[[Handler], Handler]:
    """Register the handler of frame ``name`` (a name the lexicon loader knows)."""
    if name not in FRAME_NAMES:
        raise LexiconError(f"frame {name!r} is not one of {', '.join(sorted(FRAME_NAMES))}")

    def register(handler: Handler) -> Handler:
        FRAMES[name] = handler
        rules.register(f"frame.{name}", description)
        return handler

    return register


REDUCED_RELATIVE = rules.register(
    "passive.reduced_relative", "'Ukraine, invaded by Russia in 2022, protested': a participle "
    "clause on a name (no relative pronoun) is done to that name, and its agent controls no verb "
    "after it ('warplanes supported by Russia attacked …')")
RELATIVE_SUBJECT = rules.register("active.relative_subject",
                                  "'negara yang membela Israel': the noun before 'yang' acts")
BETWEEN = rules.register("frame.between", "'talks between X and Y': each with the other; "
                         "'brokered a deal between X and Y': both are targets")
BETWEEN_COMPOUND = rules.register(
    "frame.between_compound", "'menjadi tuan rumah perundingan damai antara X dan Y': the "
    "parse may hang 'antara' on the first word of the compound the cue's noun ends")
BETWEEN_MODIFIER = rules.register("frame.between_modifier", "'gencatan senjata rapuh antara X "
                                  "dan Y': the parse may hang 'antara' on a word qualifying the "
                                  "noun")
AUX_CUE = rules.register("frame.aux_cue", "'Iran's leader has held talks with': a cue pattern "
                         "opened by an auxiliary ('has … talks with') takes the roles of the "
                         "verb the auxiliary helps")
TOPIC_OBJECT = rules.register(
    "frame.topic_object", "'Putin membahas Ukraina', 'Trump and Putin discussed Ukraine': the "
    "object of a talk verb (grammar topic_verbs; or of one read as its modifier) is its topic, "
    "no party; a party is named after 'with'/'dengan' (grammar partner_preps)")
ANSWERED_CLAIM = rules.register(
    "noun.answered_claim", "'Iran membantah tuduhan AS', 'Russia rejected Ukraine's "
    "accusations': a noun of a said act (relations.tsv said) that is the object of a cue that "
    "answers it (answers: rejects, denies) was said, and to that cue's subject: USA ACCUSES IRN")
REACTED_CLAIM = rules.register(
    "noun.reacted_claim", "'Israel responded to Hamas's accusations', 'Israel menanggapi "
    "tuduhan Hamas': for noun.answered_claim, a verb of reacting (grammar reaction_verbs) "
    "answers the said act its object or its to-phrase names: HAMAS ACCUSES ISR")
TOPIC = rules.register("parse.topic", "'South Korea and Japan held talks on North Korea's "
                       "programme': what a talk is about is no party to it")
PARTNER_PREP = rules.register(
    "active.partner_prep", "'Putin mengundang Prabowo ke Moskwa': the partner a talk cue's "
    "partner-first pass takes is opened by a partner preposition (grammar partner_preps), "
    "never by another target preposition (a destination)")
SUBJECT_NOUN_CUE = rules.register(
    "parse.subject_noun_cue", "'Tensions on the Chile-Peru border rose since the war broke "
    "out': a noun cue the parse makes a verb's subject takes no sentence-opening pair as parties")
EN_PASSIVE = rules.register("frame.en_passive", "'was attacked by', 'shot down by': passive")
REFLEXIVE = rules.register("frame.reflexive", "'membela diri', 'defend itself': no target")
NAMED_OBJECT_NO_PAIR = rules.register(
    "frame.named_object_no_pair", "'Putin and Xi slaughtered Ukraine' with the object unread: a "
    "coordinated subject of a mutual verb with an actor named right after the verb acts on that "
    "actor, not on each other")
COORDINATED_SUBJECT = rules.register(
    "frame.coordinated_subject", "'the leaders of X and Y … after a meeting': each with the other"
)
NOUN_CLAUSE_PAIR = rules.register(
    "frame.noun_clause_pair", "'X and Y accused China of a campaign targeting/acl lawmakers': a "
    "verb cue in a clause on a noun that names neither of the sentence's first pair (nor has them "
    "under it: 'the leaders of X and Y, meeting in …') is that noun's act, not the pair's on "
    "each other")
NAMED_TIME = rules.register(
    "frame.named_time", "'the largest prisoner swap since the Cold War', 'sejak Perang Dingin': a "
    "cue word capitalised inside a sentence right after a time subordinator (grammar "
    "subordinators; an article and the name's earlier words between) names a time, nobody's "
    "act")
PAIR_TARGET = rules.register(
    "frame.pair_target", "'Prabowo dan Erdogan membahas pembelian jet buatan Turki': a "
    "talk whose coordinated subject includes all its target is each with the other")
PARSE = rules.register("frame.parse", "source and target from the dependency parse first")
BETWEEN_FIELD = rules.register(
    "frame.between_field", "'kerja sama di bidang pertahanan antara Indonesia dan Australia', "
    "'cooperation in the field of defence between X and Y': the parse may hang 'antara' on the "
    "field (grammar field_nouns) the act is in, or on the field's name")
BETWEEN_EVENT = rules.register("frame.between_event", "'menjadi mediator dalam perundingan "
                               "antara X dan Y': the parties of the event noun the cue governs")
CAUSE_OF_CUE = rules.register(
    "noun.cause_of_cue", "'Russia and Ukraine accused each other over the attack on the plant', "
    "'China protested over the sanctions': an act noun without owner that gives the reason for "
    "another cue's verb is not done by that verb's subject or pair (its object's act: "
    "noun.cause_object)")
LIGHT_VERB = rules.register("noun.light_verb", "'Washington meluncurkan kampanye pemboman "
                            "terhadap Houthi': a noun cue's verb's subject acts on its target")


def _parsed(f: Frame, role: Callable[[SentenceReader, Parse, int], Side | None]) -> Side | None:
    """``role`` of the cue's head in the parse, when the sentence was parsed."""
    p = f.reader.parse
    if p is None or not rules.on(PARSE):
        return None
    head = cue_head(p, f.cue.start, f.cue.head_end)
    if p.deps[head] in ("aux", "aux:pass", "cop") and p.heads[head] != head and rules.on(
        AUX_CUE
    ):
        head = p.heads[head]  # "has (held) talks with": the auxiliary stands for its verb
    return role(f.reader, p, head)


def _light_subject(reader: SentenceReader, p: Parse, h: int) -> Side | None:
    """The subject of the light verb whose object the noun at ``h`` is ("had a meeting"), not
    of another cue's verb ("Indonesia condemned the attack on Lebanon")."""
    if not rules.on(LIGHT_VERB):
        return None
    doer = infinitive_noun_doer(reader, p, h)  # "urged Peru to halt/amod attacks on Ukraine"
    if doer is not None:
        return None if doer is NOBODY else doer
    subject, governed = light_verb_subject(reader, p, h)
    return None if governed_by_cue(reader, p, governed, h) else subject


def cause_of_cue(f: Frame) -> bool:
    """Whether the noun cue opens a reason phrase ("over", "atas") of another cue's verb
    ("accused each other over the attack"): with no owner named, nobody named did it."""
    p = f.reader.parse
    return p is not None and rules.on(CAUSE_OF_CUE) and reason_of_cue(
        f.reader, p, cue_head(p, f.cue.start, f.cue.head_end))


def talks_about(reader: SentenceReader, cue: Cue) -> bool:
    """Whether ``cue`` is a talk verb whose object is its topic ("discussed", "membahas":
    grammar ``topic_verbs``; rule ``frame.topic_object``)."""
    return reader.words[cue.start] in reader.lang.topic_verbs and rules.on(TOPIC_OBJECT)


def answered_claim(reader: SentenceReader, cue: Cue,
                   props: Callable[[str], RelationProps]) -> int | None:
    """The verb of the cue that answers the said act the noun ``cue`` names ("membantah
    tuduhan AS": "membantah"), when the noun is its object; else None. The said act happened,
    whatever the answer says of what it claims."""
    p = reader.parse
    if (p is None or not props(cue.pattern.relation).said or not rules.on(ANSWERED_CLAIM)
            or not (cue.pattern.frame == "noun" or request_verb(reader, cue))):
        return None
    head = cue_head(p, cue.start, cue.head_end)
    verb = p.heads[head]
    if verb == head:
        return None
    if reader.words[verb] in reader.lang.reaction_verbs and rules.on(REACTED_CLAIM) and (
            p.deps[head] == "obj" or (p.deps[head] == "obl" and not any(
                reader.words[k] in reader.lang.partner_preps for k in p.kids(head, "case")))):
        return verb  # "responded to Hamas's accusations" (not "responded with sanctions")
    if p.deps[head] not in ("obj", "nmod"):
        return None
    answering = any(c.start <= verb < c.head_end and c is not cue
                    and props(c.pattern.relation).answers for c in reader.cues)
    return verb if answering else None


def topics(f: Frame) -> frozenset[str]:
    """The prepositions that open what the cue's talk is about, not whom it is with ("held
    talks on North Korea's programme"), for a talk (``relations.tsv``); none for any other."""
    if rules.on(TOPIC) and f.props.talk:
        return f.reader.lang.topic_preps
    return frozenset()


def implied_target(reader: SentenceReader, cue: Cue, props: RelationProps) -> Side | None:
    """The target of a cue whose frame found none, where its relation allows one read from
    where the act happens or what it falls on (relations.tsv): the state a show of force is
    staged near ("drills near Taiwan"), the origin of goods a measure falls on ("tarif impor
    barang China"), the one a thing is taken from ("annexed Crimea from Ukraine"), the subject
    of the condition a threat sets ("threatened to retaliate if the US …")."""
    found = near_target(reader, cue) if props.near_target else None
    if found is None and props.goods_target:
        found = goods_origin(reader, cue)
    if found is None and props.if_target:
        found = conditional_target(reader, cue)  # "mengancam … jika Filipina …"
    return found or taken_from(reader, cue)


def partner_skip(f: Frame) -> frozenset[str]:
    """The prepositions whose phrase is no partner of a reciprocal cue, for the pass that looks
    for its partner before its object: a talk's topic, and for a talk with rule
    active.partner_prep every target preposition that does not name a partner ("mengundang
    Prabowo ke/case Moskwa": a destination; "with"/"dengan" does; a fight's "on" or "against"
    names its other side)."""
    skip = topics(f)
    if f.props.talk and rules.on(PARTNER_PREP):
        skip |= f.reader.lang.target_preps - f.reader.lang.partner_preps
    return skip


def _pairs(side: Side, confidence: float, between: bool = False) -> list[Pair]:
    """ "Prabowo dan Macron bertemu": each named party acts with the other; three or more
    only with "antara"/"between" (a list of parties "in talks" does not talk pairwise)."""
    out: list[Pair] = []
    if len(side.actors) > 2 and not (between and rules.on(BETWEEN)):
        return out
    for a in side.actors:
        for b in side.actors:
            if a != b:
                sa = Side((a,), tuple(m for m in side.mentions if m.actor == a)[:1], 0, side.how)
                sb = Side((b,), tuple(m for m in side.mentions if m.actor == b)[:1], 0, side.how)
                out.append((sa, sb, "pair", confidence))
    return out


class _PairsFound(Exception):
    """A handler found coordinated parties acting on each other (no single source/target)."""

    def __init__(self, pairs: list[Pair]) -> None:
        super().__init__()
        self.pairs = pairs


def _between_parties(f: Frame) -> Side | None:
    """The coordinated parties of "antara X dan Y", "between X and Y" after the cue."""
    reader, words = f.reader, f.words
    p = reader.parse
    if p is not None and rules.on(PARSE):
        # on the cue, or on the noun it modifies ("masa depan gencatan senjata antara X dan Y")
        head = cue_head(p, f.cue.start, f.cue.head_end)
        hosts = [head, p.heads[head]]
        if p.deps[head] in ("compound", "nmod") and p.deps[p.heads[head]] in (
                "compound", "flat") and rules.on(BETWEEN_COMPOUND):
            # "tuan rumah/compound perundingan/compound … antara/nmod-of-tuan": the compound
            # the cue's noun ends
            hosts.append(p.heads[p.heads[head]])
        if rules.on(BETWEEN_MODIFIER):
            # "gencatan senjata rapuh antara X dan Y": or on a bare word qualifying the noun
            hosts += [c for k in range(f.cue.start, f.cue.end)
                      for c in p.kids(k, "amod", "obl", "nmod", "acl")
                      if c >= f.cue.end and not p.kids(c, "case")]
        if rules.on(BETWEEN_FIELD):
            # "kerja sama di bidang/nmod pertahanan/nmod antara X dan Y": the field it is in
            fields = [c for k in {head, *range(f.cue.start, f.cue.end)}
                      for c in p.kids(k, "nmod", "obl")
                      if c >= f.cue.end and words[c] in reader.lang.field_nouns]
            hosts += fields + [c for k in fields for c in p.kids(k, "nmod", "compound")]
        if rules.on(BETWEEN_EVENT):
            # "menjadi mediator dalam perundingan/obl antara X dan Y": the talks the cue is in
            hosts += [c for k in range(f.cue.start, f.cue.end) for c in p.kids(k, "obl", "nmod")
                      if c >= f.cue.end and c in reader.cue_starts]
        for host in dict.fromkeys(hosts):
            for c in p.kids(host, "nmod", "obl"):
                if c > head and any(words[k] in reader.lang.between for k in p.kids(c, "case")):
                    parties = side_at(reader, p, c)
                    if parties and len(parties.actors) >= 2:
                        return parties
    for k in range(f.cue.start + 1, min(f.cue.end + 6, len(words))):  # "talks … between"
        if k in reader.cue_starts:
            return None  # "perundingan pascaperang … antara Iran dan Israel": the war's parties
        if words[k] in reader.lang.between:
            parties = dual_after(reader, k + 1)  # "antara kedua negara"
            return parties if parties and len(parties.actors) >= 2 else None
    return None


def _between(f: Frame) -> list[Pair] | None:
    """ "pertemuan empat mata antara Prabowo dan Macron", "talks between X and Y"."""
    parties = _between_parties(f)
    return _pairs(parties, 0.7, between=True) if parties else None


def _cue_object(f: Frame) -> bool:
    """Whether the parse makes the noun cue another cue's object ("Xi dan Putin membahas
    perang di Ukraina"): the pair did that verb's act, not the noun's."""
    p = f.reader.parse
    if p is None or f.cue.pattern.frame != "noun":
        return False
    head = cue_head(p, f.cue.start, f.cue.head_end)
    return governed_by_cue(f.reader, p, head, head)


def _clause_on_other_noun(p: Parse, cue: Cue, head: int, group: list[Mention]) -> bool:
    """Whether the parse makes the verb cue at ``head`` a clause on a noun (acl) that names none
    of ``group`` and has none of it under it ("a campaign targeting/acl lawmakers"); a noun cue
    the parse so misreads is none ("Bahas Peluang Kerja/acl Sama")."""
    if (cue.pattern.frame == "noun" or not p.deps[head].startswith("acl")
            or not rules.on(NOUN_CLAUSE_PAIR)):
        return False
    noun = p.heads[head]
    return not any(m.start <= noun < m.end or p.under(m.start, noun) for m in group)


def _named_time(reader: SentenceReader, cue: Cue) -> bool:
    """Whether ``cue`` starts a capitalised name right after a time subordinator, a determiner
    between ("since the Cold War", "sejak Perang Dingin"), outside a headline: a time."""
    k = cue.start - 1
    while k > 0 and reader.tokens[k].text[:1].isupper():
        k -= 1  # "since the Cold/War": the name's earlier words
    if k >= 0 and reader.words[k] in reader.lang.item_articles:
        k -= 1
    return (k > 0 and not reader.headline and reader.words[k] in reader.lang.subordinators
            and reader.tokens[cue.start].text[:1].isupper() and rules.on(NAMED_TIME))


def _subject_noun(f: Frame) -> bool:
    """Whether the parse makes the cue the subject of a verb ("since the war broke out"): the
    act is that clause's topic, not what the sentence's first pair did."""
    p = f.reader.parse
    return (p is not None and rules.on(SUBJECT_NOUN_CUE)
            and p.deps[cue_head(p, f.cue.start, f.cue.head_end)].startswith("nsubj"))


def _frame_name(f: Frame) -> str:
    """The frame the cue's pattern names, adjusted by what surrounds it."""
    name = f.cue.pattern.frame
    words, cue, lang = f.words, f.cue, f.reader.lang
    if name == "active" and f.answer is not None:
        return "noun"  # "rejected France's demand": an answered request (noun.answered_request)
    if name in ("active", "receive") and lang.code == "en" and rules.on(EN_PASSIVE):
        # the agent follows the verb, before any later part of a gapped pattern: "was accused
        # by Afghanistan of …" is the passive of "accused … of"
        verb_end = cue.head_end
        before = words[max(0, cue.start - 3) : cue.start]
        after = words[verb_end : verb_end + 3]
        if (any(w in lang.be_verbs for w in before) and any(w in lang.passive_agent for w in after)
            and not lang.is_gerund(words[cue.start])) or (  # "is condemning the attack by X"
            lang.is_participle(words[verb_end - 1])
            and verb_end < len(words)
            and words[verb_end] in lang.passive_agent
        ):
            # "was attacked by", and the reduced relative "a balloon shot down by the U.S."
            name = "passive"
    if name == "noun" and cue.pattern.tokens[-1] in lang.target_preps:
        name = "active"  # "donor to Sudan", "talks with Moscow": the pattern ends in its prep
    return name


def sides_for_cue(cue: Cue, reader: SentenceReader, props: RelationProps,
                  controller: Side | None, answer: int | None = None,
                  answers_said: bool = False) -> list[Pair]:
    """(source side, target side, how, confidence) for one cue (``answer`` and
    ``answers_said``: see :func:`answered_claim` and :class:`Frame`)."""
    if _named_time(reader, cue):
        return []  # "the largest prisoner swap since the Cold War": a time, nobody's act
    f = Frame(cue, reader, props, controller, answer, answers_said)
    words = reader.words
    reciprocal = f.mutual
    name = _frame_name(f)
    # "sought a ceasefire between Israel and Hamas": a between-phrase names the parties of an
    # act both sides do, whoever seeks it
    if (props.reciprocal or reader.lang.is_mutual(cue.pattern.text)) and cue.pattern.frame in (
            "noun", "active") and rules.on(BETWEEN):
        pairs = _between(f)
        if pairs:
            return pairs
    if cue.end < len(words) and words[cue.end] in reader.lang.reflexives and rules.on(REFLEXIVE):
        return []  # "membela diri", "defend itself"
    if not rules.on(f"frame.{name}"):
        return []
    try:
        # "Diplomat Rusia diusir dari Jerman": a removal's from-phrase, before any frame; "Korea
        # Utara adalah negara sahabat, kata Peskov": the speaker's praise
        # "with the help of the US": the helper helps the clause's doer (noun.means_helper)
        source, target = (removal_sides(reader, cue) or speaker_predicate(reader, cue)
                          or means_sides(reader, cue) or FRAMES[name](f))
    except _PairsFound as found:
        return found.pairs
    if target is None and source is not None:
        target = implied_target(reader, cue, props)  # "held drills near Taiwan"
    if source is not None and len(source.actors) == 2 and reciprocal_marker(reader, cue):
        return _pairs(source, 0.6)  # "kedua negara saling tuduh", "accused each other"
    if source is None and reciprocal and target is None and reader.groups and rules.on(
        COORDINATED_SUBJECT
    ) and not _subject_noun(f) and not _cue_object(f) and not cause_of_cue(f):
        # "The leaders of Indonesia and Vietnam … after a meeting": the coordinated subject
        lead = reader.groups[0]
        p = reader.parse
        head = cue_head(p, cue.start, cue.head_end) if p is not None else cue.start
        if len(lead) >= 2 and lead[-1].end <= cue.start and not lead[0].locative and not (
                p is not None and (in_others_clause(p, head, lead)
                                   or _clause_on_other_noun(p, cue, head, lead))) and not own_party(
                reader, p, head, lead):
            source = reader.side(lead, cue.start - lead[-1].end, "fallback")
    if source is None or source is NOBODY:
        return []
    if target is not None and props.talk and len(source.mentions) >= 2 and set(
        target.actors
    ) <= set(source.actors) and rules.on(PAIR_TARGET):
        target = None  # the topic's owner is one of the pair ("jet buatan Turki")
    if target is None and reciprocal and len(source.actors) >= 2 and not (
        cue.pattern.frame == "active" and rules.on(NAMED_OBJECT_NO_PAIR)
        and any(m.start == cue.end and m not in source.mentions for m in reader.mentions)
        and not talks_about(reader, cue)
    ):
        return _pairs(source, 0.65 if source.how != "dual" else 0.5)  # "X dan Y berunding"
    if target is None and reader.open_actors and source.how == "direct":
        # open actors (PLV-style text about anybody): the event counts without a known target
        target = Side(("other",), (), 3, "fallback")
    if target is None:
        return []
    how = (
        "fallback"
        if "fallback" in (source.how, target.how)
        else ("pronoun" if "pronoun" in (source.how, target.how) else "direct")
    )
    base = {"direct": 0.9, "pronoun": 0.65, "fallback": 0.5}.get(how, 0.6)
    if cue.pattern.frame == "noun":
        base -= 0.1
    # nearer actors and earlier cues (the main clause) are surer
    confidence = max(0.1, base - 0.02 * (source.distance + target.distance) - 0.004 * cue.start)
    return [(source, target, how, round(confidence, 3))]


# the active, noun, passive and implied-party frames live in their own modules; importing them
# registers them (they import this one)
from geopolgraph.loaders.extract import (  # noqa: E402, F401
    active_frame,
    implied_frames,
    noun_frames,
    passive_frames,
)
