"""The ``passive`` frame: the agent after "oleh"/"by" (or bare after an Indonesian di- verb) acts
on the subject ("Ukraina diserang oleh Rusia", "Kelompok Houthi yang didukung Iran").

Registered with :func:`~geopolgraph.loaders.extract.frames.frame` when ``frames`` is imported
(it imports this module at its end), as :mod:`.noun_frames` is; the shared helpers are that
module's.

>>> from geopolgraph.loaders.extract.frames import FRAMES
>>> FRAMES["passive"] is _passive
True
"""

from __future__ import annotations

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.frames import RELATIVE_SUBJECT, Frame, Sides, _parsed, frame
from geopolgraph.loaders.extract.parse import Parse
from geopolgraph.loaders.extract.reader import SentenceReader, Side
from geopolgraph.loaders.extract.syntax import NOBODY, agent_of, side_at, subject_of

__all__: list[str] = []

MISATTACHED_PASSIVE = rules.register("passive.misattached", "'Ukraina diserang/nmod pasukan "
                                     "Rusia': a passive the parse hung on a noun before it "
                                     "has that noun as subject")
PASSIVE_COMPLEMENT = rules.register("passive.complement", "'Chile remains threatened by Peru': "
                                    "a passive complement's subject is its governing verb's")
PARSED_GIVER = rules.register(
    "passive.parsed_giver", "'bantuan senjata yang diberikan oleh Kim Jong Un': the giver of aid "
    "named back is the passive's agent in the parse, as well as the actor right after 'oleh'")


@frame("passive", "the agent after oleh/by acts on the subject")
def _passive(f: Frame) -> Sides:
    reader, words, cue = f.reader, f.words, f.cue
    lang = reader.lang
    source: Side | None = _parsed(f, agent_of)
    parsed_agent = source if rules.on(PARSED_GIVER) else None
    if source is not None and not (cue.start > 0 and words[cue.start - 1] in lang.relative):
        return source, _parsed(f, _passive_subject) or f.subject()
    if source is not None:
        target = _parsed(f, _modified_noun)
        if target is not None:
            return source, target  # "Kelompok Houthi yang didukung Iran"
    agent_at = next(
        (k for k in range(cue.head_end, min(cue.head_end + 3, len(words)))
         if words[k] in lang.passive_agent),
        None,
    )
    if agent_at is not None:
        source = reader.right(agent_at + 1)
        if source and source.distance > 1:
            source = None
    elif lang.bare_passive_agent:
        adjacent = reader.right(cue.end)
        source = adjacent if adjacent and adjacent.distance == 0 else None
    if not (cue.start > 0 and words[cue.start - 1] in lang.relative):
        return source, f.subject()
    # "kelompok yang didukung Iran": the target is the noun before "yang"
    target = reader.left(cue.start - 1)
    if target is None or target.distance > 1 or (
        target.distance == 1 and reader.tokens[cue.start - 2].text != ","
    ):
        # "bantuan senjata yang diberikan oleh Kim Jong Un": aid given by X goes to the
        # other party the sentence names; any other head noun is no actor
        head = any(
            o.pattern.relation == cue.pattern.relation and cue.start - 4 <= o.end < cue.start
            for o in reader.cues
            if o is not cue
        )
        agent = (parsed_agent or reader.right(cue.end + 1, reach=2)) if head else None
        if agent is None:
            return None, None
        return agent, reader.all_other(agent.actors, cue.start)
    return source, target


def _modified_noun(reader: SentenceReader, p: Parse, h: int) -> Side | None:
    """The actor a relative clause at ``h`` modifies ("kelompok yang didukung Iran")."""
    if not p.deps[h].startswith("acl") or not rules.on(RELATIVE_SUBJECT):
        return None
    return side_at(reader, p, p.heads[h])


def _passive_subject(reader: SentenceReader, p: Parse, h: int) -> Side | None:
    for c in p.kids(h, "nsubj"):
        return side_at(reader, p, c, patient=True)
    if p.deps[h] == "xcomp" and rules.on(PASSIVE_COMPLEMENT):
        # "Chile remains threatened by Peru": the subject of "remains"
        found = subject_of(reader, p, h)
        if found is not None and found is not NOBODY:
            return found
    if p.heads[h] < h and p.deps[h].split(":")[0] in ("nmod", "compound", "amod", "flat") and (
        rules.on(MISATTACHED_PASSIVE)
    ):
        # "Ukraina diserang/nmod pasukan Rusia": the parse hung the verb on its subject
        return side_at(reader, p, p.heads[h])
    return None
