"""The phrase a parse token stands for: the actor mention covering it or a name attached to it.

A role token stands for an actor when an actor mention covers it, or covers a name attached to
it ("pemerintah Rusia", "Menteri Luar Negeri Rusia Sergei Lavrov", "a coalition led by France",
"the US-led attack"); its ``conj`` dependents add coordinated actors ("AS dan Korsel"); a pronoun
or "kedua negara" right there is resolved as a reference. :mod:`.syntax` reads the roles (subject,
object, agent, owner) whose tokens this module turns into sides.

>>> from geopolgraph.model import Article
>>> from geopolgraph.loaders.extract import extract_triples
>>> text = "Pemerintah Rusia mengecam Menteri Luar Negeri Jepang."
>>> [(t.source, t.relation, t.target) for t in extract_triples(Article(id="a", text=text,
...  lang="id"))]
[('RUS', 'CRITICIZES', 'JPN')]
"""

from __future__ import annotations

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.parse import Parse
from geopolgraph.loaders.extract.reader import SentenceReader, Side
from geopolgraph.loaders.extract.references import object_person, reference_before
from geopolgraph.loaders.mentions import Mention

__all__ = ["AGENT_FIRST", "POSSESSIVE", "agent_phrases", "anchor", "mention_index", "named_before",
           "possession_between", "rel_base", "side_at", "window_start"]

POSSESSIVE = ("'s", "’s")  # "China's state oil firm": the firm stands for its owner
_ATTACHED = ("nmod", "flat", "appos", "compound", "amod")
NOUN_OBLIQUE = rules.register("syntax.noun_oblique", "'mengutuk uji coba/nmod nuklir Korea "
                              "Utara/obl': a bare 'obl' under a noun is the noun's owner")
RELATIVE_OWNER_PRONOUN = rules.register(
    "syntax.relative_owner_pronoun", "'Russia, whose forces invaded Ukraine, …': a relative "
    "owner pronoun (grammar relative_owners) stands for the actor named right before it")
NAME_AS_OBJECT = rules.register(
    "syntax.name_as_object", "'with longtime Hamas ally/nmod Qatar/obj': a name the parse made "
    "the object of a noun (a noun takes none) is the noun's appositive name")
NAME_BEFORE_ADJECTIVE = rules.register(
    "syntax.name_before_adjective", "'the Lebanese group Hezbollah', 'Russia's ally "
    "Belarus': a noun is the actor its name says; an adjective, or in English a qualifier before "
    "the noun, only when it has none")
LED_BY = rules.register(
    "syntax.led_by", "'a coalition led by France sent troops': a body that is no actor acts as "
    "the actor its 'led by'/'dipimpin' phrase names")
BACKER_NO_NAME = rules.register(
    "syntax.backer_no_name", "'the Chilean-backed rebel group': the actor under a participle "
    "qualifying a noun (other than 'led') backs it; it is not the noun's name")
OWNED_THING = rules.register(
    "syntax.owned_thing", "'attacked a US-owned ship': the actor under an owning participle "
    "(grammar owner_participles) qualifying a noun owns it; what is done to the thing is done to "
    "it (the mention finder makes it no agent)")
INCLUSIVE = rules.register(
    "syntax.inclusive", "'talks with arms suppliers, including France': a noun that is no actor "
    "stands for the actors its 'including'/'such as'/'termasuk' phrase names")
ACT_APPOSITION = rules.register(
    "syntax.act_apposition", "'condemned the killing of Ismail Haniyeh, the leader of Hamas': "
    "an apposition the parse hangs on an act noun after its 'of' phrase belongs to the person "
    "the act hit, not to the act: no name of the act's doer")
INCLUSIVE_VERB = rules.register(
    "syntax.inclusive_verb", "'Sejumlah negara, termasuk/acl Indonesia, mengecam …': the names "
    "of an 'including' word the parse read as a verb on the noun are its inclusive phrase")
INCLUSIVE_AFTER = rules.register(
    "syntax.inclusive_after", "'Russia accused the West, including the US and Britain, of …', "
    "'Rusia menuding Barat, termasuk AS dan Inggris, …': an inclusive phrase right after a noun "
    "and its comma that the parse hung on the verb stands for the noun all the same")
CONJ_OF_ACTOR = rules.register("syntax.conj_of_actor", "'meluncurkan rudal, Korsel dan Jepang "
                                "…': only an actor's conjuncts are coordinated actors")
CONJ_AFTER_CUE = rules.register(
    "syntax.conj_after_cue", "'…, who is on a visit to Beijing, praised/amod Ukraine/conj': a "
    "conjunct right after a cue is the cue's object, not coordinated with the name before")
CONJ_PAST_TIME = rules.register(
    "syntax.conj_past_time", "'visit India on Monday/obl and Malaysia/conj-of-Monday on "
    "Wednesday', 'berkunjung ke India pada Senin dan ke Malaysia': a name the parse coordinates "
    "with a time phrase after an object of the same verb is coordinated with that object")
PATIENT = rules.register("syntax.patient", "'Diusir Filipina' of 'Kapal China', 'membebaskan "
                         "warga AS': a state's ship or people as object stand for the state")
ACT_PATIENT = rules.register(
    "syntax.act_patient", "'condemned Russia's invasion of Ukraine': an act a cue names is not "
    "named by its 'of' phrase (whom it hit), as 'the government of Ukraine' is; its owner is")
OWN_ACT_WORD = rules.register(
    "ref.own_act_word", "'Despite criticism from the US, Israel continued its offensive': a "
    "cue's last word that names an act (grammar event_nouns) is the doer's own act, not a "
    "patient whose owner pronoun is another actor (ref.patient_owner)")
PATIENT_OWNER = rules.register(
    "ref.patient_owner", "'The Philippines said Chinese ships fired water cannon at its vessels', "
    "'… ke kapalnya', '… ke kapal mereka': the owner pronoun or clitic of what an act of "
    "conflict hits is not the act's own doer but the last other actor named before it in the "
    "sentence")
AGENT_FIRST = rules.register(
    "syntax.agent_first", "'pengusiran diplomat Rusia oleh Jerman': a noun's oleh/by phrase "
    "names its doer before any bare name hung on it")
POSSESSION = rules.register(
    "syntax.possession_owner", "'pelanggaran kedaulatan Yaman', 'pengusiran diplomat Rusia': a "
    "bare name after a noun of what an actor has (grammar possession_nouns) owns that noun, "
    "not the act noun the parse hangs it on")
INSTRUMENT = rules.register("mention.instrument_agent", "'Drone Rusia menyerang', 'Russian jets "
                            "struck': a state's vehicle or weapon as agent stands for the state")


def rel_base(dep: str) -> str:
    """A UD relation without its subtype.

    >>> rel_base("nmod:poss"), rel_base("obj")
    ('nmod', 'obj')
    """
    return dep.split(":", 1)[0]


def mention_index(reader: SentenceReader) -> dict[int, Mention]:
    """Token -> the actor mention covering it (built once per sentence)."""
    if reader.mention_at is None:
        reader.mention_at = {k: m for m in reader.mentions for k in range(m.start, m.end)}
    return reader.mention_at


def named_before(reader: SentenceReader, c: int) -> int | None:
    """The token an actor mention ends at right before the relative pronoun ``c`` (a comma may
    come between: "… with Iran, which …"), else None."""
    k = c - 1 if c > 0 and reader.words[c - 1] != "," else c - 2
    return k if k >= 0 and k in mention_index(reader) else None


def possession_between(reader: SentenceReader, h: int, c: int) -> bool:
    """Whether a noun of what an actor has (grammar ``possession_nouns``: "kedaulatan",
    "wilayah", "diplomat") comes after the noun at ``h`` up to the word at ``c`` (or the first
    word of the mention covering ``c``): a name after that noun owns it, not ``h``
    ("pelanggaran kedaulatan Yaman", "pengusiran diplomat Rusia").

    >>> from geopolgraph.loaders.extract.lang import language
    >>> from geopolgraph.loaders.lexicons import load_lexicon
    >>> from geopolgraph.loaders.mentions import Memory
    >>> from geopolgraph.loaders.text import tokenize
    >>> words = tokenize("pelanggaran kedaulatan Yaman")
    >>> reader = SentenceReader(words, [Mention(2, 3, "YEM", "", "Yaman", "state")],
    ...                         language(load_lexicon(), "id"), Memory(), "")
    >>> possession_between(reader, 0, 2), possession_between(reader, 0, 1)
    (True, True)
    >>> possession_between(reader, 1, 2)
    False
    """
    if not rules.on(POSSESSION) or c <= h:
        return False
    m = mention_index(reader).get(c)
    end = (m.start if m is not None else c) + 1
    return any(w.lower() in reader.lang.possession_nouns for w in reader.words[h + 1 : end])


def agent_phrases(reader: SentenceReader, p: Parse, h: int) -> list[int]:
    """The phrases after the noun at ``h`` opened by an agent's preposition ("oleh", "by"),
    which name its doer before any bare name hung on it ("pengusiran diplomat Rusia oleh
    Jerman"; rule syntax.agent_first)."""
    if not rules.on(AGENT_FIRST):
        return []
    # the parse may hang it on the bare noun the act hit ("penangkapan pejabat Jepang oleh/case
    # X/nmod-of-pejabat"), which, no act, has no doer
    hosts = [h] + [c for c in p.kids(h, "nmod") if c > h and not p.kids(c, "case")
                   and c not in reader.cue_starts]
    return sorted(c for n in hosts for c in p.kids(n, "nmod", "obl") if c > h and any(
        reader.words[k] in reader.lang.passive_agent for k in p.kids(c, "case")))


def anchor(reader: SentenceReader, p: Parse, i: int, depth: int = 2) -> int | None:
    """``i`` when a mention covers it, else a name attached to it (nmod, flat, appos,
    compound) that a mention covers; None when neither."""
    if i in mention_index(reader):
        return i
    if depth == 0:
        return None
    kids = p.kids(i, *_ATTACHED)
    if rules.on(NOUN_OBLIQUE) and rel_base(p.deps[i]) in ("nmod", "obj", "compound", "flat"):
        # "uji coba/nmod nuklir Korea Utara/obl": a noun takes no oblique; the parse mislabelled
        # its owner
        kids += [c for c in p.kids(i, "obl") if c > i and not p.kids(c, "case")]
    if rules.on(NAME_AS_OBJECT) and p.kids(i, "case", "det", "nmod:poss"):
        # "longtime Hamas ally/nmod Qatar/obj": a noun takes no object; a name after it labelled
        # so is its appositive name
        kids = [c for c in p.kids(i, "obj") if c > i] + kids
    if rules.on(NAME_BEFORE_ADJECTIVE):
        # stable: the order otherwise kept; English qualifiers before the noun ("Hamas ally
        # Qatar", "Russia's ally Belarus") after a name that follows it
        kids.sort(key=lambda c: p.deps[c] == "amod" or (
            reader.lang.prenominal_agent and c < i and rel_base(p.deps[c]) in ("compound",
                                                                               "nmod")))
    if rules.on(LED_BY):
        # "a coalition led by France": the leader's agent phrase first
        kids = [a for c in p.kids(i, "acl") if reader.words[c] in reader.lang.leading_participles
                for a in p.kids(c, "obl", "nmod") if p.deps[a] == "obl:agent" or any(
                    reader.words[k] in reader.lang.passive_agent for k in p.kids(a, "case"))
                ] + kids
        if reader.words[i] in reader.lang.leading_participles:
            # "the US-led attack": "US" hangs on "led" as obl:unmarked
            kids = [a for a in p.kids(i, "obl", "nsubj", "compound") if not p.kids(a, "case")
                    ] + kids
    if rules.on(OWNED_THING):
        # "a US/obl:unmarked-of-owned - owned/amod ship": the owner hangs on the participle
        kids = [a for c in p.kids(i, "amod") if c < i
                and reader.words[c] in reader.lang.owner_participles
                for a in p.children[c] if a < c and not p.kids(a, "case")] + kids
    if rules.on(BACKER_NO_NAME):
        # ("the Chile-led coalition" does act as Chile: syntax.led_by)
        kids = [c for c in kids if not (p.deps[c] == "amod" and c < i
                                        and reader.lang.is_participle(reader.words[c])
                                        and reader.words[c] not in reader.lang.leading_participles)]
    if rules.on(INCLUSIVE_VERB):
        # "Sejumlah negara, termasuk/acl Indonesia/nsubj:pass, …": read as a verb's argument
        kids = kids + [a for c in p.kids(i, "acl") if reader.words[c] in
                       reader.lang.inclusive_preps
                       for a in p.kids(c, "nsubj", "nsubj:pass", "obj", "obl", "nmod")]
    kids = kids + _inclusive_after(reader, p, i)
    for c in kids:
        if reader.words[c] in reader.lang.relative_owners and rules.on(RELATIVE_OWNER_PRONOUN):
            return named_before(reader, c)  # "Russia, whose/nmod:poss forces invaded Ukraine"
        cases = [reader.words[k] for k in p.kids(c, "case")]
        if not cases and possession_between(reader, i, c):
            continue  # "pelanggaran kedaulatan Yaman/nmod": Yemen's sovereignty, not violation
        if cases and p.deps[c].startswith("nmod") and not all(
            w in reader.lang.genitive_preps or w in POSSESSIVE for w in cases
        ) and not (rules.on(INCLUSIVE) and cases[0] in reader.lang.inclusive_preps):
            continue  # "serangan terhadap Israel": an object, not the head's own name
        if cases and p.deps[c] == "nmod" and i in reader.cue_starts and rules.on(ACT_PATIENT) and (
                not (rules.on(INCLUSIVE) and cases[0] in reader.lang.inclusive_preps)):
            # "Russia's invasion of Ukraine": whom the act hit, not its own name ("arms
            # suppliers, including the US": its members)
            continue
        if p.deps[c] == "appos" and i in reader.cue_starts and rules.on(ACT_APPOSITION) and any(
            k < c and any(reader.words[w] in reader.lang.genitive_preps for w in p.kids(k, "case"))
            for k in p.kids(i, "nmod")
        ):
            continue  # "the killing of Haniyeh, the leader/appos-of-killing of Hamas"
        found = anchor(reader, p, c, depth - 1)
        if found is not None:
            return found
    return None


def _inclusive_after(reader: SentenceReader, p: Parse, i: int) -> list[int]:
    """The names of an inclusive phrase right after noun ``i`` and a comma that the parse hung
    elsewhere, on the verb ("accused the West, including/case the US/obl-of-accused",
    "menuding Barat, termasuk/advcl AS"): they stand for the noun, as its own phrase would."""
    words = reader.words
    w = i + 2
    if (w >= len(words) or words[i + 1] != "," or words[w] not in reader.lang.inclusive_preps
            or p.heads[w] == i or not rules.on(INCLUSIVE_AFTER)):
        return []
    names = p.kids(w, "nsubj", "nsubj:pass", "obj", "obl", "nmod")  # "termasuk/advcl AS/obl"
    if not names and w < p.heads[w] <= w + 3:
        names = [p.heads[w]]  # "including/case the US": the phrase's noun
    return names


def side_at(reader: SentenceReader, p: Parse, i: int, allow_place: bool = False,
            patient: bool = False) -> Side | None:
    """The actors token ``i`` stands for, with its coordinated ones (``conj`` in the parse, or
    joined by "dan", "and", a comma or a dash on the surface)."""
    index = mention_index(reader)
    members = [i, *_past_time(reader, p, i, index)]
    k = 0
    while k < len(members) and len(members) < 8:
        at = members[k]
        named = anchor(reader, p, at)
        if named is not None and named != at:
            members.append(named)
        if named is not None or not rules.on(CONJ_OF_ACTOR):
            members.extend(c for c in p.kids(at, "conj") if c not in members
                           and not _object_of_cue(reader, c))
        k += 1
    found = {index[j] for j in members if j in index}
    mentions = [
        m for group in reader.groups if any(g in found for g in group) for m in group
        # "kapal China", "warga AS": a thing or people of a state are no agent, but what is
        # done to them is done to it (``patient``: an object)
        if (allow_place or not m.locative) and (
            not m.modifier or (patient and rules.on(PATIENT))
            or (m.instrument and rules.on(INSTRUMENT)))
    ]
    if mentions:
        return reader.side(mentions, 0)
    if patient and rules.on(PATIENT_OWNER):
        owner = _patient_owner(reader, p, i)
        if owner is not None:
            return owner
    start = window_start(reader, i)
    if patient and reader.words[i] in reader.lang.state_pronouns:
        return None  # "Russia attacked it": an object "it" is left unread
    if patient and reader.words[i] in reader.lang.object_pronouns and p.deps[i] in ("obj",
                                                                                   "iobj"):
        # "Putin met him": the person named before, not the verb's own subject
        own = frozenset(index[c].actor for c in p.kids(p.heads[i], "nsubj") if c in index)
        return object_person(reader, i, own)
    if i not in index and i + 1 - start <= 3:
        # the reference phrase ending here only ("dibantah oleh kedua negara"), not an
        # anaphor further back ("Tuduhan itu dibantah …")
        ref = reference_before(reader, i + 1, start)
        if ref is not None:
            return ref
    return None


def _patient_owner(reader: SentenceReader, p: Parse, i: int) -> Side | None:
    """Whom the owner pronoun or clitic of the patient noun at ``i`` stands for ("fired at its/
    nmod:poss vessels/i", "ke kapalnya/i"): the last actor named before it in the sentence that
    is not the subject of the conflict cue the noun hangs on (nobody hits their own); None when
    the noun hangs on no conflict cue, is a cue itself or a title, the cue has no named subject
    or nobody else is named."""
    words, lang = reader.words, reader.lang
    # the clitic may end the noun's compound ("kapal penjaga pantainya": its coast guard ship)
    chain = [i, *(c for k in (i, *p.kids(i, "nmod", "compound")) for c in p.kids(k, "nmod",
                                                                              "compound") if c > i)]
    owners = [k for k in chain if k in p.clitics or lang.owner_clitic(words[k])][:1] or [
        c for c in p.kids(i, "nmod", "det") if words[c] in lang.owner_pronouns
        or (words[c],) in lang.group_pronouns]
    if not owners or any(tuple(words[k:i + 1]) in lang.titles
                         for k in range(max(0, i - 2), i + 1)):
        return None  # "summoned a diplomat to its Foreign Ministry": the doer's own body
    if any(c.start <= i < c.end and (c.pattern.frame == "noun" or (
            i == c.end - 1 and words[i] in lang.event_nouns and rules.on(OWN_ACT_WORD)))
           for c in reader.cues) or p.deps[i].startswith("nsubj"):
        # "expressed its condemnation", "continued its offensive" (the cue's last word names
        # an act): the doer's own act; a subject is no patient
        return None
    h, doers, path = p.heads[i], frozenset[str](), []
    for _ in range(3):
        path.append(h)
        # the doer: an active subject (not "pihaknya/nsubj:pass dikecam", a patient itself)
        subjects = [side_at(reader, p, c) for c in p.children[h] if p.deps[c] == "nsubj"]
        if not subjects and rel_base(p.deps[h]) == "acl":
            subjects = [side_at(reader, p, p.heads[h])]  # "ships/obj of ramming/acl its vessel"
        elif not subjects and rel_base(p.deps[h]) in ("advcl", "xcomp"):
            # "urged Russia/obj to stop attacking/xcomp its territory": the controlling object
            subjects = [side_at(reader, p, o) for o in p.kids(p.heads[h], "obj")]
        doers = frozenset(a for side in subjects if side is not None for a in side.actors)
        if doers or rel_base(p.deps[h]) not in ("xcomp", "obj", "obl"):
            break  # the subject of the verb itself, not of a clause it joins ("and suppress")
        h = p.heads[h]  # "menembakkan meriam/xcomp air ke kapalnya/obl-of-meriam"
    before = [m for m in reader.mentions if m.end <= owners[0] and not m.locative
              and m.actor not in doers]
    if not doers or not before or not (reader.conflict.intersection(path) or any(
            # "entered/cue its territorial waters/cue": an incursion's area is another's
            c.start <= i < c.end and (c.pattern.tokens[-1] in lang.area_nouns
                                      or c.pattern.tokens[-1] in lang.frontier_nouns)
            for c in reader.cues)):
        return None  # "mobilised its men": no conflict, the doer's own
    return Side((before[-1].actor,), (before[-1],), 0, "pronoun")


def _past_time(reader: SentenceReader, p: Parse, i: int, index: dict[int, Mention]) -> list[int]:
    """The names the parse coordinates with a time phrase that follows the object ``i`` under
    the same head or under ``i`` ("visit India/obj on Monday/obl and Malaysia/conj-of-Monday",
    "ke India 21-23 Agustus/nmod-of-India dan Malaysia/conj-of-Agustus")."""
    if (i not in index or p.deps[i].split(":")[0] not in ("obj", "obl", "iobj")
            or not rules.on(CONJ_PAST_TIME)):
        return []
    words, lang = reader.words, reader.lang
    found = []
    for t in (*p.children[p.heads[i]], *p.children[i]):
        phrase = (t, *p.children[t])  # "21/nummod Agustus/flat-of-21"
        if t > i and any(words[k] in lang.time_nouns or p.deps[k].endswith("tmod")
                         for k in phrase):
            found += [c for k in phrase for c in p.kids(k, "conj") if c > t and c in index
                      and not any(j in reader.cue_starts for j in range(t, c))]
    return found  # not past a cue: "next week and appeal/compound Ukraine/conj-of-week"


def _object_of_cue(reader: SentenceReader, c: int) -> bool:
    """Whether the conjunct at ``c`` is a name right after a cue (an article may come between):
    "…, who is on a visit to Beijing, praised/amod Ukraine/conj-of-Beijing" names what the
    verb is done to, not a second party of the phrase before it."""
    m = mention_index(reader).get(c)
    if m is None or not rules.on(CONJ_AFTER_CUE):
        return False
    start = m.start - 1 if m.start > 0 and reader.words[m.start - 1] in ("the", "a") else m.start
    return start in reader.cue_ends


def window_start(reader: SentenceReader, i: int) -> int:
    """Where the reference phrase ending at ``i`` starts ("kedua belah pihak": 2 back)."""
    words = reader.words
    lang = reader.lang
    for phrases in (lang.anaphors, lang.dual_pronouns, lang.group_pronouns):
        for phrase in phrases:
            n = len(phrase)
            if i + 1 - n >= 0 and tuple(words[i + 1 - n : i + 1]) == phrase:
                return i + 1 - n
    if words[i] in lang.person_pronouns or words[i] in lang.speaker_pronouns or (
            words[i] in lang.state_pronouns):
        return i
    return -10
