"""Acts aimed by a clause on their noun: "imposed sanctions targeting American firms", "sanksi
yang menyasar perusahaan AS", "melancarkan serangan drone yang menargetkan Kyiv".

A verb of aiming (grammar ``aiming_verbs``: targeting, aimed, directed; menyasar, menargetkan,
ditujukan) in a clause on the noun of an act says whom the act is aimed at: its object, or its
phrase with a target preposition ("aimed at", "ditujukan kepada"), is the act's target, and the
act keeps its own relation (sanctions stay sanctions, not an attack). The aiming verb says no
act of its own there.

>>> from geopolgraph.model import Article
>>> from geopolgraph.loaders.extract import extract_triples
>>> text = "China imposed sanctions targeting American defence firms."
>>> [(t.source, t.relation, t.target) for t in extract_triples(Article(id="a", text=text,
...  lang="en"))]
[('CHN', 'SANCTIONS', 'USA')]
"""

from __future__ import annotations

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.cues import Cue
from geopolgraph.loaders.extract.objects import objects_of
from geopolgraph.loaders.extract.parse import Parse
from geopolgraph.loaders.extract.reader import SentenceReader, Side

__all__ = ["AIMED_CLAUSE", "aimed_target", "aims_at_act"]

AIMED_CLAUSE = rules.register(
    "frame.aimed_clause", "'imposed sanctions targeting American firms', 'sanksi yang menyasar "
    "perusahaan AS': a clause of a verb of aiming (grammar aiming_verbs) on an act's noun names "
    "the act's target; the aiming verb is no act of its own there")


_NOMINAL = frozenset({"obj", "iobj", "nsubj", "obl", "nmod", "compound"})


def _act_nouns(reader: SentenceReader, p: Parse, cue: Cue) -> list[int]:
    """The words of ``cue`` that name its act as a noun: a noun cue's words, an active cue's
    words after its verb ("imposed … sanctions", "melancarkan serangan")."""
    first = cue.start + 1 if cue.pattern.frame != "noun" else cue.start
    words = list(range(first, cue.end))
    if cue.end - cue.start == 1 and p.deps[cue.start].split(":")[0] in _NOMINAL:
        words = [cue.start]  # "adopted new sanctions/obj": a verb cue the parse reads as a noun
    # "serangan drone yang menargetkan": the parse may hang the clause on the noun's modifier
    return words + [c for k in words for c in p.kids(k, "nmod", "compound") if c >= cue.end]


def _aiming(reader: SentenceReader, p: Parse, verb: int) -> bool:
    """Whether the word at ``verb`` is a verb of aiming in a clause on the noun it hangs on:
    a participle or a relative clause ("targeting", "yang menyasar"), not a clause of content
    with a subject of its own ("allegations that the NSA targeted/acl the BJP")."""
    return (reader.words[verb] in reader.lang.aiming_verbs
            and p.deps[verb].split(":")[0] == "acl" and all(
                reader.words[s] in reader.lang.relative for s in p.kids(verb, "nsubj")))


def _aiming_clauses(reader: SentenceReader, p: Parse, noun: int) -> list[int]:
    return [c for c in p.kids(noun, "acl") if _aiming(reader, p, c)]


def aimed_target(reader: SentenceReader, p: Parse | None, cue: Cue) -> Side | None:
    """The target the clause of an aiming verb on the act noun of ``cue`` names, else None.

    >>> from geopolgraph.model import Article
    >>> from geopolgraph.loaders.extract import extract_triples
    >>> text = "Rusia melancarkan serangan drone yang menargetkan Kyiv."
    >>> [(t.source, t.relation, t.target) for t in extract_triples(Article(id="a", text=text,
    ...  lang="id"))]
    [('RUS', 'ATTACKS', 'UKR')]
    """
    if p is None or not rules.on(AIMED_CLAUSE):
        return None
    for noun in _act_nouns(reader, p, cue):
        for clause in _aiming_clauses(reader, p, noun):
            # "aimed at Russia": "at" marks no place after a verb of aiming
            found = objects_of(reader, p, clause, True)
            if found is not None:
                return found
    return None


def aims_at_act(reader: SentenceReader, p: Parse | None, cue: Cue) -> bool:
    """Whether ``cue`` is a verb of aiming in a clause on another cue's act noun ("sanctions
    targeting/acl …") that names its target: that act takes it, and the verb says nothing of
    its own."""
    if (p is None or cue.end - cue.start != 1 or not rules.on(AIMED_CLAUSE)
            or not _aiming(reader, p, cue.start)):
        return False
    host = p.heads[cue.start]
    # only where the host takes the target from it (a misparsed object stays the verb's)
    return any(other is not cue and host in _act_nouns(reader, p, other)
               for other in reader.cues) and objects_of(reader, p, cue.start, True) is not None
