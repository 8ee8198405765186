"""References back in the article: pronouns, anaphors and "both sides" resolved from memory.

What a sentence leaves behind is kept in :class:`~geopolgraph.loaders.mentions.Memory` by
:func:`.article_memory.remember`: the sources of its main event ("hal tersebut", "the
claims"), the doers of each relation and of the last act reported ("peluncuran tersebut", "the
launch"), the two parties who last talked, met, agreed or fought ("kedua negara", "the two
leaders"), the last coordinated doers or pair ("mereka", "they"), the last actor of each kind
("negara tersebut", "the group") and the last person and speaker ("dia", "he", "kami", "-nya").
:func:`reference_before` reads a reference standing before a cue (a subject),
:func:`reference_after`, :func:`event_reference` and :func:`owner_reference` one after it or
owning it; :func:`reciprocal_marker` finds "saling", "each other". A reference with nothing
to resolve to gives no side (never the nearest actor). The words are data
(``grammar_<lang>.json``: ``dual_pronouns``, ``kind_anaphors``, ``reciprocal_markers`` …).

>>> from geopolgraph.model import Article
>>> from geopolgraph.loaders.extract import extract_triples
>>> text = "Indonesia dan Vietnam bertemu di Hanoi. Kedua negara mengecam Israel."
>>> sorted({(t.source, t.relation, t.target) for t in extract_triples(
...     Article(id="a", text=text, lang="id")) if t.relation == "CRITICIZES"})
[('IDN', 'CRITICIZES', 'ISR'), ('VNM', 'CRITICIZES', 'ISR')]
"""

from __future__ import annotations

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.article_memory import FIRST_PAIR
from geopolgraph.loaders.extract.cataphors import cataphor
from geopolgraph.loaders.extract.cues import Cue
from geopolgraph.loaders.extract.lang import Language
from geopolgraph.loaders.extract.reader import SentenceReader, Side

__all__ = [
    "clitic_reference",
    "dual_after",
    "event_reference",
    "has_reference",
    "named_act_doers",
    "object_reference",
    "owner_reference",
    "prep_reference",
    "reciprocal_marker",
    "reference_after",
    "reference_before",
    "said_reference",
    "speaker_side",
]


ANAPHOR = rules.register("ref.anaphor", "'hal tersebut', 'the claims': the last event's sources")
DUAL = rules.register("ref.dual", "'kedua negara', 'the two leaders': the last two parties")
DUAL_IN_SENTENCE = rules.register(
    "ref.dual_in_sentence", "'Kim met Putin in Pyongyang, where the two leaders signed a pact': "
    "'the two leaders' after a cue that gave two parties who talked, met, agreed or fought in the "
    "same sentence are those two, not the last sentence's")
GROUP = rules.register("ref.group", "'mereka', 'they': the last coordinated doers, else the first "
                       "of the last pair named")
SPEAKER = rules.register("ref.speaker", "'kami', 'we' in a quote: the speaker")
PERSON = rules.register("ref.person", "'dia', 'he': the person named before, else the speaker")
STATE_PRONOUN = rules.register(
    "ref.state_pronoun", "'Russia held a parade. On Monday it attacked Ukraine.': 'it' as a verb's "
    "subject, with no actor named before it in the sentence, is the doer of the last act")
MUTUAL = rules.register("ref.mutual", "'saling', 'each other': two parties act on each other")


def has_reference(words: set[str], lang: Language, clitics: bool = True) -> bool:
    """Whether a sentence's (lower-case) words hold a reference word that can stand for an
    actor named earlier ("dia", "they", "kedua negara", "hal tersebut", "the group", with
    ``clitics`` a word ending in "-nya"), or to an act reported earlier, whose doer it names
    ("serangan itu", "the launch": :func:`event_reference`)."""
    return (
        bool(words & (lang.person_pronouns | lang.speaker_pronouns | lang.owner_pronouns
                      | lang.state_pronouns | lang.object_pronouns))
        or (clitics and lang.has_clitic(words))
        or any(p[-1] in words for p in (*lang.group_pronouns, *lang.dual_pronouns,
                                        *lang.anaphors, *lang.kind_phrases))
        or (rules.on(EVENT) and bool(words & lang.demonstratives or words & lang.event_nouns))
    )


def speaker_side(reader: SentenceReader) -> Side | None:
    """The sentence's speaker as a side ("kami" in a quote; whoever states a charge or says
    what another "must" do), or None when no speaker is known."""
    return Side((reader.speaker,), (), 3, "pronoun") if reader.speaker else None


def reciprocal_marker(reader: SentenceReader, cue: Cue) -> bool:
    """Whether "saling" stands right before the cue or "each other", "one another" inside
    it or right after it: its subject acts on each other.

    >>> from geopolgraph.model import Article
    >>> from geopolgraph.loaders.extract import extract_triples
    >>> text = "Thailand dan Kamboja saling tuduh melanggar gencatan senjata."
    >>> sorted((t.source, t.target) for t in extract_triples(Article(id="a", text=text,
    ...     lang="id")) if t.relation == "ACCUSES")
    [('KHM', 'THA'), ('THA', 'KHM')]
    """
    if not rules.on(MUTUAL):
        return False
    words = reader.words
    for phrase in reader.lang.reciprocal_markers:
        n = len(phrase)
        for k in range(max(0, cue.start - n - 1), min(cue.end + 3, len(words) - n + 1)):
            if tuple(words[k : k + n]) == phrase:
                return True
    return False


def _as_subject(reader: SentenceReader, words: list[str], phrases: list[tuple[str, ...]]) -> bool:
    """A phrase occurs in the window, not right after a preposition ("between the two
    superpowers" is no subject)."""
    return _subject_at(reader, words, phrases) >= 0


def _subject_at(reader: SentenceReader, words: list[str], phrases: list[tuple[str, ...]]) -> int:
    """Where in the window such a phrase starts, else -1."""
    lang = reader.lang
    present = set(words)
    for phrase in phrases:
        if phrase and phrase[0] not in present:
            continue
        n = len(phrase)
        for k in range(len(words) - n + 1):
            if tuple(words[k : k + n]) == phrase and not (
                k > 0 and (words[k - 1] in lang.target_preps or words[k - 1] in lang.between)
            ):
                return k
    return -1


def _said_doers(reader: SentenceReader, at: int) -> tuple[str, ...] | None:
    """For an anaphor at ``at`` naming a said act ("the accusations": a cue of a relation
    relations.tsv marks said), the last doers of that relation, none when nobody was reported
    doing it (rule ref.unsaid_act); None for an anaphor naming no said act ("hal tersebut")."""
    named = _said_named(reader, range(at, at + 4))
    if not named or not rules.on(UNSAID_ACT):
        return None
    done = _doers_so_far(reader)
    return next((done[r] for r in named if r in done), ())


def _said_named(reader: SentenceReader, phrase: range) -> list[str]:
    """The said relations (relations.tsv said) of the cues starting in ``phrase``."""
    return [c.pattern.relation for c in reader.cues
            if c.start in phrase and c.pattern.relation in reader.lang.said_relations]


def _doers_so_far(reader: SentenceReader) -> dict[str, tuple[str, ...]]:
    """Relation -> its last doers, this sentence's own earlier acts first ("Thailand menuding
    Kamboja …, tetapi Kamboja membantah tuduhan itu"; rule ref.event_in_sentence)."""
    memory = reader.memory
    return {**memory.doers, **reader.doers_here} if rules.on(EVENT_IN_SENTENCE) else memory.doers


def reference_before(reader: SentenceReader, pos: int, start: int | None = None) -> Side | None:
    """A pronoun or anaphor subject before ``pos`` (in the 8 words before it, or from
    ``start``) resolved from the article so far."""
    lo = max(0, pos - 8) if start is None else start
    words = reader.words[lo:pos]
    lang = reader.lang
    memory = reader.memory
    anaphor = _subject_at(reader, words, lang.anaphors) if rules.on(ANAPHOR) else -1
    if anaphor >= 0:
        said = _said_doers(reader, lo + anaphor)  # "the accusations": the last accusers
        doers = memory.last_sources if said is None else said
        if doers:
            return Side(doers, (), 3, "pronoun")
    dual = _subject_at(reader, words, lang.dual_pronouns) if rules.on(DUAL) else -1
    if dual >= 0:
        if reader.pair is not None and reader.pair[0] <= lo + dual and rules.on(DUAL_IN_SENTENCE):
            # "Kim met Putin in Pyongyang, where the two leaders signed …": this sentence's pair
            return Side(reader.pair[1], (), 3, "dual")
        # "kedua pemimpin", "both sides": exactly two parties, else nobody (never one of them)
        pair = _dual_pair(reader, words[dual:])
        return Side(pair, (), 3, "dual") if pair else None
    if rules.on(KIND) and lang.kind_phrases:
        # "Negara tersebut juga mengecam …", "The group's leader said …"
        start = max(0, pos - 8)
        for k in range(start, pos):
            found = _kind_phrase(reader, k)
            if found and not (k > 0 and (reader.words[k - 1] in lang.target_preps
                                         or reader.words[k - 1] in lang.between)):
                actor = _kind_actor(reader, found[1], k, ())
                return Side((actor,), (), 3, "pronoun") if actor else None
    if rules.on(GROUP) and memory.last_group and _as_subject(reader, words, lang.group_pronouns):
        # "mereka"/"they": the last coordinated doers ("AS dan Korsel memperingatkan …"),
        # else one party of the last pair acting together, not each other
        doers = memory.last_sources if len(memory.last_sources) >= 2 else memory.last_group[:1]
        return Side(doers, (), 3, "pronoun")
    for word in reversed(words):
        if word in lang.speaker_pronouns and reader.speaker and rules.on(SPEAKER):
            return speaker_side(reader)
        if word in lang.state_pronouns and rules.on(STATE_PRONOUN):
            # "Russia held a parade. On Monday it attacked …": with no actor named before it in
            # the sentence, the first actor of the article's last sentence ("China insists it
            # is neutral", "in hopes that it would build …" may be anything named before: no
            # reference); "it is", "it would be", "when it comes to" are none either
            after = reader.words[pos : pos + 2]
            if any(w in lang.be_verbs or w in lang.state_pronoun_breakers for w in after) or any(
                m.end <= pos for m in reader.mentions
            ):
                return None
            doer = memory.last_doers[:1]
            return Side(doer, (), 3, "pronoun") if doer else None
        if word in lang.person_pronouns and rules.on(PERSON):
            # "X stressed … after he met Y": a person named earlier in the sentence;
            # "Dia menambahkan": else news goes on with whoever spoke last
            # a title only for "he"/"dia", not "his" ("… refused to recognise his election")
            earlier = persons_before(reader, pos, titled=word in lang.subject_pronouns)
            person = (
                earlier[-1]
                if earlier
                else memory.last_speaker
                if memory.speaker_recent
                else memory.last_person
            )
            if person:
                return Side((person,), (), 3, "pronoun")
    return None


TITLED_HERE = rules.register(
    "ref.titled_here", "'China's foreign minister said he would visit Jakarta', 'Menlu China "
    "mengatakan dia …': in the sentence too, a person's title with the actor it acts for "
    "(titles.jsonl) is a person 'he'/'him'/'dia' may stand for, though no name is given")


def persons_before(reader: SentenceReader, pos: int, titled: bool = True) -> list[str]:
    """The actors of the persons named before token ``pos`` in the sentence, in order: named
    people, and when ``titled`` (rule ref.titled_here) titles naming one person ("the French
    president").

    >>> from geopolgraph.model import Article
    >>> from geopolgraph.loaders.extract import extract_triples
    >>> text = "China's foreign minister said he would urge Manila to stop the drills."
    >>> [(t.source, t.relation, t.target) for t in extract_triples(Article(id="a", text=text,
    ...  lang="en"))]
    [('CHN', 'APPEALS', 'PHL')]
    """
    titled = titled and rules.on(TITLED_HERE)
    return [m.actor for m in reader.mentions
            if m.end <= pos and m.actor and (m.person or (
                titled and not m.locative and reader.lang.is_person(m, reader.words)))]


OBJECT_PERSON = rules.register(
    "ref.object_person", "'Modi arrived in Moscow. Putin met him': a person's object pronoun "
    "(grammar object_pronouns) is the person named last before it in the sentence, else the "
    "article's last speaker or person, never the verb's own subject")


def object_person(reader: SentenceReader, pos: int, exclude: frozenset[str] = frozenset()
                  ) -> Side | None:
    """Whom the object pronoun at ``pos`` ("him", "her") stands for: the last person named
    before it in the sentence, else the article's recent speaker or last person, none of
    ``exclude`` (the verb's subject); None when nobody is left or the rule is off."""
    if not rules.on(OBJECT_PERSON):
        return None
    memory = reader.memory
    earlier = persons_before(reader, pos)
    speaker = memory.last_speaker if memory.speaker_recent else ""
    for actor in (*reversed(earlier), speaker, memory.last_person):
        if actor and actor not in exclude:
            return Side((actor,), (), 3, "pronoun")
    return None


CLITIC = rules.register("ref.clitic", "'menyambutnya', 'dukungannya': the clitic -nya is the last "
                        "actor or person named (not the verb's own subject)")


def clitic_reference(
    reader: SentenceReader, pos: int, exclude: tuple[str, ...] = ()
) -> Side | None:
    """Whom the clitic "-nya" on token ``pos`` stands for: the last actor or person named
    before it in the sentence, else the article's last person, speaker or pair; never one of
    ``exclude`` (the verb's own subject); None when nobody is left."""
    if not rules.on(CLITIC):
        return None
    memory = reader.memory
    before = [m.actor for m in reader.mentions if m.end <= pos and not m.locative]
    ahead = "" if before else cataphor(reader, pos)
    for actor in (*reversed(before), ahead, memory.last_person, memory.last_speaker,
                  *memory.last_group):
        if actor and actor not in exclude:
            return Side((actor,), (), 3, "pronoun")
    return None


OWNER = rules.register("ref.owner", "'Pemerintahnya mengkritik Jepang', 'its government': an "
                       "official or body of an actor referred to acts for that actor")


def owner_reference(reader: SentenceReader, pos: int) -> Side | None:
    """The actor a subject like "Pemerintahnya", "Menteri Luar Negerinya", "negaranya" or "its
    government" acts for: a title word (the lexicon's titles) or an owner noun ("negara") with
    the clitic "-nya", or a title after a possessive pronoun, standing for whom the clitic or
    pronoun refers to.

    >>> from geopolgraph.model import Article
    >>> from geopolgraph.loaders.extract import extract_triples
    >>> text = "Rusia menyerang Ukraina. Pemerintahnya juga mengkritik Jepang."
    >>> [(t.source, t.target) for t in extract_triples(Article(id="a", text=text, lang="id"))
    ...  if t.relation == "CRITICIZES"]
    [('RUS', 'JPN')]
    """
    if not rules.on(OWNER):
        return None
    words = reader.words
    titles = reader.lang.titles
    # the subject's head may be any word of the title: "Menteri Luar Negerinya"
    for end in range(pos, min(pos + 3, len(words))):
        if words[end].endswith("nya") and len(words[end]) > 5:
            for start in range(max(0, end - 2), pos + 1):
                if (*words[start:end], words[end][:-3]) in titles:
                    return clitic_reference(reader, start)
            if end == pos and words[end][:-3] in reader.lang.owner_nouns:
                return clitic_reference(reader, end)  # "negaranya": his or its country
    # "its government", "its foreign ministry": the possessive stands before the title
    for n in range(1, 4):
        k = pos - n
        if k >= 0 and tuple(words[k + 1 : pos + 1]) in titles and (
            words[k] in reader.lang.owner_pronouns
        ):
            return clitic_reference(reader, k)
    return None


EVENT = rules.register("ref.event", "'mengecam peluncuran tersebut', 'condemned the launch': "
                       "whoever did the last such act")


SAID_REFERENCE = rules.register(
    "ref.said_event", "'AS mengkritik China. China menolak kritik tersebut', 'Beijing rejected "
    "the criticism': a cue that answers what was said to its subject (relations.tsv answers) "
    "is aimed at whoever said what its object names back")


def said_reference(reader: SentenceReader, cue: Cue) -> bool:
    """Whether ``cue`` answers what was said (its relation answers, relations.tsv) and a cue
    of a said act (relations.tsv said) opens its object phrase ("menolak kritik tersebut",
    "rejected the request", "rejected (the) … criticism"), of a relation this sentence or the
    last act reported has, so that :func:`event_reference` names whom it answers (not the
    last sayer of that relation further back, when another act came since)."""
    lang, memory = reader.lang, reader.memory
    if cue.pattern.relation not in lang.answering or not rules.on(SAID_REFERENCE):
        return False
    said = [o.pattern.relation for o in reader.cues if o.pattern.relation in lang.said_relations
            and cue.head_end <= o.start <= cue.end + 1]
    return bool(said) and (said[0] in reader.doers_here or memory.doers.get(said[0], (
        )) == memory.last_doers != ())


UNSAID_ACT = rules.register(
    "ref.unsaid_act", "'… Russia's foreign ministry dismissed the accusations': a said act "
    "(relations.tsv said) named back that no earlier sentence reported is nobody's known act, "
    "not the last act reported")
EVENT_PHRASE = rules.register("ref.event_phrase", "'mengecam tindakan tersebut dan meminta PBB …': "
                              "only an actor inside the phrase makes it no reference")


def event_reference(reader: SentenceReader, cue: Cue, at: int | None = None,
                    besides: tuple[str, ...] = ()) -> Side | None:
    """The doer of the act a cue's object names by a noun with a demonstrative ("mengecam
    peluncuran tersebut", "condemned this", "condemned the launch"): the last doer of that
    relation when the noun is a cue, else of the last act reported; None when none was. With
    ``at``, the phrase starts there instead of right after the cue (a passive cue's subject,
    "Serangan tersebut dikecam …"), and only a cue inside the phrase names the act. A phrase
    naming no act of its own ("tindakan itu") is not an act of ``besides`` (the cue's doers)
    when the last sentence reported one by somebody else.

    >>> from geopolgraph.model import Article
    >>> from geopolgraph.loaders.extract import extract_triples
    >>> text = "Korea Utara menembakkan rudal balistik. Jepang mengecam peluncuran tersebut."
    >>> [(t.source, t.relation, t.target) for t in extract_triples(Article(id="a", text=text,
    ...  lang="id"))]
    [('JPN', 'CRITICIZES', 'PRK')]
    """
    if not rules.on(EVENT):
        return None
    if at is None and cue.head_end < cue.end and rules.on(GAPPED_EVENT):
        # "menyebut peluncuran tersebut provokatif": a phrase in the gap first, read as one
        # standing before a cue would be; else one after the pattern's last word
        inside = event_reference(reader, cue, cue.head_end, besides)
        if inside is not None:
            return inside
    words, lang = reader.words, reader.lang
    start = cue.end if at is None else at
    span = words[start : start + 5]
    noun: list[str] = []
    extent = len(span)  # the tokens of the referring phrase
    if span and span[0] in lang.demonstratives:
        noun = span[1:2]  # "condemned this (move)"
        extent = 2
    elif span and span[0] in lang.event_articles and len(span) > 1:
        # "the launch", "the missile launch": an event noun ends the phrase
        for k in range(1, min(4, len(span))):
            if span[k] in lang.event_nouns:
                noun = span[1 : k + 1]
                extent = k + 1
                break
        if not noun:
            return None
    else:
        for k in range(1, len(span)):
            if span[k] in lang.demonstratives:  # "peluncuran (rudal) tersebut"
                noun = span[:k]
                extent = k + 1
                break
            if span[k] in lang.clause_breaks or span[k] in lang.target_preps:
                break
        if not noun:
            return None
    if any(m.start in range(start, start + (extent if rules.on(EVENT_PHRASE) else 5))
           for m in reader.mentions):
        # an actor is named in the phrase: not a reference ("mengecam tindakan tersebut dan
        # meminta PBB …" still is one)
        return None
    limit = start + 5 if at is None else start + extent
    own = (cue.pattern.relation if at is None and span and span[0] in lang.demonstratives
           and len(cue.pattern.tokens) > 1 else None)  # "membalas serangan itu": the last attack
    return named_act_doers(reader, range(start, limit), own, besides,
                           range(start, start + extent))


def named_act_doers(reader: SentenceReader, phrase: range, own: str | None = None,
                    besides: tuple[str, ...] = (), words: range | None = None) -> Side | None:
    """The doers of the act a phrase (its tokens ``phrase``) names back: the last doers of the
    relation of a cue in it (or of ``own``, the naming cue's relation, first), else of the last
    act reported, unless the phrase's own ``words`` (all of it by default) name a said act
    nobody was reported doing; None when none was. With no cue in the phrase, not only
    ``besides`` when another act by somebody else was reported before."""
    memory = reader.memory
    done = _doers_so_far(reader)
    relations = [o.pattern.relation for o in reader.cues
                 if o.start in phrase and o.pattern.relation in done]
    if own is not None and own in done:
        relations.insert(0, own)
    if not relations and rules.on(UNSAID_ACT) and _said_named(
            reader, phrase if words is None else words):
        return None  # "dismissed the accusations": nobody's accusation was reported
    doers = done[relations[0]] if relations else memory.last_doers
    if not relations and besides and set(doers) <= set(besides) and rules.on(OTHER_DOER):
        # "Filipina memprotes tindakan kapal China yang menembakkan …. Manila menyebut tindakan
        # itu provokasi": not Manila's own protest
        doers = next((d for d in memory.act_doers if not set(d) <= set(besides)), doers)
    return Side(doers, (), 3, "pronoun") if doers else None


def dual_after(reader: SentenceReader, pos: int) -> Side | None:
    """The last two parties when "kedua belah pihak", "both sides" … starts at ``pos`` (an
    object or a noun's owner: "menyerukan kedua belah pihak", "kerja sama kedua negara")."""
    if not rules.on(DUAL):
        return None
    words = reader.words
    for phrase in reader.lang.dual_pronouns:
        if tuple(words[pos : pos + len(phrase)]) == phrase:
            pair = _dual_pair(reader, words[pos:])
            return Side(pair, (), 0, "dual") if pair else None
    return None


def _dual_pair(reader: SentenceReader, words: list[str]) -> tuple[str, ...]:
    """The two parties a dual reference opening ``words`` stands for: the last two who talked,
    met, agreed or fought, else, for two sides (grammar ``dual_sides``: "kedua negara", "both
    sides"; not "the two leaders"), the two of the article's first one-way act; else none."""
    memory = reader.memory
    if len(memory.last_dialogue) == 2:
        return memory.last_dialogue
    if len(memory.first_pair) == 2 and rules.on(FIRST_PAIR) and any(
            tuple(words[: len(phrase)]) == phrase for phrase in reader.lang.dual_sides):
        return memory.first_pair
    return ()


TITLED_DUAL = rules.register(
    "ref.titled_dual", "'Anwar telah berbicara dengan pemimpin kedua negara', 'spoke with the "
    "leaders of both countries': a person's title before a dual reference in a target phrase "
    "names the persons of the two sides it stands for")
OTHER_DOER = rules.register(
    "ref.other_doer", "'Filipina memprotes tindakan kapal China yang menembakkan meriam air …. "
    "Manila menyebut tindakan itu provokasi': an act named back without its own noun, by a cue "
    "whose doer did the last act reported, is the other act that sentence reported")
GAPPED_EVENT = rules.register(
    "ref.gapped_event", "'Jepang menyebut peluncuran tersebut provokatif', 'called the launch a "
    "provocation': the act a gapped cue names back stands in its gap")
EVENT_IN_SENTENCE = rules.register(
    "ref.event_in_sentence", "'Thailand menuding Kamboja …, tetapi Kamboja membantah tuduhan "
    "itu': an act named back is done by whoever did it earlier in the same sentence, before "
    "the article's earlier sentences")
KIND = rules.register("ref.kind", "'negara tersebut', 'the country', 'the group': the last "
                      "state, group or organisation named")


def _kind_actor(reader: SentenceReader, kind: str, pos: int, exclude: tuple[str, ...]) -> str:
    """The last actor of ``kind`` named before token ``pos`` (this sentence, then earlier)."""
    here = [m.actor for m in reader.mentions if m.end <= pos and m.kind == kind]
    for actor in (*reversed(here), *reversed(reader.memory.last_of_kind.get(kind, ()))):
        if actor not in exclude:
            return actor
    return ""


def _kind_phrase(reader: SentenceReader, pos: int) -> tuple[int, str] | None:
    """(length, kind) of a kind anaphor ("negara tersebut", "the country") at ``pos``."""
    words = reader.words
    first = words[pos] if pos < len(words) else None
    for phrase in reader.lang.kind_phrases:
        if phrase and phrase[0] != first:
            continue
        if tuple(words[pos : pos + len(phrase)]) == phrase:
            return len(phrase), reader.lang.kind_anaphors[phrase]
    return None


def reference_after(
    reader: SentenceReader, pos: int, exclude: tuple[str, ...] = ()
) -> Side | None:
    """An object reference starting at ``pos``: "kedua belah pihak", "both sides" (the last two
    parties) or "negara tersebut", "the country", "the group" (the last state, group or
    organisation named, not one of ``exclude``, the other side).

    >>> from geopolgraph.model import Article
    >>> from geopolgraph.loaders.extract import extract_triples
    >>> text = "Putin akan mengunjungi Korea Utara. AS memperingatkan negara tersebut."
    >>> [(t.source, t.target) for t in extract_triples(Article(id="a", text=text,
    ...  lang="id")) if t.relation == "WARNS"]
    [('USA', 'PRK')]
    """
    dual = dual_after(reader, pos)
    if dual is not None:
        return dual
    found = _kind_phrase(reader, pos) if rules.on(KIND) else None
    if found is None:
        return None
    actor = _kind_actor(reader, found[1], pos, exclude)
    return Side((actor,), (), 0, "pronoun") if actor else None


PREP_KIND = rules.register(
    "ref.prep_kind", "'menghentikan bantuan ke negara tersebut', 'sent weapons to the country': "
    "a kind anaphor or 'both sides' opened by a target preposition on the cue (or on its "
    "object) is the target")


def prep_reference(reader: SentenceReader, cue: Cue, exclude: tuple[str, ...] = ()) -> Side | None:
    """The target a reference names in a phrase opened by a target preposition on the cue's
    words or on their object ("bantuan ke negara tersebut", "weapons to the country"),
    resolved as :func:`reference_after` resolves an object; else None, also where the
    sentence names another actor of that kind before it (which one is meant is unclear).

    >>> from geopolgraph.model import Article
    >>> from geopolgraph.loaders.extract import extract_triples
    >>> text = "Korea Utara dilanda banjir. Rusia mengirim bantuan ke negara tersebut."
    >>> [(t.source, t.relation, t.target) for t in extract_triples(Article(id="a", text=text,
    ...  lang="id"))]
    [('RUS', 'SUPPLIES', 'PRK')]
    """
    p = reader.parse
    if p is None or not rules.on(PREP_KIND):
        return None
    words, lang = reader.words, reader.lang
    heads = set(range(cue.start, cue.end))
    heads |= {c for k in heads for c in p.kids(k, "obj")}  # "mengirim senjata/obj ke …"
    for h in sorted(heads):
        for c in p.kids(h, "obl", "nmod"):
            case = p.kids(c, "case")
            cases = [words[k] for k in case]
            if not cases or not any(w in lang.target_preps for w in cases) or any(
                    w in lang.source_preps or w in lang.passive_agent for w in cases):
                continue
            start = max(case) + 1
            at = start
            found = _kind_phrase(reader, start) or (
                (1, "") if dual_after(reader, start) is not None else None)
            if found is None and rules.on(TITLED_DUAL):
                # "berbicara dengan pemimpin kedua negara": the persons of both sides
                n = next((n for n in (3, 2, 1)
                          if tuple(words[start:start + n]) in lang.person_titles), 0)
                if n and dual_after(reader, start + n) is not None:
                    found, at = (n + 1, ""), start + n
            if found is None or not start <= c < start + found[0] + 2:
                continue
            if any(m.end <= start and m.kind == found[1] and m.actor not in exclude
                   for m in reader.mentions):
                return None  # "AS mengecam serangan Israel terhadap negara itu": unclear
            return reference_after(reader, at, exclude)
    return None


def object_reference(reader: SentenceReader, cue: Cue, exclude: tuple[str, ...] = ()
                     ) -> Side | None:
    """A reference as the cue's object ("memperingatkan negara tersebut"), else one in a
    target phrase on it ("mengirim bantuan ke negara tersebut")."""
    return reference_after(reader, cue.head_end, exclude) or prep_reference(reader, cue, exclude)
