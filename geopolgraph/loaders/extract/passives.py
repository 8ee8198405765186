"""A passive verb's agent that the parse made the subject of the clause under the verb.

Indonesian names the agent right after a di- verb, bare or with "oleh", and then what the
passive's subject is said to have done: "Iran dituding Israel mendukung Hizbullah" (Iran is
accused by Israel of backing Hezbollah). The parser often reads the agent as the subject of that
clause ("Israel/nsubj mendukung/ccomp"), which makes the accuser the doer of the alleged act and
leaves the accusation without an accuser. Here the agent goes back to the passive verb and the
clause to the passive's subject.

>>> from geopolgraph.model import Article
>>> from geopolgraph.loaders.extract import extract_triples
>>> text = "Iran dituding Israel mendukung Hizbullah."
>>> facts = {(t.source, t.relation, t.target)
...          for t in extract_triples(Article(id="a", text=text, lang="id"))}
>>> ("ISR", "ACCUSES", "IRN") in facts, ("ISR", "SUPPORTS", "group:hezbollah") in facts
(True, False)
"""

from __future__ import annotations

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.parse import Parse
from geopolgraph.loaders.extract.reader import SentenceReader

__all__ = [
    "AGENT_IN_CLAUSE",
    "SUBJECT_CONTROLS",
    "agent_clause_doer",
    "clause_agent",
    "headline_passive",
    "object_gap",
    "own_oblique",
    "passive_subjects",
]

AGENT_IN_CLAUSE = rules.register(
    "passive.agent_in_clause", "'Iran dituding (oleh) Israel mendukung Hizbullah' parsed with "
    "the agent as the subject of the clause under the passive verb: it is the passive's agent, "
    "and the clause is done by the passive's subject")
SUBJECT_CONTROLS = rules.register(
    "passive.subject_controls", "'Rusia dituduh oleh AS memasok senjata', 'Korea Utara dituduh "
    "Korea Selatan/obj meluncurkan/xcomp rudal': the verb after a passive verb and its agent is "
    "done by the passive's subject, not by the agent")
OWN_OBLIQUE_ACTIVE = rules.register(
    "parse.own_oblique_active", "'Malaysia's prime minister/nsubj:pass called on Israel': a verb "
    "cue whose own preposition opens an oblique after it has its object there, so a passive "
    "subject with no passive auxiliary is its active subject (as with an obj: "
    "parse.passive_without_aux)")
OBJECT_GAP = rules.register(
    "syntax.object_gap", "'sanctions on three Chinese companies it accused of helping Iran': a "
    "relative clause with a subject of its own and no object or relative pronoun is active "
    "(no headline passive) and on its object, the noun it qualifies")
HEADLINE_PASSIVE = rules.register(
    "passive.headline_participle", "'Russia accused of bombing Ukraine', 'Iran blamed for "
    "attack on Saudi oil facilities': a participle whose active use needs its object before "
    "'of'/'for'/'from' (grammar object_first_participles), right before that word and with no "
    "auxiliary, is a headline's passive: its subject is the accused, and no accuser is named")
#: the labels of a clause a passive verb of saying or accusing governs
_CLAUSES = ("ccomp", "xcomp", "advcl")


def passive_subjects(reader: SentenceReader, p: Parse, verb: int) -> list[int]:
    """The subjects before ``verb`` when it is a passive verb (a ``nsubj:pass``, an
    ``aux:pass``, or an Indonesian di- verb), else []."""
    subjects = [s for s in p.kids(verb, "nsubj") if s < verb]
    passive = (bool(p.kids(verb, "aux:pass"))
               or any(p.deps[s] == "nsubj:pass" for s in subjects)
               or (reader.lang.bare_passive_agent
                   and reader.lang.is_passive_verb(reader.words[verb])))
    return subjects if passive else []


def passive_relative(reader: SentenceReader, p: Parse, clause: int) -> bool:
    """Whether the relative clause headed at ``clause`` is passive: a ``nsubj:pass`` or an
    ``aux:pass``, an Indonesian di- verb ("yang dilontarkan"), or a participle with no subject
    or auxiliary of its own ("the sanctions imposed by the US"); not "a fight that left …"."""
    word = reader.words[clause]
    if p.kids(clause, "aux:pass") or any(p.deps[s] == "nsubj:pass"
                                         for s in p.kids(clause, "nsubj")):
        return True
    if reader.lang.bare_passive_agent and reader.lang.is_passive_verb(word):
        return True
    return not p.kids(clause, "nsubj", "aux") and reader.lang.is_participle(word)


def clause_agent(reader: SentenceReader, p: Parse, clause: int, s: int) -> bool:
    """Whether ``s``, the subject of ``clause``, is the agent of the passive verb governing the
    clause: it stands right after that verb (bare, where the language allows a bare agent, or
    after "oleh"/"by"), and the verb has a subject of its own before it."""
    verb = p.heads[clause]
    if (not rules.on(AGENT_IN_CLAUSE) or verb == clause or p.deps[clause] not in _CLAUSES
            or not verb < s < clause or not passive_subjects(reader, p, verb)):
        return False
    first = min(k for k in range(verb + 1, s + 1) if p.under(k, s))
    between = reader.words[verb + 1 : first]
    if not between:
        return reader.lang.bare_passive_agent
    return len(between) == 1 and between[0] in reader.lang.passive_agent


def agent_clause_doer(reader: SentenceReader, p: Parse, clause: int) -> int | None:
    """The subject of the passive verb whose agent the parse gave ``clause`` as a reduced
    relative clause ("Iran dituding oleh Israel/obl mendukung/acl Hizbullah": Iran backs
    Hezbollah), else None. A clause opened by a relative pronoun ("Israel, yang …") is one."""
    agent = p.heads[clause]
    verb = p.heads[agent]
    if (not rules.on(SUBJECT_CONTROLS) or not p.deps[clause].startswith("acl")
            or p.deps[clause] == "acl:relcl" or agent == verb or not verb < agent < clause
            or any(reader.words[k] in reader.lang.relative for k in range(agent + 1, clause))):
        return None
    cases = [reader.words[k] for k in p.kids(agent, "case")]
    if not (p.deps[agent] == "obl:agent" or any(w in reader.lang.passive_agent for w in cases)
            or (reader.lang.bare_passive_agent and agent == verb + 1)):
        return None
    return next(iter(passive_subjects(reader, p, verb)), None)


def headline_passive(reader: SentenceReader, p: Parse, verb: int) -> bool:
    """Whether ``verb`` is a headline's passive without its auxiliary ("Russia accused of
    bombing …"): a participle that needs its object before the mark it stands right before.

    >>> from geopolgraph.loaders.lexicons import load_lexicon
    >>> from geopolgraph.loaders.mentions import Memory
    >>> from geopolgraph.loaders.text import tokenize
    >>> from geopolgraph.loaders.extract.lang import language
    >>> toks = tokenize("Russia accused of bombing Ukraine")
    >>> reader = SentenceReader(toks, [], language(load_lexicon(), "en"), Memory(), "")
    >>> p = Parse.of((1, 1, 4, 4, 1), ("nsubj", "ROOT", "case", "compound", "obl"))
    >>> headline_passive(reader, p, 1), headline_passive(reader, p, 3)
    (True, False)
    """
    words, lang = reader.words, reader.lang
    return (rules.on(HEADLINE_PASSIVE) and words[verb] in lang.object_first_participles
            and verb + 1 < len(words) and words[verb + 1] in lang.object_control_marks
            and not p.kids(verb, "obj", "aux") and not object_gap(reader, p, verb))


def object_gap(reader: SentenceReader, p: Parse, verb: int) -> bool:
    """Whether ``verb`` heads a relative clause with a subject of its own and no relative
    pronoun ("companies it accused/acl:relcl of …"): active, and on its object."""
    return (p.deps[verb] == "acl:relcl" and verb > p.heads[verb] and rules.on(OBJECT_GAP)
            and any(reader.words[s] not in reader.lang.relative for s in p.kids(verb, "nsubj")))


def own_oblique(reader: SentenceReader, p: Parse, h: int) -> bool:
    """Whether a verb cue starting at ``h`` has an oblique after it opened by the cue's own
    preposition ("called on/case Israel"): its object, as an ``obj`` would be. Not for a
    clause on a noun ("a national accused/acl of plotting …") nor a participle whose active
    object comes before that preposition ("accused of", ``object_first_participles``): both
    are passives without an auxiliary."""
    if not rules.on(OWN_OBLIQUE_ACTIVE) or p.deps[h].startswith("acl") or (
            reader.words[h] in reader.lang.object_first_participles):
        return False
    cues = reader.verb_cues_at(h)
    return any(cue.start <= k < cue.end for c in p.kids(h, "obl")
               if c > h and p.deps[c] != "obl:agent" for k in p.kids(c, "case") for cue in cues)
