"""An article's triples: sentences, mentions and cues, each cue's frame, then the triple records.

For each sentence: find actor mentions (:mod:`~geopolgraph.loaders.mentions`) and relation cues
(:mod:`.cues`); give each cue its source and target through its frame (:mod:`.frames`), with
references resolved from the article so far (:mod:`.references`); read negation, modality,
attribution (:mod:`.modifiers`), whether the cue is asserted (:mod:`.assertion`) and the date
around it; coordinated actors give one triple each. :mod:`.batches` hands it the articles a chunk
of sentences at a time.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from geopolgraph.loaders.articles import detect_language
from geopolgraph.loaders.dates import resolve_date
from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.article_memory import remember
from geopolgraph.loaders.extract.assertion import (
    _background_clause,
    _conditional,
    _governed,
    _marked_governors,
    _not_asserted,
    _spanning_governors,
    _ungoverning,
)
from geopolgraph.loaders.extract.calls import not_a_call
from geopolgraph.loaders.extract.clitics import fold
from geopolgraph.loaders.extract.compound_possessors import compound_possessors
from geopolgraph.loaders.extract.cues import Cue, find_cues, in_compound, titles_to_cues
from geopolgraph.loaders.extract.destinations import goal_cues, goal_view, travelling_act
from geopolgraph.loaders.extract.frames import answered_claim, sides_for_cue
from geopolgraph.loaders.extract.goods_targets import measured_goods
from geopolgraph.loaders.extract.headline import (
    is_headline,
    parser_view,
    reciprocal_view,
    verbal_cues,
)
from geopolgraph.loaders.extract.joint_drills import JOINT, joint_drill
from geopolgraph.loaders.extract.lang import Language, language
from geopolgraph.loaders.extract.modifiers import (
    attribution,
    cancelled_subject,
    comma_clause,
    conjunct_words,
    denied_clause,
    first_reported,
    governing_cue_verb,
    modality,
    negated,
    shared_negation,
    shared_plan,
    subject_words,
)
from geopolgraph.loaders.extract.name_labels import names_as_subjects
from geopolgraph.loaders.extract.near_targets import into_area
from geopolgraph.loaders.extract.objects import approved_act
from geopolgraph.loaders.extract.parse import Parse, parse_many
from geopolgraph.loaders.extract.passives import SUBJECT_CONTROLS
from geopolgraph.loaders.extract.phrases import POSSESSIVE
from geopolgraph.loaders.extract.reactions import reacted_nouns
from geopolgraph.loaders.extract.reader import SentenceReader, Side
from geopolgraph.loaders.extract.references import has_reference
from geopolgraph.loaders.extract.reparse import repair
from geopolgraph.loaders.lexicons import GAP, HOSTED_VISIT, NOT_AN_EVENT, Lexicon
from geopolgraph.loaders.mentions import Memory, Mention, find_mentions
from geopolgraph.loaders.text import Sentence, Token, tokenize
from geopolgraph.model import Article, Triple

__all__: list[str] = []

BARE_LEADER = rules.register(
    "mention.bare_leader", "'Xi met Putin', 'Marcos visited Japan': a bare surname not named "
    "before in the article is the one person of the lexicon with it in office on the article's "
    "date, when that person heads a state or government")
DATELINE = rules.register(
    "reader.dateline", "'MOSCOW - Xi and Putin met': the mentions of a dateline opening a line "
    "(furniture.jsonl strip-prefix) name where the story was filed, no actor")
JOINED_BODY = rules.register(
    "cue.joined_body", "'Sweden joined NATO', 'Indonesia bergabung dengan BRICS': a verb of "
    "joining (grammar joining_verbs) is a partnership only with a body joined (an IGO or a "
    "group), never with a state or person ('joined France in condemning …')")
GOVERNED = rules.register("cue.governed", "a cue governed by another ('agreed to withdraw') is "
                          "less certain")
NOUN_COMPOUND = rules.register("cue.noun_compound", "'kesepakatan tarif': a noun cue after a noun "
                               "cue only modifies it")
PEACEKEEPING = rules.register("cue.peacekeeping", "sending peacekeepers is aid (CAMEO 074)")
TITLED_GUEST = rules.register(
    "receive.titled_guest", "'welcomed the Vietnamese president': a person's title with the "
    "state it acts for is a guest as a named person is (titles.jsonl person kinds)")
HOSTED_GUEST = rules.register("cue.hosted_guest", "'Prabowo welcomed Anthony Albanese (to "
                              "Jakarta)': greeting a person is hosting their visit (CAMEO 043), "
                              "not praise")
VEHICLE_VISIT = rules.register(
    "cue.vehicle_visit", "'Jet tempur Rusia terbang ke wilayah udara Polandia', 'Chinese "
    "warships arrived in Philippine waters': a state's vehicles or weapons going somewhere are "
    "no visit by the state")
THREAT = rules.register("cue.planned_threat", "'akan menyerang': a planned attack is a threat")
OBJECT_CONTROL = rules.register("cue.object_control", "'menuntut Y untuk …': Y does the next "
                                "verb")

PARSE_CANDIDATES = rules.register("parse", "parse sentences that can yield a triple")


@dataclass
class _Read:
    """A sentence after the first pass (and its parse, when it is a candidate)."""

    sentence: Sentence
    tokens: list[Token]
    mentions: list[Mention]
    cues: list[Cue]
    worth_parsing: bool
    headline: bool = False  # written in Title Case (:mod:`.headline`)
    parse: Parse | None = None


def _actors(mentions: list[Mention], lang: Language) -> set[str]:
    """The actors a sentence's mentions name (a medium acts for nobody; a place only when it
    lies inside one state: "Jalur Gaza")."""
    return {lang.place_states.get(m.actor, "") if m.kind == "place" else m.actor
            for m in mentions if m.actor and m.kind != "media"} - {""}


def _candidate(words: set[str], mentions: list[Mention], lang: Language,
               earlier: set[str], open_actors: bool = False) -> bool:
    """Whether the sentence (its lower-case ``words``) can yield a triple: two actors, or a
    reference word that can stand for another actor named earlier in the article
    (``earlier``); with open actors (PLV-style text, where an event counts without a known
    target) one actor."""
    actors = _actors(mentions, lang)
    if len(actors) >= (1 if open_actors else 2):
        return True
    # "Kedua pemimpin sepakat …", "Both sides accused each other": references alone
    return bool(earlier - actors) and has_reference(words, lang, clitics=bool(actors))


# CAMEO codes a cooperative act announced for later as an intent (03x): "will meet" is 036
def _conflict(lex: Lexicon, relation: str) -> bool:
    """Whether ``relation`` is a conflict aimed at another (CAMEO quad class 3-4), not a show
    of force, which moves the doer's own forces ("mobilised its men")."""
    props = lex.props(relation)
    root = lex.cameo.get(props.cameo_root)
    return root is not None and root.quad_class >= 3 and not props.near_target


_INTENT_BY_ROOT = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}
# ... and a conflict announced for later as a threat (13x): "will attack" is 138
_THREAT_BY_ROOT = {"16": "1312", "17": "137", "18": "138", "19": "138", "20": "138"}


def _intent_code(cameo: str) -> str:
    """The CAMEO 03x intent code for a planned cooperative act; other codes unchanged.

    >>> _intent_code("044"), _intent_code("0841"), _intent_code("190")
    ('036', '035', '190')
    """
    return _INTENT_BY_ROOT.get(cameo[:2], cameo)


class _Lines:
    """1-based line of a character offset (binary search over line starts: linear in text)."""

    def __init__(self, text: str) -> None:
        self.starts = [0]
        at = text.find("\n")
        while at >= 0:
            self.starts.append(at + 1)
            at = text.find("\n", at + 1)

    def __call__(self, char: int) -> int:
        return bisect_right(self.starts, char)


class _Around:
    """A sentence's cues by the token they end at, and the first mention over each token: a
    lookup per cue instead of a scan of every cue and mention (a chunk of a long text without
    full stops has hundreds of each)."""

    def __init__(self, cues: list[Cue], mentions: list[Mention]) -> None:
        self.by_end: dict[int, list[Cue]] = {}
        for c in cues:
            self.by_end.setdefault(c.end, []).append(c)
        self.mention_over: dict[int, Mention] = {}
        for m in mentions:
            for k in range(m.start, m.end):
                self.mention_over.setdefault(k, m)

    def ending_before(self, cue: Cue, reach: int) -> list[Cue]:
        """The other cues ending at most ``reach`` tokens before ``cue`` starts."""
        return [o for end in range(cue.start - reach, cue.start + 1)
                for o in self.by_end.get(end, ()) if o is not cue]


class _ArticleExtractor:
    """Extracts one article sentence by sentence, carrying its memory."""

    def __init__(self, article: Article, lex: Lexicon, open_actors: bool) -> None:
        lang = article.lang or detect_language(article.text)
        self.code = lang if lang in lex.relations else "en"
        self.article = article
        self.lex = lex
        self.lang = language(lex, self.code)
        self.memory = Memory(date=article.published)
        self.open_actors = open_actors
        self.line_of = _Lines(article.text)
        self.named: set[str] = set()  # actors named in the sentences read so far

    def read(self, sentence: Sentence) -> _Read:
        """First pass over a sentence: tokens, actor mentions (the article's surnames grow),
        cues; whether it is worth parsing."""
        tokens = tokenize(sentence.text, sentence.start)
        mentions = find_mentions(tokens, self.lex, self.code, self.memory, self.open_actors,
                                 leaders=rules.on(BARE_LEADER))
        if rules.on(DATELINE) and (sentence.start == 0
                                   or self.article.text[sentence.start - 1] == "\n"):
            # "MOSCOW - Xi and Putin met": the dateline names where, no actor (nor a third party)
            end = self.lex.furniture.dateline_end(sentence.text)
            place = re.sub(r"[-\u2013\u2014]", " ", sentence.text[:end].split(",")[0]).split()
            if len(place) > 1 or (place and len(place[0]) >= 4):  # not "RI - Malaysia Sepakati"
                mentions = [m for m in mentions if m.char_start >= sentence.start + end]
        words = {t.lower for t in tokens}
        refers = not mentions and bool(self.named) and has_reference(words, self.lang,
                                                                     clitics=False)
        cues = find_cues(tokens, self.lex, self.code) if mentions or refers else []
        mentions = titles_to_cues(tokens, mentions, cues, self.lex)
        cues = [c for c in cues if not _joins_no_body(c, mentions, self.lang)]
        headline = bool(cues) and is_headline(tokens, mentions, self.lang, cues)
        if headline:
            cues = verbal_cues(cues, mentions, self.lex, self.lang)
        cues = goal_cues(tokens, mentions, cues, self.lex, self.lang)  # "Prabowo ke China"
        # a chunk of an over-long "sentence" has no syntax to read; an idiom is no event
        worth = (
            sentence.whole
            and any(c.pattern.relation != NOT_AN_EVENT for c in cues)
            and rules.on(PARSE_CANDIDATES)
            and _candidate(words, mentions, self.lang, self.named, self.open_actors)
        )
        self.named |= _actors(mentions, self.lang)
        return _Read(sentence, tokens, mentions, cues, worth, headline)

    def sentence(self, read: _Read) -> list[Triple]:
        """Second pass: attribution, each cue's frame over the parse, the triples."""
        lex, lang, memory = self.lex, self.lang, self.memory
        sentence, tokens, mentions, cues = read.sentence, read.tokens, read.mentions, read.cues
        attributed, speaker = attribution(tokens, sentence, mentions, lang, memory)
        memory.speaker_recent = max(0, memory.speaker_recent - 1)
        if speaker:
            memory.last_speaker = speaker
            memory.speaker_recent = 3
        emitted: list[Triple] = []
        if cues and read.parse is not None:  # no parse, no syntax to read: no triple
            reader = SentenceReader(tokens, mentions, lang, memory,
                                    speaker or memory.last_speaker, self.open_actors,
                                    read.headline, cues)
            reader.parse = read.parse
            reader.said_here = bool(speaker)
            # "called Putin a genius": a naming, no telephone call, nor an act another cue reads
            cues = reader.cues = [c for c in cues if not not_a_call(reader, c)]
            reader.cut_at_subjects()  # "Israel Serang Iran, Rusia dan China Kecam"
            reader.reacted = reacted_nouns(cues, lex.props)  # "protested … visit"
            reader.reacting = frozenset(c.start for c in cues
                                        if lex.props(c.pattern.relation).aimed_at_doer)
            reader.senders = frozenset(c.start for c in cues
                                       if lex.props(c.pattern.relation).goods_owner)
            reader.controlling = frozenset(
                c.start for c in cues if lex.props(c.pattern.relation).object_control and (
                    GAP not in c.pattern.tokens or c.pattern.tokens[-1] in lang.purpose))
            reader.conflict = frozenset(k for c in cues if _conflict(lex, c.pattern.relation)
                                        for k in range(c.start, c.end))
            emitted = self.cues(sentence, tokens, mentions, reader, attributed)
        remember(memory, mentions, emitted, lex, lang, [t.lower for t in tokens])
        seen: set[str] = set()
        unique = []
        for triple in emitted:
            if triple.id not in seen:
                seen.add(triple.id)
                unique.append(triple)
        return unique

    def parser_words(self, r: _Read) -> tuple[list[Token], list[int]]:
        """The words the parser reads for ``r`` and the token each comes from: "-nya" clitics
        apart; a headline in lower case with its verbs' meN- forms; a bare root after "saling"
        in its meN- form."""
        return self.lang.parser_tokens(goal_view(
            parser_view(r.tokens, r.mentions, r.cues, self.lang) if r.headline
            else reciprocal_view(r.tokens, r.cues, self.lang), r.cues, self.lang))

    def cues(self, sentence: Sentence, tokens: list[Token], mentions: list[Mention],
             reader: SentenceReader, attributed: str) -> list[Triple]:
        lex, lang = self.lex, self.lang
        cues = reader.cues
        lowered = sentence.text.lower()
        peacekeeping = rules.on(PEACEKEEPING) and any(w in lowered for w in lang.peacekeeping)
        date = ""  # resolved at the first triple: most cues give none
        reported_at = first_reported(tokens, lang)
        prev_source: Side | None = None
        prev_target: Side | None = None
        prev_controls = False
        prev_end = 0
        emitted: list[Triple] = []
        around = _Around(cues, mentions)
        # the verbs answering what a noun of a said act names ("rejected accusations by the US")
        claims = {id(c): answered_claim(reader, c, lex.props) for c in cues}
        answering = {v for v in claims.values() if v is not None}
        measures = frozenset(c.start for c in cues if lex.props(c.pattern.relation).goods_target)
        for cue in cues:
            relation = cue.pattern.relation
            if relation == NOT_AN_EVENT:
                continue  # an idiom that only looks like a cue ("struck a conciliatory tone")
            if approved_act(reader, cue, lambda r: lex.props(r).reciprocal):
                continue  # "menyetujui sanksi terhadap Rusia": the sanctions are the relation
            inside = around.mention_over.get(cue.start)
            if inside and not (cue.pattern.frame == "agent" and inside.start == cue.start):
                continue  # a cue word inside a name ("Dewan Keamanan")
            # "will not stop its attacks": what comes before another cue's verb is its
            governor = governing_cue_verb(reader, cue)
            is_negated = negated(tokens, cue, lang, shared_negation(reader, cue),
                                 claims[id(cue)] or governor) or (
                cancelled_subject(reader, cue))  # "the visit was postponed"
            if measures and not is_negated and measured_goods(reader, cue, measures):
                continue  # "tariffs on imports from Canada": goods, no trade (a frozen export
                # stays a supply denied: "Jerman Bekukan Ekspor Senjata ke Israel")
            mode = modality(tokens, cue, lang, is_negated, reported_at, shared_plan(reader, cue),
                            subject_words(reader, cue) | conjunct_words(reader, cue)
                            | frozenset(range(governor or 0)))
            cameo = cue.pattern.cameo
            if relation == "MOBILIZES" and peacekeeping:
                # CAMEO 074: sending peacekeepers is military protection, material aid
                cameo, relation = "074", "SUPPLIES"
            elif relation == "MOBILIZES" and joint_drill(cue, reader, lex):
                relation, cameo = JOINT  # "AS dan Filipina menggelar latihan militer"
            elif relation == "SUPPLIES" and into_area(reader, cue):
                cameo, relation = "154", "MOBILIZES"  # "sent warplanes into Taiwan's ADIZ"
            if mode == "planned":
                cameo = _intent_code(cameo)
                threat = _THREAT_BY_ROOT.get(cameo[:2])
                if threat and rules.on(THREAT):  # "Israel akan serang Hizbullah": a threat
                    cameo, relation = threat, "THREATENS"
            near = [] if comma_clause(reader.parse, cue, reader.words) else _ungoverning(
                cue, around.ending_before(cue, 3), reader.parse)  # "Bantah Tuduhan, Desak …"
            governors = [o for o in near if cue.start <= o.end + 2] + _marked_governors(
                cue, cues, reader.parse, tokens, lang) + _spanning_governors(cue, cues, lang)
            if (
                lang.head_first_compounds
                and cue.pattern.frame == "noun"
                and rules.on(NOUN_COMPOUND)
                and any(o.pattern.frame == "noun" and o.end == cue.start for o in governors)
            ):
                continue  # "kesepakatan tarif": a tariff agreement, not tariffs
            claim = claims[id(cue)]  # "membantah tuduhan AS": said
            if claim is None and _not_asserted(cue, relation, governors, lex):
                continue
            if claim is None and denied_clause(reader, cue, lex.props):
                continue  # "membantah tuduhan AS bahwa pihaknya memasok drone": further apart
            if _conditional(cue, reader.parse, tokens, lang):
                continue  # "even if Israel had joined the Arab League": hypothetical
            # a relation in a compound attribute ("Iran-backed rebels attacked …") is background
            # to the clause's own event: less confident, as a governed cue is
            governed = (rules.on(GOVERNED) and _governed(cue, near, tokens, lang)) or in_compound(
                tokens, cue.start) or _background_clause(cue, reader.parse, tokens, lang)
            controlled = prev_controls and cue.start - prev_end <= 8
            controller = prev_target if controlled else prev_source
            props = lex.props(relation)  # "pasukan perdamaian": the converted relation
            answers_said = any(cue.start <= v < cue.head_end for v in answering)
            for source, target, _how, confidence in sides_for_cue(cue, reader, props, controller,
                                                                  claim, answers_said):
                if governed:
                    confidence = round(confidence * 0.8, 3)
                # "Rusia dituduh oleh AS memasok …": a passive's subject is its target side
                doer = target if cue.pattern.frame == "passive" and target.mentions and (
                    rules.on(SUBJECT_CONTROLS)) else source
                prev_source = doer if doer.how != "pronoun" else prev_source
                # "menuntut Y untuk mencabut …", "urged Y to …": Y does the next verb
                prev_target = target if target.mentions else None
                prev_controls = props.object_control and rules.on(OBJECT_CONTROL)
                prev_end = cue.end
                label, code = relation, cameo
                if label == "VISITS" and source.mentions and rules.on(VEHICLE_VISIT) and all(
                        m.instrument for m in source.mentions):
                    continue  # "Jet tempur Rusia terbang ke wilayah udara Polandia": no visit
                if label == "VISITS" and travelling_act(reader, cue):
                    continue  # "Bantuan AS tiba di Gaza": aid arrived, nobody visited
                if relation in ("PRAISES", "RECEIVES") and _hosted(cue, target, tokens, lang):
                    source, target, label, code = target, source, "VISITS", HOSTED_VISIT
                date = date or resolve_date(sentence.text, self.article.published)
                emitted.extend(self.records(
                    sentence, tokens, cue, source, target, label, code, mode, is_negated,
                    date, attributed, confidence,
                ))
                if not is_negated:  # "…, tetapi Kamboja membantah tuduhan itu"
                    here = reader.doers_here
                    here[label] = tuple(dict.fromkeys((*here.get(label, ()), *source.actors)))
                if props.dialogue and not is_negated:  # "…, where the two leaders signed"
                    pair = tuple(dict.fromkeys(source.actors + target.actors))
                    reader.pair = (cue.end, pair) if len(pair) == 2 else reader.pair
        return emitted

    def records(self, sentence: Sentence, tokens: list[Token], cue: Cue, source: Side,
                target: Side, relation: str, cameo: str, mode: str, is_negated: bool, date: str,
                attributed: str, confidence: float) -> Iterator[Triple]:
        """One triple per (source actor, target actor) pair of the two sides."""
        code = self.lex.code(cameo)
        for s_index, s_actor in enumerate(source.actors):
            for t_index, t_actor in enumerate(target.actors):
                if s_actor == t_actor:
                    continue
                s_m = source.mentions[min(s_index, len(source.mentions) - 1)] if (
                    source.mentions) else None
                t_m = target.mentions[min(t_index, len(target.mentions) - 1)] if (
                    target.mentions) else None
                spans = [(tokens[cue.start].start, tokens[cue.end - 1].end)]
                spans += [(m.char_start, m.char_end) for m in (s_m, t_m) if m]
                yield Triple(
                    source=s_actor,
                    relation=relation,
                    target=t_actor,
                    source_mention=s_m.text if s_m else "",
                    target_mention=t_m.text if t_m else "",
                    cameo=code.code,
                    plover=code.plover,
                    quad_class=code.quad_class,
                    goldstein=code.goldstein,
                    date=date,
                    modality=mode,
                    negated=is_negated,
                    article_id=self.article.id,
                    sentence=sentence.index,
                    line=self.line_of(tokens[cue.start].start),
                    char_start=min(s for s, _ in spans),
                    char_end=max(e for _, e in spans),
                    evidence=sentence.text,
                    attributed_to=attributed,
                    confidence=confidence,
                )


def _parse_chunks(chunks: list[tuple[_ArticleExtractor, list[_Read]]]) -> None:
    """Parse the candidates of several articles' chunks together, one batch per language."""
    wanted = [(ex, r) for ex, reads in chunks for r in reads if r.worth_parsing]
    for code in sorted({ex.code for ex, _ in wanted}):
        mine = [(ex, r) for ex, r in wanted if ex.code == code]
        split = [ex.parser_words(r) for ex, r in mine]
        parses = parse_many([words for words, _ in split], code)
        _reparse_unseen(mine, split, parses, code)
        for (ex, r), (_, origin), parsed in zip(mine, split, parses, strict=True):
            r.parse = compound_possessors(names_as_subjects(repair(
                fold(parsed, origin, len(r.tokens)), [t.lower for t in r.tokens],
                [t.text for t in r.tokens], ex.lang), r.mentions), r.mentions)


def _reparse_unseen(mine: list[tuple[_ArticleExtractor, _Read]],
                    split: list[tuple[list[Token], list[int]]], parses: list[Parse | None],
                    code: str) -> None:
    """Parse again, in one batch, the sentences whose cue verb the parser read as no verb,
    with a verb of the same relation it knows in its place (``Language.proxied_words``)."""
    again = []
    for k, ((ex, r), (words, origin)) in enumerate(zip(mine, split, strict=True)):
        first = parses[k]
        proxied = None if first is None else ex.lang.proxied_words(words, origin, first,
                                                                     r.cues)
        if proxied is not None:
            again.append((k, proxied))
    if not again:
        return
    for (k, words), parsed in zip(again, parse_many([w for _, w in again], code), strict=True):
        # kept only where every proxy now reads as a verb: a proxy can parse worse too
        lang = mine[k][0].lang
        before = split[k][0]
        if parsed is not None and all(lang.reads_as_verb(parsed, i, parses[k], before[i].text)
                                      for i, w in enumerate(words) if w is not before[i]):
            parses[k] = parsed


def _joins_no_body(cue: Cue, mentions: list[Mention], lang: Language) -> bool:
    """Whether ``cue`` is a verb of joining (alone or with a partner preposition: "bergabung
    dengan") whose next actor, within four words, is no body: only an IGO or a group is
    joined; the verb is then no cue at all ("joined Zarif for a meeting": the meeting's)."""
    words = cue.pattern.tokens
    if words[0] not in lang.joining_verbs or not all(w in lang.partner_preps for w in words[1:]):
        return False
    after = next((m for m in mentions if cue.end <= m.start <= cue.end + 4), None)
    return (after is None or after.kind not in ("igo", "group")) and rules.on(JOINED_BODY)


def _hosted(cue: Cue, target: Side, tokens: list[Token], lang: Language) -> bool:
    """Whether ``cue`` greets persons themselves ("welcomed Anthony Albanese"), not a thing
    of theirs ("welcomed Donald Trump's decision"): a hosted visit."""
    return bool(
        cue.pattern.tokens[0] in lang.hosting_verbs and target.mentions
        and all((m.kind == "person" or (rules.on(TITLED_GUEST) and lang.is_person(
            m, [t.lower for t in tokens]))) and not (
            m.end < len(tokens) and tokens[m.end].lower in POSSESSIVE)
            # "received a letter from Kim": the giver of a thing, no guest
            and not any(t.lower in lang.source_preps for t in tokens[cue.start + 1:m.start])
            for m in target.mentions)
        and rules.on(HOSTED_GUEST))
