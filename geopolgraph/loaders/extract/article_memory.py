"""What a sentence leaves for the references of the sentences after it.

:func:`remember` keeps, in the article's :class:`~geopolgraph.loaders.mentions.Memory`, the last
actor of each kind ("negara tersebut"), the last person named ("dia", "he"), the doers of each
relation ("hal tersebut"), and the last pair ("kedua negara", "both sides"), which
:mod:`.references` reads back.

>>> from geopolgraph.model import Article
>>> from geopolgraph.loaders.extract import extract_triples
>>> text = "Thailand dan Kamboja bertempur di perbatasan. Kedua negara sepakat berunding."
>>> second = [t for t in extract_triples(Article(id="a", text=text, lang="id")) if t.sentence]
>>> sorted({(t.source, t.relation, t.target) for t in second})[:2]
[('KHM', 'AGREES', 'THA'), ('KHM', 'CONSULTS', 'THA')]
"""

from __future__ import annotations

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.lang import Language
from geopolgraph.loaders.lexicons import HOSTED_VISIT, Lexicon
from geopolgraph.loaders.mentions import Memory, Mention
from geopolgraph.model import Triple

__all__ = ["BODY_KIND", "FIRST_PAIR", "HOSTED_PAIR", "PRONOUN_CHAIN", "THIRD_PARTY",
           "TITLED_PERSON", "remember"]

_NOT_ACTORS = frozenset({"media", "place"})

TITLED_PERSON = rules.register(
    "ref.titled_person", "'China's foreign minister arrived in Tokyo. He warned Japan …': a "
    "person's title with the actor it acts for (titles.jsonl) is the last person named, whom "
    "'he'/'dia' may stand for, though no name is given")

FIRST_PAIR = rules.register(
    "ref.first_pair", "'Thailand menuduh Kamboja …. Malaysia meminta kedua negara menahan "
    "diri': until two parties have talked, met, agreed or fought, the two of the article's first "
    "one-way act are the sides 'kedua negara', 'both sides' (grammar dual_sides; not 'the two "
    "leaders') stand for")

THIRD_PARTY = rules.register(
    "ref.third_party", "'Anwar mengatakan dia telah menelepon pemimpin kedua negara. … kedua "
    "pihak': one who talked with both members of the last pair is a third party; the pair stays "
    "the one 'kedua pihak', 'both sides' stand for")

COORDINATED_PAIR = rules.register(
    "ref.coordinated_pair", "'South Korea and Australia sent rescue teams to Turkey. Erdogan "
    "thanked both countries': two actors doing one act that is no mutual one (relations.tsv "
    "reciprocal) to the same third party, or one doing it to two, are the pair 'kedua negara', "
    "'both countries' stand for, not the last of them with the third")

BODY_KIND = rules.register(
    "ref.body_kind", "'NATO leaders met in Vilnius. The alliance warned Russia', 'Pemerintah "
    "China …. Negara itu …': a body of an actor (its leaders, government, army) names that "
    "actor for the anaphors of its kind ('the alliance', 'negara itu')")

HOSTED_PAIR = rules.register(
    "ref.hosted_pair", "'Sugiono menerima kunjungan Menlu Jepang …. Dalam pertemuan itu, keduanya "
    "membahas …': a visit received (CAMEO 043, host a visit) brings host and guest together; "
    "they are the pair 'keduanya', 'both sides' stand for, as after a meeting")

VISIT_PAIR = rules.register(
    "ref.visit_pair", "'Modi arrived in Moscow on Monday. The two leaders held talks': a visit "
    "brings the visitor and the visited together, as a visit received does (ref.hosted_pair): "
    "before any two have talked, they are the pair 'the two leaders', 'kedua pemimpin', 'both "
    "sides' stand for")

PRONOUN_CHAIN = rules.register(
    "ref.pronoun_chain", "'Lavrov arrived in Pyongyang. He met Kim Jong Un. He also criticised "
    "the US': a subject pronoun (grammar subject_pronouns) before any person named in the "
    "sentence continues the person it stands for, who stays the article's last person; the "
    "person it meets does not take over")


def remember(memory: Memory, mentions: list[Mention], emitted: list[Triple], lex: Lexicon,
             lang: Language | None = None, words: list[str] | None = None) -> None:
    """Keep what the sentence said for the references of later sentences (``lang`` and the
    sentence's lower-case ``words``: a person's title counts as a person named)."""
    for m in mentions:
        if m.actor and m.kind not in _NOT_ACTORS:
            # "negara tersebut", "the group": the last of each kind, places included
            kind = _kind(m, lex)
            recent = tuple(a for a in memory.last_of_kind.get(kind, ()) if a != m.actor)
            memory.last_of_kind[kind] = (*recent[-3:], m.actor)
    agents = [m for m in mentions if m.kind not in _NOT_ACTORS and m.actor and not m.locative]
    persons = [m for m in agents if m.person or (
        lang is not None and words is not None and rules.on(TITLED_PERSON)
        and lang.is_person(m, words))]
    continued = _pronoun_person(memory, persons, lang, words)
    if continued:
        memory.last_person = continued
    elif persons:
        memory.last_person = persons[0].actor  # the subject comes first in news sentences
    asserted = [t for t in emitted if not t.negated]
    by_relation: dict[str, list[str]] = {}
    for t in asserted:
        by_relation.setdefault(t.relation, []).append(t.source)
    for relation, sources in by_relation.items():
        memory.doers[relation] = tuple(dict.fromkeys(sources))
    if asserted:
        # the main clause's cue comes first: "AS menuduh Rusia …" then "hal tersebut" is the US
        first = asserted[0]
        memory.last_sources = tuple(
            dict.fromkeys(t.source for t in asserted if t.relation == first.relation)
        )
        memory.last_doers = memory.last_sources
        memory.act_doers = tuple(dict.fromkeys(
            tuple(dict.fromkeys(t.source for t in asserted if t.relation == r))
            for r in dict.fromkeys(t.relation for t in asserted)))
        last = asserted[-1]
        pair = tuple(dict.fromkeys([last.source, last.target]))
        # "kedua pemimpin", "both sides": the last two parties who talked, met, agreed,
        # fought or traded arms (the relation's ``dialogue`` property)
        mutual = [t for t in asserted if lex.props(t.relation).dialogue or (
            t.cameo == HOSTED_VISIT and rules.on(HOSTED_PAIR))]
        visits = [t for t in asserted if t.relation == "VISITS" and rules.on(VISIT_PAIR)]
        current = memory.last_dialogue if len(memory.last_dialogue) == 2 else memory.first_pair
        third = mutual and rules.on(THIRD_PARTY) and len(current) == 2 and set(current) <= {
            t.target for t in mutual if t.source == mutual[-1].source}
        if third:  # "… telah menelepon pemimpin kedua negara": the pair stays
            memory.last_dialogue = current
        elif mutual:
            memory.last_dialogue = _coordinated_pair(mutual, lex) or tuple(
                dict.fromkeys([mutual[-1].source, mutual[-1].target]))
        elif visits and len(memory.last_dialogue) != 2:
            # "Modi arrived in Moscow. The two leaders …": before any pair has talked
            memory.last_dialogue = (visits[-1].source, visits[-1].target)
        elif not memory.first_pair and len(pair) == 2 and rules.on(FIRST_PAIR):
            # "Thailand Tuding Kamboja …. Malaysia meminta kedua negara …": the two sides
            # before any two parties have talked or fought (references._dual_pair)
            memory.first_pair = pair
        memory.last_group = pair
    elif agents:
        actors = tuple(dict.fromkeys(m.actor for m in agents))
        # "Korea Utara menembakkan rudal balistik.": an act without target; its doer is the
        # sentence's first actor (news puts the subject first)
        memory.last_doers = actors[:1]
        memory.act_doers = (actors[:1],)
        memory.last_group = actors[:2] if len(actors) >= 2 else actors
        if len(actors) == 2:
            # "Thailand dan Kamboja bertempur …. Kedua negara …": the two named
            memory.last_dialogue = actors


def _coordinated_pair(mutual: list[Triple], lex: Lexicon) -> tuple[str, ...]:
    """The two actors who did the sentence's last act of a pair (not a mutual one: relations.tsv
    ``reciprocal``) to one same third party ("South Korea and Australia sent rescue teams to
    Turkey"), or the two it was done to by one; () when the act is not so shared.

    >>> from geopolgraph.loaders.lexicons import load_lexicon
    >>> from geopolgraph.model import Triple
    >>> sent = [Triple(source=s, relation="SUPPLIES", target="TUR") for s in ("KOR", "AUS")]
    >>> _coordinated_pair(sent, load_lexicon())
    ('KOR', 'AUS')
    """
    last = mutual[-1]
    if not rules.on(COORDINATED_PAIR) or lex.props(last.relation).reciprocal:
        return ()
    same = [t for t in mutual if t.relation == last.relation and t.cameo == last.cameo]
    sources = tuple(dict.fromkeys(t.source for t in same))
    targets = tuple(dict.fromkeys(t.target for t in same))
    if len(sources) == 2 and len(targets) == 1 and targets[0] not in sources:
        return sources
    if len(targets) == 2 and len(sources) == 1 and sources[0] not in targets:
        return targets
    return ()


def _pronoun_person(memory: Memory, persons: list[Mention], lang: Language | None,
                    words: list[str] | None) -> str:
    """The person a subject pronoun stood for when it comes before every person the sentence
    names ("He met Kim Jong Un": the one "he" was, as :mod:`.references` resolves it); ""
    otherwise."""
    if lang is None or words is None or not rules.on(PRONOUN_CHAIN):
        return ""
    first = next((i for i, w in enumerate(words) if w in lang.subject_pronouns), None)
    if first is None or (persons and persons[0].start < first):
        return ""
    return memory.last_speaker if memory.speaker_recent else memory.last_person


def _kind(mention: Mention, lex: Lexicon) -> str:
    """The kind of actor ``mention`` stands for: a body ("NATO leaders", "Pemerintah China",
    "duta besar Jepang") is of its actor's kind."""
    if mention.kind != "body" or not rules.on(BODY_KIND) or mention.actor not in lex.actors:
        return mention.kind
    return lex.actors[mention.actor].kind
