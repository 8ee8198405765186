"""What modifies a cue: negation, modality (planned, reported), who the sentence is attributed to.

>>> from geopolgraph.loaders.lexicons import load_lexicon
>>> from geopolgraph.loaders.text import tokenize
>>> from geopolgraph.loaders.extract.cues import find_cues
>>> from geopolgraph.loaders.extract.lang import language
>>> lex = load_lexicon(); lang = language(lex, "id")
>>> toks = tokenize("Israel tidak akan menyerang Lebanon.")
>>> cue = find_cues(toks, lex, "id")[0]
>>> negated(toks, cue, lang), modality(toks, cue, lang, False)
(True, 'planned')
"""

from __future__ import annotations

from collections.abc import Callable

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.cues import Cue
from geopolgraph.loaders.extract.frames import cue_head
from geopolgraph.loaders.extract.governors import coordinated_with
from geopolgraph.loaders.extract.lang import Language
from geopolgraph.loaders.extract.parse import Parse
from geopolgraph.loaders.extract.phrases import mention_index
from geopolgraph.loaders.extract.plans import purpose_governor
from geopolgraph.loaders.extract.reader import SentenceReader
from geopolgraph.loaders.lexicons import GAP, RelationProps
from geopolgraph.loaders.mentions import Memory, Mention
from geopolgraph.loaders.text import Sentence, Token

__all__ = ["attribution", "cancelled_subject", "comma_clause", "conjunct_words", "denied_clause",
           "governing_cue_verb", "modality", "negated", "shared_negation", "shared_plan",
           "subject_words"]

PLANNED_SUBJECT = rules.register(
    "mod.planned_subject", "'Rencana Jepang itu dikecam China', \"Japan's plan to release "
    "water was criticised by China\": a plan word inside the cue's subject phrase names what "
    "the act is about, not a plan to do it")
NEGATION = rules.register("mod.negation", "a negator before the cue ('tidak', 'refused to')")
GAP_NEGATION = rules.register("mod.gap_negation", "'Iran has not held talks with', 'has "
                              "refused to hold talks with': a negator inside a gapped cue's gap")
BREAKER_AFTER_PLAN = rules.register(
    "mod.breaker_after_plan", "'China tidak akan ragu menghukum Taiwan': a word that breaks "
    "a negator ('ragu', 'hesitate') also does after a plan word that follows the negator")
ANSWER_NEGATION = rules.register(
    "mod.answer_negation", "'Iran did not deny the US accusations', 'Israel belum menanggapi "
    "tuduhan Hamas': a negator before the verb answering a said act (noun.answered_claim) "
    "negates the answer, not what was said")
GOVERNOR_NEGATION = rules.register(
    "mod.governor_negation", "'Russia will not stop its attacks on Ukraine', 'did not condemn "
    "the attack': for mod.answer_negation, a negator before another cue's verb whose object the "
    "noun cue is (not a verb of doing: 'did not launch attacks') negates that verb, not the act "
    "its object names")
PLANNED = rules.register("mod.planned", "'akan', 'will', 'plans to' make the event planned")
NEGATION_CLAUSE = rules.register(
    "mod.negation_clause", "'China did not attack Vietnam but sanctioned Japan': a negator "
    "before a clause break ('but', 'namun', 'while': grammar clause_breaks) negates only its "
    "own clause")
SHARED_NEGATION = rules.register(
    "mod.shared_negation", "'China tidak pernah menyerang Vietnam atau memberi/conj sanksi "
    "kepada Jepang', 'did not attack Ukraine or threaten Poland': a verb cue that is an "
    "alternative (grammar disjunctions) to a negated verb, with no auxiliary of its own, is "
    "negated too")
SHARED_PLAN = rules.register(
    "mod.shared_plan", "'Japan will send troops and conduct/conj drills with Australia', "
    "'Jepang akan mengirim pasukan dan menggelar latihan …': a verb cue coordinated with a "
    "planned verb, with no auxiliary or past form of its own, is planned too")
PLANNED_CLAUSE = rules.register(
    "mod.planned_clause", "'Rusia, yang menentang rencana itu, melarang …': a plan word "
    "marks a cue only in its own clause (not across a comma)")
CANCELLED_SUBJECT = rules.register(
    "mod.cancelled_subject", "\"Blinken's visit to China was postponed\", 'Kunjungan Menlu AS "
    "ke China ditunda': a noun cue that is the passive subject of a cancelling verb (a "
    "negator: 'postponed', 'called off'; in Indonesian the di- passive of one: 'ditunda', "
    "'dibatalkan') is negated")
COLON_SPEAKER = rules.register("attr.colon_speaker", "'Menlu Retno: Israel harus …': the actor "
                               "before the first colon is the speaker")
QUOTE_THEN_SPEAKER = rules.register(
    "attr.quote_then_speaker", "'\"We condemn …,\" Russian Foreign Minister Sergei Lavrov said.': "
    "the actor between a closing quote and a speech verb is the quote's speaker")
TITLED_SPEAKER = rules.register(
    "attr.titled_speaker", "'\"We welcome …,\" a Chinese foreign ministry spokesman said.': a "
    "title word between the speaker and the speech verb ('spokesman', 'official') is part of "
    "the speaker")
COMMA_SPEAKER = rules.register(
    "attr.comma_speaker", "'North Korea is a true friend, Kremlin spokesman Dmitry Peskov "
    "said.': reported speech without quotes; the actor between the sentence's last comma and a "
    "speech verb that ends it (a short time or place phrase may follow) is its speaker")
QUOTING_SPEAKER = rules.register(
    "attr.quoting_speaker", "'Indonesia said: \"We condemn Israel.\"': an actor that opens the "
    "sentence with a speech verb before a colon or an opening quote is the quote's speaker, as a "
    "person is (attr.speaker_before)")
SPEAKER_BEFORE = rules.register("attr.speaker_before", "'Wang said …': the speaker opens the "
                                "sentence")
DENIED_CLAUSE = rules.register(
    "cue.denied_clause", "'Iran membantah tuduhan AS bahwa pihaknya memasok drone ke Rusia': a "
    "cue the parse hangs, through clauses or the noun they qualify, under a denial "
    "(relations.tsv) is not asserted, however far apart the two are")
COMMA_CLAUSE = rules.register(
    "cue.comma_clause", "'China Bantah Tuduhan Peretasan, Desak Inggris Hentikan Fitnah': a verb "
    "cue right after a comma, opening an adverbial clause without a mark that the parse hangs on a "
    "denial, is the subject's next act, not what it denies (cue.denied_clause)")
CONJUNCT_WINDOW = rules.register(
    "mod.conjunct_window", "'Thailand would respect the deal but accused Cambodia of violating "
    "it': a plan word before the conjunction that joins a verb cue to an earlier verb is that "
    "verb's; the cue shares it only as mod.shared_plan says (not in a past form)")
REFUSED_ACT = rules.register(
    "cue.refused_act", "'Vietnam rejected (calls for) talks with Russia': a noun cue of a "
    "cooperative act (CAMEO 03-09) the parse hangs under a cue that answers (relations.tsv: "
    "rejects) was refused, not done; a rejected attack or a rejected accusation was done")
DENIED_TOPIC = rules.register(
    "cue.denied_topic", "'Iran membantah tuduhan AS soal pengiriman drone ke Rusia': a cue in a "
    "topic phrase (grammar topic_preps) the parse hangs on a denial, or on what it qualifies, is "
    "denied as a clause there is (cue.denied_clause)")
REFUSED_REQUEST = rules.register(
    "cue.refused_request", "'Rusia menolak tuntutan Ukraina untuk menarik pasukannya', 'Israel "
    "rejected calls by France to withdraw its troops': a verb cue of a cooperative act (CAMEO "
    "03-09) whose clause the parse hangs on a request (grammar request_nouns) or on the verb "
    "whose object the request is, under a cue that answers (a rejection), was refused, not done")
REJECTED_CLAIM = rules.register(
    "cue.rejected_claim", "'Iran menolak tuduhan bahwa Teheran memasok drone ke Rusia', 'Israel "
    "rejected criticism that it attacked Lebanon': a cue whose clause the parse hangs on a noun "
    "of something said (relations.tsv: said) under a cue that answers it (a rejection) is what "
    "was said and rejected, not asserted (not a request's: 'ignored France's appeal to stop "
    "attacking Lebanon'); so is one opened by a content mark or a topic word that the parse "
    "hangs on the rejecting verb beside its said object")
#: the links from a clause or noun up to what governs it
_GOVERNED_BY = ("ccomp", "advcl", "xcomp", "acl", "obj", "nmod", "compound")


def denied_clause(reader: SentenceReader, cue: Cue,
                  props: Callable[[str], RelationProps]) -> bool:
    """Whether the parse puts ``cue`` (up to three links up: a clause, the noun it qualifies,
    that noun's verb) under another cue whose relation is a denial (``relations.tsv``), or, a
    noun of a cooperative act, under one that answers (a rejection): a warning or threat about
    a planned act does not deny it."""
    p = reader.parse
    if p is None or not rules.on(DENIED_CLAUSE):
        return False
    # "rejected talks with Russia": talks refused; not "rejected the invasion", "… criticism"
    head = cue_head(p, cue.start, cue.head_end)
    refusable = (cue.pattern.frame == "noun" and rules.on(REFUSED_ACT)
                 and 3 <= int(cue.pattern.cameo[:2]) <= 9 and not _owned(reader, p, cue, head))
    if (not refusable and cue.pattern.frame != "noun" and rules.on(REFUSED_REQUEST)
            and 3 <= int(cue.pattern.cameo[:2]) <= 9):
        refusable = _requested(reader, p, head)
    starts = [head]
    if refusable:
        # "rejected calls for talks/obl with Russia": the talks a containing cue asks for
        starts += [cue_head(p, o.start, o.head_end) for o in reader.cues
                   if o is not cue and o.start < cue.start < o.end]
    return any(_under_denial(reader, p, cue, k, props, refusable) for k in starts)


def comma_clause(p: Parse | None, cue: Cue, words: list[str]) -> bool:
    """Whether ``cue`` is a verb cue right after a comma that the parse makes an adverbial
    clause without a mark ("China Bantah Tuduhan, Desak/advcl Inggris …"): the subject's next
    act, which no cue before the comma governs (rule ``cue.comma_clause``)."""
    if p is None or cue.pattern.frame != "active" or not rules.on(COMMA_CLAUSE):
        return False
    k = cue_head(p, cue.start, cue.head_end)
    # "China denies hacking claims, urges/ROOT UK …": the parse may make it the main verb
    return (p.deps[k] in ("advcl", "parataxis", "ROOT") and k == cue.start and k > 0
            and words[k - 1] == "," and not p.kids(k, "mark"))


def _requested(reader: SentenceReader, p: Parse, head: int) -> bool:
    """Whether the clause of the verb ``head`` hangs on a request (grammar ``request_nouns``:
    "calls to/mark withdraw/acl") or on the verb whose object is one ("menolak tuntutan/obj
    Ukraina untuk menarik/xcomp"): the act it names is what was asked for."""
    if p.deps[head] not in ("xcomp", "advcl", "acl", "ccomp") or p.heads[head] == head:
        return False
    up = p.heads[head]
    requests = reader.lang.request_nouns
    return reader.words[up] in requests or any(reader.words[o] in requests
                                               for o in p.kids(up, "obj") if o < head)


def _owned(reader: SentenceReader, p: Parse, cue: Cue, head: int) -> bool:
    """Whether the noun cue names its owner ("his meeting", "the US arms sale", "penjualan
    senjata AS"): an owned act is the owner's, whoever rejects or cancels it."""
    names = mention_index(reader)
    return reader.prenominal(cue.start) is not None or bool(p.kids(head, "nmod:poss")) or any(
        c in names and not any(reader.words[k] in reader.lang.target_preps
                               for k in p.kids(c, "case"))
        for k in {head, *p.kids(head, "nmod", "compound")} for c in p.kids(k, "nmod", "compound",
                                                                        "flat"))


def _under_denial(reader: SentenceReader, p: Parse, cue: Cue, k: int,
                  props: Callable[[str], RelationProps], refusable: bool) -> bool:
    """Whether the parse puts ``k`` up to three links under a cue other than ``cue`` that is a
    denial, or, ``refusable`` or a clause of something said on the way, that answers."""
    claim = False  # the way up went from a clause into a noun of something said
    if k == cue_head(p, cue.start, cue.head_end) and comma_clause(p, cue, reader.words):
        return False  # "Bantah Tuduhan, Desak Inggris …": a second act, not the one denied
    for _ in range(3):
        if p.heads[k] == k or not (p.deps[k].split(":")[0] in _GOVERNED_BY or (
                p.deps[k] == "obl" and rules.on(DENIED_TOPIC) and any(
                    reader.words[c] in reader.lang.topic_preps for c in p.kids(k, "case")))):
            return False
        link, h = p.deps[k].split(":")[0], p.heads[k]
        claim = claim or (rules.on(REJECTED_CLAIM) and link in ("advcl", "ccomp") and any(
            (w := reader.words[m]) in reader.lang.content_marks or w in reader.lang.topic_preps
            for m in p.kids(k, "mark", "advmod", "case") if m < k) and any(
            _said(reader, props, o) for o in p.kids(h, "obj") if o < k))  # misattached
        k = h
        for other in reader.cues:
            if other is not cue and other.start <= k < other.head_end and (
                    props(other.pattern.relation).denial
                    or ((refusable or claim) and props(other.pattern.relation).answers)):
                return True
        claim = claim or (link in ("acl", "ccomp") and rules.on(REJECTED_CLAIM)
                          and _said(reader, props, k))
    return False


def _said(reader: SentenceReader, props: Callable[[str], RelationProps], k: int) -> bool:
    """Whether token ``k`` heads a cue of something said ("tuduhan", "accusations"), not a
    request (grammar ``request_nouns``), whose clause names an act asked for, not a claim."""
    return reader.words[k] not in reader.lang.request_nouns and any(
        o.start <= k < o.head_end and props(o.pattern.relation).said for o in reader.cues)


def negated(tokens: list[Token], cue: Cue, lang: Language,
            shared_with: int | None = None, answer: int | None = None) -> bool:
    """Whether a negator stands before ``cue`` (auxiliaries and adverbs may come between), or
    inside its gap ("has not held talks with": "has … talks with"), or before the verb
    ``shared_with`` whose negation the cue shares (:func:`shared_negation`); one before the
    verb ``answer`` that answers the said act the cue names is that verb's ("did not deny the
    accusations": they were made)."""
    if not rules.on(NEGATION):
        return False
    if cue.head_end < cue.end and rules.on(GAP_NEGATION):
        # the gap is what lies between the pattern's first and last segments; "no" negates
        # only right before the last ("sent no missiles")
        end = cue.end - (list(cue.pattern.tokens)[::-1].index(GAP)
                         if GAP in cue.pattern.tokens else 0)
        if any(_negator_at(tokens, k, cue.head_end, k == end - 1, lang)
               for k in range(cue.head_end, end)):
            return True
    found = _negated_before(tokens, cue.start, lang)
    if found and answer is not None and answer < cue.start and rules.on(ANSWER_NEGATION):
        found = any(_negator_at(tokens, k, answer + 1, k == cue.start - 1, lang)
                    for k in range(answer + 1, cue.start))
    if found is None and shared_with is not None:
        found = _negated_before(tokens, shared_with, lang)
    return bool(found)


def cancelled_subject(reader: SentenceReader, cue: Cue) -> bool:
    """Whether the noun ``cue`` is the passive subject of a verb that cancels it ("the visit
    was postponed/called off", "kunjungan itu ditunda/dibatalkan"): the act is not to happen.
    The doer of an active one ("Russia's invasion prevented talks") cancels nothing of its own.

    >>> from geopolgraph.loaders.lexicons import load_lexicon
    >>> from geopolgraph.loaders.extract.cues import find_cues
    >>> from geopolgraph.loaders.extract.lang import language
    >>> from geopolgraph.loaders.text import tokenize
    >>> lex = load_lexicon(); lang = language(lex, "id")
    >>> toks = tokenize("Kunjungan itu ditunda")
    >>> reader = SentenceReader(toks, [], lang, Memory(), "")
    >>> reader.parse = Parse.of((2, 0, 2), ("nsubj:pass", "det", "ROOT"))
    >>> cancelled_subject(reader, find_cues(toks, lex, "id")[0])
    True
    """
    p = reader.parse
    if p is None or not rules.on(CANCELLED_SUBJECT):
        return False  # a verb cue is nobody's subject: the parse says the cue is a noun
    h = cue_head(p, cue.start, cue.head_end)
    return p.deps[h] == "nsubj:pass" and reader.lang.cancels(reader.words[p.heads[h]:])


def governing_cue_verb(reader: SentenceReader, cue: Cue) -> int | None:
    """The verb before the noun ``cue`` whose object the parse makes it, when that verb is
    another cue's word, no verb of doing (grammar ``doing_verbs``) and no negator itself
    ("cancelled his meeting"): a negator before it is that cue's ("will not stop/condemn its
    attacks"); else None."""
    p = reader.parse
    if p is None or cue.pattern.frame != "noun" or not rules.on(GOVERNOR_NEGATION):
        return None
    h = cue_head(p, cue.start, cue.head_end)
    verb = p.heads[h]
    if (p.deps[h] != "obj" or verb >= cue.start or reader.words[verb] in reader.lang.doing_verbs
            or reader.words[verb] in reader.lang.negators):
        return None  # "launched attacks", "cancelled his meeting": the verb's negation is the act's
    return verb if any(c is not cue and c.start <= verb < c.head_end
                       for c in reader.cues) else None


def _negated_before(tokens: list[Token], start: int, lang: Language) -> bool | None:
    """Whether a negator before token ``start`` negates it (auxiliaries and adverbs may come
    between): True, False when a breaker follows it ("not only"), None when there is none."""
    k = start - 1
    steps = 0
    while k >= 0 and steps < 4:
        found = _negator_at(tokens, k, 0, k == start - 1, lang)
        if found is not None:
            return found
        word = tokens[k].lower
        if word in lang.clause_breaks and rules.on(NEGATION_CLAUSE):
            return None  # "did not attack Vietnam but sanctioned Japan": another clause's
        if word not in lang.skip_before_cue and word not in lang.planned:
            steps += 1
        k -= 1
    return None


def _conjunct(reader: SentenceReader, cue: Cue, rule: str) -> tuple[Parse, int] | None:
    """(parse, verb) when the verb heading the cue's clause (its own head, or for a noun cue
    that is a verb's object the verb: "memberi sanksi kepada Jepang") is coordinated with an
    earlier verb and has no auxiliary of its own, and ``rule`` is on; else None."""
    p = reader.parse
    if p is None or not rules.on(rule):
        return None
    h = cue_head(p, cue.start, cue.head_end)
    if cue.pattern.frame == "noun" and p.deps[h] == "obj" and p.heads[h] < h:
        h = p.heads[h]
    if p.deps[h] != "conj" or p.heads[h] >= h or p.kids(h, "aux", "cop"):
        return None
    return p, h


def shared_negation(reader: SentenceReader, cue: Cue) -> int | None:
    """The verb a verb cue is an alternative to ("or", "atau": ``disjunctions`` in the grammar),
    when the cue has no auxiliary of its own: a negation of that verb covers the cue too ("did
    not attack Ukraine or threaten/conj Poland"); else None."""
    found = _conjunct(reader, cue, SHARED_NEGATION)
    if found is None:
        return None
    p, h = found
    if not any(reader.words[c] in reader.lang.disjunctions for c in p.kids(h, "cc")):
        return None
    return coordinated_with(p, h)


def _negator_at(tokens: list[Token], k: int, start: int, adjacent: bool,
                lang: Language) -> bool | None:
    """Whether the negator phrase ending at token ``k`` (and starting at ``start`` or later)
    negates: True, or False when the word after it breaks it ("not only"); None when no
    negator ends there. "no" counts only ``adjacent`` to what it negates ("a 'no limits'
    partnership" is a partnership). Phrases: "tidak", "refused to", "failed to"."""
    for phrase in lang.negators_ending.get(tokens[k].lower, ()):
        n = len(phrase)
        if (phrase in lang.adjacent_negators and not adjacent) or k - n + 1 < start:
            continue
        if all(tokens[k - n + 1 + j].lower == phrase[j] for j in range(n)):
            after = k + 1
            while (after < len(tokens) and tokens[after].lower in lang.planned
                   and rules.on(BREAKER_AFTER_PLAN)):
                after += 1  # "tidak akan ragu …"
            following = tokens[after].lower if after < len(tokens) else ""
            return following not in lang.neg_breakers
    return None


def modality(tokens: list[Token], cue: Cue, lang: Language, is_negated: bool,
             reported_at: int = -1, shared_with: int | None = None,
             subject: frozenset[int] = frozenset()) -> str:
    """``denied``, ``planned``, ``reported`` or ``asserted``; ``reported_at`` is the first
    reporting word of the sentence (-1 when there is none); ``shared_with`` is the verb whose
    plan word the cue shares (:func:`shared_plan`); a plan word among the tokens ``subject``
    (the cue's subject phrase: :func:`subject_words`) makes no plan."""
    if is_negated:
        return "denied"
    if _planned_before(tokens, cue.start, lang, subject) or (
            shared_with is not None and _planned_before(tokens, shared_with, lang)):
        return "planned"
    if 0 <= reported_at < cue.start:
        return "reported"
    return "asserted"


def _planned_before(tokens: list[Token], start: int, lang: Language,
                    subject: frozenset[int] = frozenset()) -> bool:
    """Whether a plan word of its clause stands within five words before token ``start``:
    "akan", "will", "plans to", "is expected to" (not "sought to": an attempt happened); not
    one of the tokens ``subject``."""
    before = [t.lower if k not in subject else "" for k, t in
              enumerate(tokens[max(0, start - 5) : start], max(0, start - 5))]
    if rules.on(PLANNED_CLAUSE):
        # "Rusia, yang menentang rencana itu, melarang …": a plan word of another clause
        cut = [i for i, w in enumerate(before) if w in (",", ";", ":")]
        before = before[cut[-1] + 1 :] if cut else before
    text = " " + " ".join(before) + " "
    return rules.on(PLANNED) and any(f" {' '.join(p)} " in text for p in lang.planned_phrases)


def conjunct_words(reader: SentenceReader, cue: Cue) -> frozenset[int]:
    """The words up to the conjunction before a verb cue the parse coordinates with an earlier
    verb ("would respect the deal but accused/conj …"): a plan word among them is that verb's
    (rule ``mod.conjunct_window``); empty otherwise."""
    p = reader.parse
    if p is None or cue.pattern.frame == "noun" or not rules.on(CONJUNCT_WINDOW):
        return frozenset()
    h = cue_head(p, cue.start, cue.head_end)
    joints = [k for k in p.kids(h, "cc") if k < cue.start]
    if p.deps[h] != "conj" or p.heads[h] >= h or not joints:
        return frozenset()
    return frozenset(range(max(0, cue.start - 5), joints[-1] + 1))


def subject_words(reader: SentenceReader, cue: Cue) -> frozenset[int]:
    """The tokens of a verb cue's subject phrase, where a plan word names what the act is about
    ("Rencana Jepang itu dikecam China", "Japan's plan to release water was criticised"), not
    a plan to do it; empty without a parse or for a noun cue."""
    p = reader.parse
    if p is None or cue.pattern.frame == "noun" or not rules.on(PLANNED_SUBJECT):
        return frozenset()
    subjects = p.kids(cue_head(p, cue.start, cue.head_end), "nsubj")
    return frozenset(k for k in range(max(0, cue.start - 5), cue.start)
                     if any(p.under(k, s) for s in subjects))


def shared_plan(reader: SentenceReader, cue: Cue) -> int | None:
    """The verb a verb cue is coordinated with, when the cue has no auxiliary of its own and
    no past form: it shares that verb's plan word ("Japan will send troops to the Philippines
    and conduct/conj drills with Australia"); else the verb whose purpose clause it heads
    (:func:`.plans.purpose_governor`); else None."""
    found = _conjunct(reader, cue, SHARED_PLAN)
    if found is None:
        return purpose_governor(reader, cue)  # "will travel to Washington to meet Biden"
    p, h = found
    word = reader.words[h]
    if reader.lang.is_participle(word) or reader.lang.is_passive_verb(word):
        return None  # "will send troops and conducted drills": a past act of its own
    return coordinated_with(p, h)


def first_reported(tokens: list[Token], lang: Language) -> int:
    """Index of the first reporting word ("dikabarkan", "reportedly"), or -1."""
    return next((i for i, t in enumerate(tokens) if t.lower in lang.reported), -1)


def attribution(
    tokens: list[Token],
    sentence: Sentence,
    mentions: list[Mention],
    lang: Language,
    memory: Memory,
) -> tuple[str, str]:
    """(surface text of who said it, the actor it rolls up to) for the sentence."""
    words = [t.lower for t in tokens]
    # "…," kata Peskov / katanya / said Mr Lavrov
    for i, word in enumerate(words):
        if word in lang.speech_after and i > 0 and tokens[i - 1].text in ',"”’':
            # "kata Peskov", "said Mr Lavrov", "bunyi pernyataan resmi Pemerintah China": the
            # speaker within a few lower-case words
            after = [m for m in mentions if i < m.start <= i + 4 and all(
                t.text[:1].islower() or (t.lower,) in lang.titles  # "ujar juru bicara Kemlu RI"
                for t in tokens[i + 1 : m.start])]
            if after:
                return after[0].text, after[0].actor if after[0].kind != "media" else ""
            if word.endswith("nya") or i + 1 >= len(tokens) or tokens[i + 1].text in ".,":
                return "", memory.last_speaker
    for i, word in enumerate(words):
        for phrase in lang.attribution_by_first.get(word, ()):
            n = len(phrase)
            if tuple(words[i : i + n]) != phrase:
                continue
            after = [m for m in mentions if i + n <= m.start <= i + n + 2]
            if after:
                m = after[0]
                return m.text, m.actor if m.kind != "media" else ""
            j = i + n
            k = j
            while k < len(tokens) and tokens[k].text not in ".,;":
                k += 1
            if k > j:
                return sentence.text[
                    tokens[j].start - sentence.start : tokens[k - 1].end - sentence.start
                ], ""
    if rules.on(COLON_SPEAKER):
        # "Menlu Retno: Israel Harus …", "PM Singapura: Tindakan Israel …": a headline's speaker
        # stands before its first colon
        colon = next((i for i, t in enumerate(tokens) if t.text == ":"), -1)
        for m in mentions:
            if m.end == colon and m.kind not in ("media", "place") and m.actor:
                return m.text, m.actor
    if rules.on(QUOTE_THEN_SPEAKER):
        # '"…," Russian Foreign Minister Sergei Lavrov said.', '"…," the Kremlin said.': after
        # the quote closes, the speaker and a speech verb
        for m in mentions:
            k = m.start
            while k > 0 and words[k - 1] in ("the", "a"):
                k -= 1
            closed = k > 0 and (tokens[k - 1].text in '"”' or (
                k > 1 and tokens[k - 1].text == "," and tokens[k - 2].text in '"”'))
            end = m.end
            while (end < len(words) - 1 and (words[end],) in lang.titles and end - m.end < 2
                   and rules.on(TITLED_SPEAKER)):
                end += 1  # "a Chinese foreign ministry spokesman said"
            if not closed and rules.on(COMMA_SPEAKER) and k > 0 and tokens[k - 1].text == ",":
                # "…, Peskov said.", "…, the Kremlin said on Monday.": the sentence ends there
                closed = len(words) - end <= 5 and "," not in words[end:]
            if (closed and end < len(words)
                    and words[end] in lang.speech_verbs | lang.speech_after
                    and m.kind not in ("media", "place") and m.actor):
                return m.text, m.actor
    if rules.on(SPEAKER_BEFORE):
        # "Wang said the US …", "Peskov mengatakan …": a person, then a speech verb
        for m in mentions:
            if m.end >= len(words) or m.start > 3 or not (
                words[m.end] in lang.speech_verbs or words[m.end] in lang.speech_after
            ):
                continue
            # 'Indonesia said: "We …"', 'Indonesia said, "We …"': an actor before a quote too
            opens = "".join(t.text for t in tokens[m.end + 1 : m.end + 3])
            if m.person or (opens.startswith((":", '"', "“", ',"', ",“")) and m.actor
                            and m.kind not in ("media", "place") and rules.on(QUOTING_SPEAKER)):
                return m.text, m.actor
    return "", ""
