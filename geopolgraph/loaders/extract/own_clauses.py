"""Whether a cue lies in a clause whose subject is somebody else than the sentence's first group.

"Seoul and Washington began joint exercises, which Pyongyang denounced as an invasion
rehearsal": a reciprocal noun cue with no side of its own ("invasion") is not read as something
the sentence's coordinated subject did to each other when a clause above it has a subject of
its own (Pyongyang) that is not that group; the fallback of :func:`.frames.sides_for_cue`
("the leaders of X and Y … after a meeting") asks this.
"""

from __future__ import annotations

from collections.abc import Sequence

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.parse import Parse
from geopolgraph.loaders.mentions import Mention

__all__ = ["OTHERS_CLAUSE", "in_others_clause"]

OTHERS_CLAUSE = rules.register(
    "frame.others_clause", "'Seoul and Washington began drills, which Pyongyang denounced as an "
    "invasion rehearsal': a reciprocal cue without sides inside a clause whose subject is not "
    "the sentence's coordinated subject is no act of that subject's members on each other")


def in_others_clause(p: Parse, head: int, group: Sequence[Mention]) -> bool:
    """Whether the nearest verb above ``head`` that has a subject has one outside ``group``
    (the mentions of the sentence's first group).

    >>> from geopolgraph.loaders.mentions import Mention
    >>> # seoul and washington began drills , which pyongyang denounced as invasion rehearsal
    >>> p = Parse.of((3, 2, 0, 3, 3, 8, 8, 8, 4, 11, 11, 8),
    ...              ("nsubj", "cc", "conj", "ROOT", "obj", "punct", "det", "nsubj",
    ...               "acl:relcl", "case", "compound", "obl"))
    >>> group = [Mention(0, 1, "KOR"), Mention(2, 3, "USA")]
    >>> in_others_clause(p, 10, group), in_others_clause(p, 4, group)
    (True, False)
    """
    if not rules.on(OTHERS_CLAUSE):
        return False
    k = head
    for _ in range(len(p.heads)):
        # the cue's own phrase as a subject ("since the war broke out") is no one else
        subjects = [s for s in p.kids(k, "nsubj") if not p.under(head, s)] if k != head else []
        if subjects:
            return not any(m.start <= s < m.end or p.under(m.start, s)
                           for s in subjects for m in group)
        if p.heads[k] == k:
            return False
        k = p.heads[k]
    return False
