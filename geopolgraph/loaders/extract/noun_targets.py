"""Where a noun cue's target phrase is, once its owner is known.

"kunjungan Putin ke Korea Utara", "US sanctions on Russia": the phrase the cue's own
preposition opens; else one the parse hung elsewhere: on the noun's owner ("the attacks by
Russia on Ukraine"), on the verb whose object the noun is ("merespons provokasi X terhadap Y"),
on the main verb after a fronted phrase ("Dalam kunjungannya ke Pyongyang, Putin …"), on a word
above the noun right after its owner, in a relative clause on it, or where an arrival verb says
it arrived ("Aid from Japan arrived in Gaza"). :mod:`.noun_frames` asks :func:`noun_target`.

>>> from geopolgraph.model import Article
>>> from geopolgraph.loaders.extract import extract_triples
>>> text = "The attacks by Russia on Ukraine continued."
>>> [(t.source, t.relation, t.target) for t in extract_triples(Article(id="a", text=text,
...  lang="en"))]
[('RUS', 'ATTACKS', 'UKR')]
"""

from __future__ import annotations

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.active_frame import _parsed_object
from geopolgraph.loaders.extract.aimed_clauses import aimed_target
from geopolgraph.loaders.extract.frames import Frame, cue_head, topics
from geopolgraph.loaders.extract.noun_roles import agent_patient
from geopolgraph.loaders.extract.objects import goods_phrase_at, objects_of, prep_object
from geopolgraph.loaders.extract.passives import passive_relative
from geopolgraph.loaders.extract.phrases import agent_phrases
from geopolgraph.loaders.extract.reader import Side
from geopolgraph.loaders.extract.references import prep_reference
from geopolgraph.loaders.extract.syntax import ACT_OF_ACT, side_at, subject_of

__all__ = ["OWNER_AFTER_SPAN", "arrived_at", "noun_target"]

VERB_PP = rules.register("noun.verb_pp", "'merespons provokasi X terhadap Y': a target phrase "
                         "the parse hangs on the non-cue verb governing the noun is the noun's")
CUE_VERB_PP = rules.register(
    "noun.cue_verb_pp", "'Rusia mengecam serangan AS ke/case Iran/obl-of-mengecam': the target "
    "phrase after an owned noun cue that the parse hangs on the cue verb whose object the noun "
    "is, is the noun's too (the verb aims at the noun's owner)")
FRONTED_PP = rules.register(
    "noun.fronted_pp", "'Dalam kunjungannya ke/case Pyongyang/obl-of-bertemu, Putin bertemu "
    "…': a target phrase right after a noun cue in a fronted phrase, which the parse hung on the "
    "main verb after the comma, is the noun's")
ANCESTOR_PP = rules.register(
    "noun.ancestor_pp", "'kerja sama yang erat terhadap provokasi X terhadap/nmod-of-kerja Y': a "
    "target phrase right after the noun's owner that the parse hangs on a word above the noun is "
    "the noun's")
PASSIVE_RELATIVE_AGENT = rules.register(
    "noun.passive_relative_agent", "'gencatan senjata yang dimediasi Qatar', 'a ceasefire "
    "brokered by Qatar': for noun.named_in_relative, the bare argument of a passive relative "
    "clause is its agent, never the noun's target; only a target phrase there is")
NAMED_IN_RELATIVE = rules.register("noun.named_in_relative", "'tuduhan dari Thailand yang "
                                   "menyebut Phnom Penh …': the object of a relative clause "
                                   "on the noun or its owner is its target")
ARRIVED = rules.register(
    "noun.arrived", "'Aid from Japan arrived in Gaza', 'Bantuan dari Jepang tiba di Gaza': a noun "
    "cue that may go to a place (relations.tsv place_target), the subject of an arrival verb "
    "(grammar arrival_verbs), goes where the verb says it arrived")
OWNER_PP = rules.register(
    "noun.owner_pp", "'the attacks by Russia on Ukraine', 'kritik dari Rusia terhadap Ukraina': "
    "a target phrase the parse hung on the noun's owner (a name takes none) is the noun's")
OWNER_AFTER_SPAN = rules.register(
    "noun.owner_after_span", "'pengiriman senjata Rusia kepada Ukraina': in a head-first "
    "language the name right after a noun cue's words is its owner, whatever the parse made of "
    "it (a cue word read as a preposition, the name as the maker of the thing the cue names)")


def noun_target(f: Frame, owner: Side) -> Side | None:
    """The target of a noun cue: a modifier with a target preposition ("desakan Israel kepada
    Gedung Putih"), else an object that is not its owner."""
    p = f.reader.parse
    if p is None:
        return None
    inside = (f.cue.start, f.cue.end)
    first = owner.mentions[0] if owner.mentions else None
    if first is not None and first.start == f.cue.end and rules.on(OWNER_AFTER_SPAN) and any(
        f.cue.end - 1 in p.kids(k, "case") for k in range(first.start, first.end)
    ):
        inside = (0, 0)  # "pengiriman senjata/case Rusia": the cue's word is no preposition
    stop: frozenset[int] = frozenset()
    if f.props.aimed_at_doer and rules.on(ACT_OF_ACT):
        # "condemnation of the attack on Lebanon": the attacked is not the condemned
        # (every word of its cue: "the US accusation of arms sales/nmod to Russia")
        stop = frozenset(k for c in f.reader.cues if c.start != f.cue.start
                         for k in range(c.start, c.end))
    goods = goods_phrase_at(f.reader, p, cue_head(p, f.cue.start, f.cue.head_end),
                            f.cue.head_end)  # "the shipment of/case Iranian drones": no target
    # nor is their owner ("of Kenya's/nmod:poss drones": the 's inside the cue's gap)
    exclude = frozenset() if goods is None else frozenset({goods, *p.kids(goods, "nmod:poss")})
    for h in range(f.cue.start, f.cue.end):
        found = prep_object(f.reader, p, h, True, inside, skip=topics(f), stop=stop,
                            exclude=exclude)
        if found is not None:
            return found
    if f.answer is not None:
        # "Iran membantah tuduhan AS (bahwa …)": short of its own target phrase, the
        # accusation was aimed at Iran, whatever its content names
        found = subject_of(f.reader, p, f.answer)
        return found if found is not None and set(found.actors) != set(owner.actors) else None
    found = _parsed_object(f, True) or agent_patient(f) or _bare_patient(f)
    if found is None and rules.on(OWNER_PP):
        found = _owner_pp(f, owner)
    if found is None and rules.on(VERB_PP):
        found = _verb_pp(f)
    if found is None and rules.on(FRONTED_PP):
        found = _fronted_pp(f)
    if found is None and rules.on(ANCESTOR_PP):
        found = _ancestor_pp(f, owner)
    if found is None and rules.on(NAMED_IN_RELATIVE):
        found = _named_in_relative(f, owner)
    if found is None:  # "sanksi yang menyasar perusahaan AS"
        found = aimed_target(f.reader, p, f.cue)
    if found is None:
        found = arrived_at(f)
    if found is None:  # "serangan Israel terhadap negara tersebut"
        found = prep_reference(f.reader, f.cue, owner.actors)
    return found if found is not None and set(found.actors) != set(owner.actors) else None


def _bare_patient(f: Frame) -> Side | None:
    """The bare name the parse hangs on a noun cue before the agent phrase that names its doer
    ("pengusiran diplomat Jerman oleh Rusia": Germany's diplomats were expelled; rule
    syntax.agent_first): whom the act was done to."""
    p = f.reader.parse
    if p is None:
        return None
    head = cue_head(p, f.cue.start, f.cue.head_end)
    agents = agent_phrases(f.reader, p, head)
    for c in p.kids(head, "nmod", "compound", "flat", "obj") if agents else []:
        if head < c < agents[0] and not p.kids(c, "case"):
            side = side_at(f.reader, p, c, patient=True)
            if side is not None:
                return side
    return None


def _owner_pp(f: Frame, owner: Side) -> Side | None:
    """A phrase with a target preposition that the parse hung on a word of the noun's owner
    named after the noun ("the attacks by Russia on/case Ukraine/nmod-of-Russia").

    >>> from geopolgraph.loaders.extract import extract_triples, rules
    >>> from geopolgraph.model import Article
    >>> text = "The attacks by Russia on Ukraine continued."
    >>> def facts():
    ...     return [(t.source, t.relation, t.target)
    ...             for t in extract_triples(Article(id="x", text=text, lang="en"))]
    >>> facts()
    [('RUS', 'ATTACKS', 'UKR')]
    >>> with rules.disabled(OWNER_PP):
    ...     facts()
    []
    """
    reader = f.reader
    p = reader.parse
    assert p is not None
    for m in owner.mentions:
        if m.start < f.cue.end:
            continue  # an owner before the noun has its own phrases ("Russia's attack")
        for k in range(m.start, m.end):
            for c in p.kids(k, "nmod", "obl"):
                cases = [reader.words[j] for j in p.kids(c, "case")]
                if c >= m.end and any(w in reader.lang.target_preps for w in cases):
                    return side_at(reader, p, c, True, patient=True)
    return None


def _verb_pp(f: Frame) -> Side | None:
    """ "merespons provokasi Korea Utara terhadap Korea Selatan": a target phrase after the noun
    that the parse hangs on the verb the noun is the object of; also when that verb is a cue of
    its own, which aims at the noun's owner ("mengecam serangan AS ke Iran",
    ``noun.cue_verb_pp``)."""
    reader = f.reader
    p = reader.parse
    assert p is not None
    head = cue_head(p, f.cue.start, f.cue.head_end)
    verb = p.heads[head]
    if verb == head or p.deps[head] != "obj" or (any(
        c.start <= verb < c.end for c in reader.cues
    ) and not rules.on(CUE_VERB_PP)):
        return None
    for c in p.kids(verb, "obl"):
        cases = [reader.words[k] for k in p.kids(c, "case")]
        if c >= f.cue.end and any(w in reader.lang.target_preps for w in cases):
            return side_at(reader, p, c, True, patient=True)
    return None


def arrived_at(f: Frame) -> Side | None:
    """Where a noun cue that may go to a place arrives, when it is the subject of an arrival
    verb ("Aid from Japan arrived in Gaza", "Bantuan dari Jepang tiba di Gaza", "Japanese aid
    arrived in Gaza"): the verb's object or its phrase opened by a locative or target
    preposition (a place stands for its state)."""
    reader, lang = f.reader, f.reader.lang
    p = reader.parse
    if p is None or not f.props.place_target or not rules.on(ARRIVED):
        return None
    head = cue_head(p, f.cue.start, f.cue.head_end)
    verb = p.heads[head]
    if verb <= head or p.deps[head] != "nsubj" or reader.words[verb] not in lang.arrival_verbs:
        return None
    for c in p.kids(verb, "obj", "obl"):
        cases = [reader.words[k] for k in p.kids(c, "case")]
        if p.deps[c] == "obj" or any(w in lang.locative or w in lang.target_preps for w in cases):
            found = side_at(reader, p, c, True, patient=True)
            if found is not None:
                return found
    return None


def _fronted_pp(f: Frame) -> Side | None:
    """A target phrase that opens right after a noun cue in a phrase fronted before the main
    verb (a comma between them) but that the parse hung on that verb."""
    reader = f.reader
    p = reader.parse
    assert p is not None
    head = cue_head(p, f.cue.start, f.cue.head_end)
    verb = p.heads[head]
    if verb <= head or "," not in reader.words[f.cue.end : verb]:
        return None
    for c in p.kids(verb, "obl", "nmod"):
        cases = p.kids(c, "case")
        if c < verb and f.cue.end in cases and reader.words[f.cue.end] in reader.lang.target_preps:
            return side_at(reader, p, c, True, patient=True)
    return None


def _ancestor_pp(f: Frame, owner: Side) -> Side | None:
    """A phrase whose target preposition comes right after the noun's owner ("provokasi Korea
    Utara terhadap Korea Selatan") that the parse hung on a word up to three levels above the
    noun: the noun's target (the owner's phrase leaves no room for another attachment)."""
    reader = f.reader
    p = reader.parse
    assert p is not None
    if not owner.mentions or owner.mentions[0].start < f.cue.end:
        return None  # only an owner after the noun: "provokasi Korea Utara terhadap …"
    after = owner.mentions[-1].end
    if after >= len(reader.words) or reader.words[after] not in reader.lang.target_preps:
        return None
    n = head = cue_head(p, f.cue.start, f.cue.head_end)
    for _ in range(3):
        if p.heads[n] == n:
            break
        n = p.heads[n]
        if n == p.heads[head] and p.deps[head] == "obj":
            continue  # the verb whose object the noun is: noun.verb_pp's
        for c in p.kids(n, "obl", "nmod"):
            if after in p.kids(c, "case"):
                return side_at(reader, p, c, True, patient=True)
    return None


def _named_in_relative(f: Frame, owner: Side) -> Side | None:
    """ "tuduhan dari Thailand yang menyebut Phnom Penh sebagai penyerang": the object of a
    relative clause on the noun (or on its owner, where the parse may hang it) is whom the
    noun is aimed at."""
    p = f.reader.parse
    assert p is not None
    head = cue_head(p, f.cue.start, f.cue.head_end)
    hosts = [head] + [c for c in p.kids(head, "nmod") if side_at(f.reader, p, c) is owner
                      or any(m.start <= c < m.end for m in owner.mentions)]
    for host in hosts:
        for clause in p.kids(host, "acl"):
            if rules.on(PASSIVE_RELATIVE_AGENT) and passive_relative(f.reader, p, clause):
                # "sanksi yang dijatuhkan AS terhadap Iran", "gencatan senjata yang dimediasi
                # Qatar": a passive clause's bare argument is its agent, never the target
                found = prep_object(f.reader, p, clause, True)
            else:
                found = objects_of(f.reader, p, clause, False)
            if found is not None:
                return found
    return None
