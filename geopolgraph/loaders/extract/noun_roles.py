"""Parties of a noun cue that the parse puts outside its noun phrase: the from-phrase of the
receiving verb that governs it ("China faced sanctions from the EU"), a name compounded on it
after its possessor ("Putin's China visit"), and the subject of the passive verb whose agent it
is ("Iran was hit by US sanctions")."""

from __future__ import annotations

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.frames import Frame, cue_head
from geopolgraph.loaders.extract.objects import phrase_opened_by
from geopolgraph.loaders.extract.parse import Parse
from geopolgraph.loaders.extract.passives import passive_subjects
from geopolgraph.loaders.extract.phrases import mention_index
from geopolgraph.loaders.extract.reader import SentenceReader, Side
from geopolgraph.loaders.extract.syntax import side_at

__all__ = ["agent_act", "agent_patient", "owned_compound", "received_from"]

AGENT_ACT = rules.register(
    "noun.agent_act", "'Iran was hit by new US sanctions': a passive cue verb whose agent is a "
    "noun cue of another relation gives nothing; the noun's owner does the noun's act to the "
    "verb's subject")
OWNED_COMPOUND = rules.register(
    "noun.owned_compound", "'Putin's China visit', 'Russia's Ukraine invasion': a name the parse "
    "hangs as a compound on an English noun cue after the noun's possessor is whom the act is "
    "aimed at, not its doer")
ANSWERED_FROM = rules.register(
    "noun.answered_from", "'Japan rejected criticism from China': the from-phrase the parse "
    "hangs on the verb answering a said act (noun.answered_claim) names who said it")
RECEIVED_FROM = rules.register(
    "noun.received_from", "'China faced sanctions from the EU': the from-phrase the parse hangs on "
    "the receiving verb names the owner of the noun cue it governs")


def received_from(f: Frame, p: Parse, governed: int) -> Side | None:
    """The from-phrase of the receiving verb that governs the noun cue, hung on the verb by
    the parse ("China faces new sanctions/obj from/case the EU/obl-of-faces"): whom the noun's
    act comes from.

    >>> from geopolgraph.loaders.extract import extract_triples, rules
    >>> from geopolgraph.model import Article
    >>> text = "China faces new sanctions from the EU."
    >>> def facts():
    ...     return [(t.source, t.relation, t.target)
    ...             for t in extract_triples(Article(id="x", text=text, lang="en"))]
    >>> facts()
    [('EU', 'SANCTIONS', 'CHN')]
    >>> with rules.disabled(RECEIVED_FROM):
    ...     facts()
    [('CHN', 'SANCTIONS', 'EU')]
    """
    verb = p.heads[governed]
    lang = f.reader.lang
    if verb == governed or not rules.on(RECEIVED_FROM) or not (
            f.words[verb] in lang.receiving_verbs
            or (verb == f.answer and rules.on(ANSWERED_FROM))):  # "rejected criticism from X"
        return None
    return phrase_opened_by(f.reader, p, [c for c in p.kids(verb, "obl") if c >= f.cue.end],
                            lang.source_preps)


def owned_compound(f: Frame, named: Side) -> tuple[Side, Side] | None:
    """(possessor, ``named``) when ``named`` is a compound of the cue with a possessor before
    it ("Putin's China/compound visit"): the possessor is the doer, the compound whom the act
    is aimed at.

    >>> from geopolgraph.loaders.extract import extract_triples, rules
    >>> from geopolgraph.model import Article
    >>> text = "Putin's China visit ended on Friday."
    >>> def facts():
    ...     return [(t.source, t.relation, t.target)
    ...             for t in extract_triples(Article(id="x", text=text, lang="en"))]
    >>> facts()
    [('RUS', 'VISITS', 'CHN')]
    >>> with rules.disabled(OWNED_COMPOUND):
    ...     facts()
    []
    """
    p, reader = f.reader.parse, f.reader
    if p is None or not named.mentions or not rules.on(OWNED_COMPOUND):
        return None
    first, last = named.mentions[0].start, named.mentions[-1].end - 1
    head = cue_head(p, f.cue.start, f.cue.head_end)
    if (first < 2 or reader.tokens[first - 1].text not in ("'s", "’s")
            or p.deps[last] != "compound" or p.heads[last] != head):
        return None
    owner = reader.prenominal(first)
    if owner is None or set(owner.actors) & set(named.actors):
        return None
    return owner, named


def _agent(reader: SentenceReader, p: Parse, c: int) -> bool:
    """Whether ``c`` is a passive agent phrase (obl:agent, or opened by "by"/"oleh")."""
    return p.deps[c] == "obl:agent" or (p.deps[c] in ("obl", "nmod") and any(
        reader.words[k] in reader.lang.passive_agent for k in p.kids(c, "case")))


def agent_act(f: Frame) -> bool:
    """Whether the agent of the passive cue verb is a noun cue of another relation ("Iran was
    hit/ATTACKS by new US sanctions/SANCTIONS"): the act is the noun's, not the verb's.

    >>> from geopolgraph.loaders.extract import extract_triples, rules
    >>> from geopolgraph.model import Article
    >>> text = "Iran was hit by new US sanctions."
    >>> def facts():
    ...     return [(t.source, t.relation, t.target)
    ...             for t in extract_triples(Article(id="x", text=text, lang="en"))]
    >>> facts()
    [('USA', 'SANCTIONS', 'IRN')]
    >>> with rules.disabled(AGENT_ACT):
    ...     facts()
    [('USA', 'ATTACKS', 'IRN')]
    """
    reader, p = f.reader, f.reader.parse
    if p is None or not rules.on(AGENT_ACT):
        return False
    head = cue_head(p, f.cue.start, f.cue.head_end)
    named = mention_index(reader)
    return any(o is not f.cue and o.start <= c < o.end
               and o.pattern.relation not in (f.cue.pattern.relation, "NONE")
               for c in p.kids(head, "obl", "obl:agent") if _agent(reader, p, c)
               and c not in named  # "released by Iranian Revolutionary Guards": a name
               for o in reader.cues)


def agent_patient(f: Frame) -> Side | None:
    """The subject of the passive cue verb whose agent the noun cue is ("Iran/nsubj:pass was
    hit by US sanctions/obl:agent"): whom the noun's act is aimed at."""
    reader, p = f.reader, f.reader.parse
    if p is None or not rules.on(AGENT_ACT):
        return None
    head = cue_head(p, f.cue.start, f.cue.head_end)
    if head == p.heads[head] or not _agent(reader, p, head) or not any(
            c.start <= p.heads[head] < c.end for c in reader.cues):
        return None  # "Japan was angered by China's drills": no act of the verb's
    for s in passive_subjects(reader, p, p.heads[head]):
        side = side_at(reader, p, s, patient=True)
        if side is not None:
            return side
    return None
