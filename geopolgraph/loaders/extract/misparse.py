"""Roles of a cue whose parse is wrong in a way the lexicon or the sentence's shape shows.

A verb cue parsed as a modifier of the noun after it ("welcomes/amod Peru's offer"), an object
parsed as the subject of the verb reporting the cue, a name stranded under a label no argument
has, a name in a gapped cue's gap hung on the cue's own word, a participle cue qualifying a noun
("Chilean-backed rebels"), and the agent frame's body and target ("pemantau sanksi PBB
mengatakan …"): each reads the parse, none seeks the nearest actor by token distance.

>>> from geopolgraph.model import Article
>>> from geopolgraph.loaders.extract import extract_triples
>>> text = "Pemantau sanksi PBB mengatakan bahwa rudal itu berasal dari Korea Utara."
>>> [(t.source, t.relation, t.target) for t in extract_triples(Article(id="a", text=text,
...  lang="id"))]
[('UN', 'MONITORS', 'PRK')]
"""

from __future__ import annotations

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.cues import Cue
from geopolgraph.loaders.extract.objects import objects_of
from geopolgraph.loaders.extract.parse import Parse
from geopolgraph.loaders.extract.reader import SentenceReader, Side
from geopolgraph.loaders.extract.stray_subjects import interrupted_subject
from geopolgraph.loaders.extract.syntax import NOBODY, possessor_of, side_at, subject_of

__all__ = ["infinitive_noun_doer", "misparsed_object", "modifier_verb", "parsed_body",
           "participle_modifier", "verb_under_subject"]

MODIFIER_VERB_OBJECT = rules.register("parse.modifier_verb_object", "'Chile welcomes/amod "
                                      "Peru's offer': a verb cue the parse made a modifier of a "
                                      "noun after it has that noun as its object")
SUBJECT_AFTER_OBJECTLESS = rules.register(
    "parse.subject_after_objectless", "'Chile met Peru's President Ana Gil, the ministry said' "
    "parsed with 'Ana Gil' as the subject of 'said': a subject of the verb that reports the cue, "
    "right after the cue and before a comma, is the cue's object")
STRANDED_OBJECT = rules.register(
    "parse.stranded_object", "'Chile sought to isolate Mr Milei/conj' parsed with the name right "
    "after an objectless verb cue hung elsewhere under a label no argument has: it is the object")
#: labels under which a parse strands a verb's object (no argument, no modifier of a noun)
_STRANDED = ("advmod", "conj", "dep", "vocative", "discourse")
APPOS_OBJECT = rules.register(
    "parse.appos_object", "'Chinese President Xi Jinping assails/ROOT Japan/appos', 'Putin and Xi "
    "accused Ukraine/flat-of-Vladimir', 'jailed Ukraine/ccomp': a name right after a verb cue, "
    "with no comma, that the parse hung on the cue or on a name before it as an apposition, a "
    "part of a name or a clause is its object")
PARSED_AGENT_BODY = rules.register(
    "agent.parsed", "'pemantau sanksi PBB mengatakan bahwa … Korea Utara …': the body the cue's "
    "noun names, from the parse, acts on the first other actor of the clause it states")
PARTICIPLE_MODIFIER = rules.register(
    "parse.participle_modifier", "'Chilean-backed rebels', 'the Chile-led coalition': a "
    "participle cue qualifying a noun, with an actor under it, is that actor's act on the noun")
GAP_OBJECT = rules.register(
    "parse.gap_object", "'offer Chile/nsubj help/obj': an actor inside a gapped cue that the "
    "parse hangs on one of the cue's words (as the subject of a small clause) is its object")
VERB_UNDER_SUBJECT = rules.register(
    "parse.verb_under_subject", "'Jepang mengecam/nmod:poss Korea Utara/appos', 'Rusia dan China "
    "mengecam/nummod Israel': a verb cue the parse hangs, under a label no verb has, on the "
    "actor right before it or on the actor after it that hangs on that one, is the first "
    "actor's act on the second")
UNDER_SUBJECT_OWNER = rules.register(
    "parse.verb_under_subject_owner", "'Jepang mengecam/nmod:poss uji/nmod:tmod coba rudal Korea "
    "Utara': the noun right after a verb cue hung on its subject, which names no actor, stands "
    "for its owner")
LIST_VERB = rules.register(
    "parse.list_verb", "'Kim Jong Un supported/list Vladimir Putin': a verb cue the parse hangs "
    "as a list item on the name right before it is that name's act, as one under a label no "
    "verb has (parse.verb_under_subject)")
MODIFIER_VERB_SUBJECT = rules.register(
    "parse.modifier_verb_subject", "'Japan on Friday lifted/amod sanctions on Iran', 'Mr Putin "
    "praised/amod China's leader': a verb cue the parse made a modifier of the noun after it, "
    "right after an actor (and a time phrase), is that actor's act on the noun")
MODIFIER_VERB_AUX = rules.register(
    "parse.modifier_verb_aux", "'Russia had blamed/amod Ukraine', 'Russia has already blamed/amod "
    "Ukraine/ROOT': parse.modifier_verb_subject also past an auxiliary or adverb between the "
    "actor and the cue ('skip_before_cue' in the grammar); the doer's conjuncts the parse put "
    "after the cue are none of its ('Russia/ROOT ambushed/amod Ukraine/conj')")
INFINITIVE_CONTROLLER = rules.register(
    "misparse.infinitive_controller", "'Turkey agreed to back/advmod Sweden's bid': an "
    "infinitive cue verb read as a modifier of the noun after it, with no actor right before "
    "its mark, is done by the subject of the verb that governs that noun")
INFINITIVE_MODIFIER = rules.register(
    "parse.infinitive_modifier", "'Russia plans to endorse/amod Ukraine', 'Russia will "
    "back/compound Ukraine': a verb cue after an infinitive 'to' or a modal that the parse made a "
    "modifier of the name after it is the subject's act on that name")
MISREAD_INFINITIVE = rules.register(
    "misparse.infinitive_on_noun", "'Japan urged Peru to halt/amod attacks on Ukraine': a noun cue "
    "the parse hangs a misread infinitive verb cue on is that verb's object, and the act it names "
    "is the verb's doer's, not that of the clause's subject")
OBJECT_AS_CLAUSE_SUBJECT = rules.register(
    "parse.object_as_clause_subject", "'menyambut baik keputusan Perancis/nsubj mengakui/ccomp "
    "Palestina': the noun right after an objectless verb cue, parsed as the subject of the "
    "clause after it, is the cue's object (a noun that is no actor: its owner)")
#: labels (their base) a verb heading a clause never has
_NO_VERB = ("nmod", "appos", "flat", "compound", "nummod", "det", "case")


def verb_under_subject(reader: SentenceReader, p: Parse | None, cue: Cue, head: int,
                       place_ok: bool) -> tuple[Side | None, Side | None] | None:
    """(subject, object) of a verb cue the parse hung on the actor named right before it as a
    noun's modifier ("Jepang mengecam/nmod:poss Korea Utara/appos"), else None."""
    if p is None or cue.pattern.frame != "active" or not rules.on(VERB_UNDER_SUBJECT):
        return None
    if p.deps[head].split(":")[0] not in _NO_VERB and not (
            p.deps[head] == "list" and rules.on(LIST_VERB)):
        return None
    owner = p.heads[head]
    if owner >= cue.end and not (reader.lang.is_participle(reader.words[head])
                                 or reader.lang.is_gerund(reader.words[head])):
        # "Rusia dan China mengecam/nummod Israel/appos-of-Rusia": the noun after is the object
        noun, owner = owner, p.heads[owner]
        doer, target = side_at(reader, p, owner), side_at(reader, p, noun, place_ok, patient=True)
        if doer is None or not doer.mentions or doer.mentions[-1].end != cue.start:
            doer = None  # "Usai Bertemu Putin, Trump/nsubj Kecam/det Ukraina": its own subject
        if target is not None and doer is not None and set(target.actors) <= set(doer.actors):
            target = None
        return (doer, target) if doer is not None or target is not None else None
    if owner >= cue.start:
        return None
    doer = side_at(reader, p, owner)
    if doer is None or not doer.mentions or doer.mentions[-1].end != cue.start:
        return None
    target = objects_of(reader, p, head, place_ok)
    if target is None:
        for c in p.kids(owner, *_NO_VERB, "obj"):
            if c >= cue.end and (target := side_at(reader, p, c, place_ok, patient=True)):
                break
        if target is None and rules.on(UNDER_SUBJECT_OWNER):
            # "Jepang mengecam/nmod:poss uji/nmod:tmod coba rudal Korea Utara": the noun right
            # after the verb names no actor; its owner is the target
            after = [c for c in p.kids(owner, *_NO_VERB, "obj") if c == cue.end]
            target = possessor_of(reader, p, after[0], False) if after else None
    if target is not None and set(target.actors) <= set(doer.actors):
        target = None
    return doer, target


def modifier_verb(reader: SentenceReader, p: Parse | None, cue: Cue,
                  place_ok: bool) -> tuple[Side, Side | None] | None:
    """(subject, object) of a verb cue the parse read as an adjective of the noun after it
    ("lifted/amod sanctions", "praised/amod … Jinping") when an actor ends right before the cue,
    or before a time phrase that ends there ("Japan on Friday lifted …"): an English lead
    sentence's shape that web-text treebanks hardly have. A determiner or possessive before the
    cue ("Syria's promised withdrawal") leaves it an adjective. The object is the noun after a
    past form; a present form's noun is ``misparsed_object``'s, and a noun inside the cue's own
    pattern ("lifted … sanctions") leaves the object to the usual search."""
    first = cue.start
    if p is None or cue.pattern.frame != "active" or not rules.on(MODIFIER_VERB_SUBJECT):
        return None
    words, lang = reader.words, reader.lang
    # "plans to endorse/amod Ukraine", "will back/compound Ukraine": after an infinitive mark or
    # a modal the word is a verb whatever the parse made of it
    before = first - 1
    while before > 0 and words[before] in lang.negators:
        before -= 1  # "must not back"
    infinitive = (rules.on(INFINITIVE_MODIFIER) and before >= 0
                  and (words[before] in lang.skip_before_cue or words[before] in lang.planned_ends))
    verbal_misread = p.deps[first] == "amod" or (
        infinitive and p.deps[first] in ("compound", "advmod"))
    if not verbal_misread or p.heads[first] <= first:
        return None
    start, noun = cue.start, p.heads[first]
    skip = lang.time_words | (lang.skip_before_cue if rules.on(MODIFIER_VERB_AUX)
                              else frozenset())
    if infinitive:
        skip = skip | lang.planned_words | lang.negators
    while start > 0 and cue.start - start < 4 and words[start - 1] in skip:
        start -= 1
    mention = next((m for m in reader.mentions if m.end == start), None)
    if any(w in (",", ";", ":") for w in words[cue.start : noun]):
        return None
    if mention is None:
        # "Russia, which is a member of the group, advised/amod Ukraine"
        doer = interrupted_subject(reader, p, cue.start)
        governor = p.heads[noun]
        # not after a noun ("the Australian move/obj to expel/amod Japan": the plan's owner's)
        after_verb = before >= 1 and p.deps[before - 1].split(":")[0] not in (
            "obj", "iobj", "nsubj", "obl", "nmod", "compound") and (
            words[before - 1] not in lang.plan_nouns)
        if doer is None and infinitive and after_verb and governor != noun and rules.on(
                INFINITIVE_CONTROLLER):
            # "Turkey agreed to back/advmod Sweden's bid/obl-of-agreed": the governing verb's
            # subject does the infinitive
            doer = subject_of(reader, p, governor)
            doer = None if doer is NOBODY else doer
        if doer is None:
            return None
    else:
        doer = side_at(reader, p, mention.end - 1)
    if doer is not None and rules.on(MODIFIER_VERB_AUX):
        # "Russia/ROOT ambushed/amod Ukraine/conj-of-Russia": no doer's conjunct follows the verb
        kept = [m for m in doer.mentions if m.end <= cue.start]
        doer = reader.side(kept, doer.distance, doer.how) if kept else None
    if doer is None or noun < cue.end or not (infinitive or lang.is_participle(words[first])):
        # a present-tense verb's noun is found by ``misparsed_object`` (MODIFIER_VERB_OBJECT),
        # which leaves a past form alone ("Syria's promised withdrawal") unless this subject
        # shows it is a verb
        return None if doer is None else (doer, None)
    target = side_at(reader, p, noun, place_ok, patient=True) or possessor_of(reader, p, noun,
                                                                              False)
    if target is not None and set(target.actors) <= set(doer.actors):
        target = None
    return doer, target


def infinitive_noun_doer(reader: SentenceReader, p: Parse, noun: int) -> Side | None:
    """The doer of the infinitive verb cue the parse read as a modifier of the noun at ``noun``
    ("urged Peru to halt/amod attacks"), which is that verb's object: the verb's subject as
    :func:`modifier_verb` finds it, :data:`NOBODY` when it finds none; None when no such verb
    hangs on the noun."""
    if not rules.on(MISREAD_INFINITIVE):
        return None
    words, lang = reader.words, reader.lang
    for cue in reader.cues:
        if (cue.pattern.frame == "active" and 0 < cue.start < noun and p.heads[cue.start] == noun
                and words[cue.start - 1] in lang.planned_ends):
            found = modifier_verb(reader, p, cue, False)
            return found[0] if found is not None else NOBODY
    return None


def participle_modifier(reader: SentenceReader, p: Parse | None, cue: Cue,
                        place_ok: bool) -> tuple[Side, Side | None] | None:
    """ "Chilean-backed rebels": a one-word participle cue the parse makes a modifier of the noun
    after it, with an actor hung on the participle before it: that actor acts on the noun."""
    i = cue.start
    if (p is None or not rules.on(PARTICIPLE_MODIFIER)
            or cue.end - i != 1 or p.deps[i] != "amod" or p.heads[i] < i
            or not reader.lang.is_participle(reader.words[i])):
        return None
    doer = next((side for c in p.children[i] if c < i
                 and (side := side_at(reader, p, c)) is not None), None)
    if doer is None:
        return None
    return doer, side_at(reader, p, p.heads[i], place_ok, patient=True)


def misparsed_object(reader: SentenceReader, p: Parse, cue: Cue, head: int,
                     allow_place: bool) -> Side | None:
    """The object of a verb cue the parse gave none because it misread the cue: as a modifier
    of the noun after it ("Chile welcomes/amod Peru's offer": the noun, or its owner); a name in
    the cue's gap hung on a word of the cue ("offer Chile/nsubj help"); a name right after the
    cue stranded under a label no object has; or with its object as the subject of the verb
    reporting it ("Chile met Peru's President Ana Gil/nsubj, the ministry said": a subject
    right after the cue and before a comma)."""
    if cue.pattern.frame == "noun":
        return None
    words, noun, lang = reader.words, p.heads[head], reader.lang
    if (p.deps[head] == "amod" and noun > head and rules.on(MODIFIER_VERB_OBJECT)
            # "Syria's promised withdrawal", "a growing threat": a participle is an adjective
            and not (lang.is_participle(words[head]) or lang.is_gerund(words[head]))
            and not any(w in (",", ";", ":") for w in words[head:noun])):
        return side_at(reader, p, noun, allow_place, patient=True) or possessor_of(
            reader, p, noun, False)
    if rules.on(GAP_OBJECT):
        # "offer Chile/nsubj help": the name in the cue's gap, hung on a word of the cue
        inside = range(cue.start, cue.end)
        for m in reader.mentions:
            if cue.start < m.start and m.end < cue.end and (
                not m.locative or allow_place
            ) and any(p.heads[k] in inside for k in range(m.start, m.end)):
                return reader.side([m], 0)
    if rules.on(STRANDED_OBJECT):
        found = _stranded_object(reader, p, cue, allow_place)
        if found is not None:
            return found
    if rules.on(OBJECT_AS_CLAUSE_SUBJECT):
        # "menyambut baik keputusan/nsubj Perancis mengakui/ccomp …": the noun right after the
        # cue, read as the subject of the clause after it, is the cue's object
        for c in p.kids(head, "ccomp", "advcl", "xcomp"):
            for s in p.kids(c, "nsubj"):
                if s == cue.end and s < c:
                    found = side_at(reader, p, s, allow_place, patient=True) or possessor_of(
                        reader, p, s, False)
                    if found is not None:
                        return found
    if p.deps[head] != "ccomp" or not rules.on(SUBJECT_AFTER_OBJECTLESS):
        return None
    for s in p.kids(noun, "nsubj"):
        if cue.end <= s < noun and "," not in words[cue.end : s] and "," in words[s:noun]:
            found = side_at(reader, p, s, allow_place, patient=True)
            if found is not None:
                return found
    return None


def _stranded_object(reader: SentenceReader, p: Parse, cue: Cue,
                     allow_place: bool) -> Side | None:
    """The actor named right after the verb cue when the parse hung its phrase elsewhere under
    a label no object has ("to isolate Mr Milei/conj"), else None."""
    m = next((m for m in reader.mentions if m.start == cue.end), None)
    if m is None or (m.locative and not allow_place):
        return None
    top = next((k for k in range(m.start, m.end) if not m.start <= p.heads[k] < m.end), m.start)
    # on the cue, or on a name before it: a name's parts are never split by a verb
    appos = (p.deps[top] in ("appos", "flat", "ccomp") and p.heads[top] < cue.end
             and rules.on(APPOS_OBJECT))
    if (p.deps[top] not in _STRANDED and not appos) or p.heads[top] == top:
        return None
    return reader.side([m], 0)


def parsed_body(reader: SentenceReader, p: Parse, cue: Cue,
                head: int) -> tuple[Side | None, Side | None]:
    """The body the agent cue's noun names ("pemantau sanksi PBB": PBB) and, when the noun is
    the subject of a verb, the first actor after the cue, other than the body and no place,
    inside that verb's clause ("… mengatakan bahwa … Korea Utara …")."""
    if not rules.on(PARSED_AGENT_BODY):
        return None, None
    body = side_at(reader, p, head)
    verb = p.heads[head]
    if body is None or not p.deps[head].startswith("nsubj") or verb == head:
        return None, None

    for m in reader.mentions:
        if m.start >= cue.end and m.actor not in body.actors and not m.locative and p.under(
            m.start, verb
        ):
            return body, reader.side([m], m.start - cue.end)
    return body, None
