"""Whether the parse reads a verb cue as a noun: "air strikes on Hezbollah targets", "had a
meeting with", "dalam perang melawan Peru" (the ``active`` frame then hands it to the ``noun``
frame, or takes its subject from the verb it hangs on).

>>> from geopolgraph.loaders.extract import extract_triples
>>> from geopolgraph.model import Article
>>> [(t.source, t.relation, t.target) for t in extract_triples(Article(
...     id="a", text="Israel carried out air strikes on Hezbollah targets.", lang="en"))]
[('ISR', 'ATTACKS', 'group:hezbollah')]
"""

from __future__ import annotations

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.frames import Frame, cue_head

__all__ = ["cased", "nominal"]

NOMINAL_CUE = rules.register("active.nominal_cue", "'strikes on Hezbollah targets', 'had a "
                             "meeting with': a verb cue the parse gives a preposition or "
                             "determiner is read as a noun")
NOMINAL_PATTERN = rules.register("active.nominal_pattern", "'announced the deployment of troops "
                                 "to Liberia', 'the US-led attack on Iraq': a verb cue closed by "
                                 "its preposition, with a determiner or possessor, is a noun")
CASED_CUE = rules.register(
    "parse.cased_cue", "'Chile memakai rudal dalam perang melawan Peru': a cue the parse opens "
    "with a preposition is a noun; the verb it hangs on gives its subject")
COMPOUND_CUE = rules.register(
    "frame.compound_cue", "'The EU agreed a new sanctions/compound package against Russia': a "
    "one-word English verb cue the parse makes a compound of the object of a verb of approval "
    "(grammar approving_verbs) is a noun")


def nominal(f: Frame) -> bool:
    """Whether the parse reads a one-word verb cue as a noun: a preposition, determiner or
    possessor hangs on it ("air strikes on Hezbollah targets": "targets" is no verb; "Putin's
    China visit"), which no verb has."""
    p = f.reader.parse
    if p is None or not rules.on(NOMINAL_CUE):
        return False
    i = cue_head(p, f.cue.start, f.cue.head_end)
    if f.cue.end - f.cue.start != 1:
        # "the deployment of troops", "America's condemnation of Syria": a cue closed by its
        # preposition whose head has a determiner or possessor (no verb has either)
        return (rules.on(NOMINAL_PATTERN) and i == f.cue.start
                and all(p.deps[k] == "case" for k in range(i + 1, f.cue.end))
                and bool(p.kids(i, "det", "nmod:poss")))
    # "wants to/case isolate": the purpose word right before the verb is its infinitive marker,
    # whatever the parse labels it
    if any(not (k == i - 1 and f.words[k] in f.reader.lang.purpose)
           for k in p.kids(i, "case", "det", "nmod:poss")):
        return True
    # "received support from Japan": a word that is verb and noun alike, as the object of a
    # verb with no subject or object of its own
    head = p.heads[i]
    if (f.reader.lang.verbs_double_as_nouns and p.deps[i] == "compound" and head > i
            and p.deps[head] == "obj" and f.reader.approves(p.heads[head])
            and rules.on(COMPOUND_CUE)):
        return True  # "agreed a new sanctions/compound package": a verb is nobody's compound
    return (f.reader.lang.verbs_double_as_nouns and p.deps[i] in ("obj", "nsubj", "nsubj:pass")
            and not p.kids(i, "nsubj", "obj", "aux", "mark"))


def cased(f: Frame) -> bool:
    """Whether the parse opens the cue's head with a preposition of setting ("dalam perang
    melawan", "in the war against"); not a target preposition ("called for talks": what the
    verb asks for, which may have a doer of its own) or the purpose word right before a verb
    ("sought to/case isolate")."""
    p = f.reader.parse
    if p is None or not rules.on(CASED_CUE):
        return False
    lang = f.reader.lang
    head = cue_head(p, f.cue.start, f.cue.head_end)
    return any(f.words[k] not in lang.target_preps and f.words[k] not in lang.purpose
               for k in p.kids(head, "case"))
