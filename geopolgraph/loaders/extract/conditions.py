"""Whom a threat or warning conditioned on another's act is aimed at.

"China mengancam akan mengambil tindakan tegas jika Filipina terus melakukan provokasi", "North
Korea warned it would respond strongly if the US deployed more troops": a cue whose relation
takes its target from a condition (relations.tsv ``if_target``: WARNS, THREATENS) and that
found no target of its own is aimed at the subject of the conditional clause after it (grammar
``conditionals``): the actor named right after the conditional word. The conditional act itself
is hypothetical and gives no triple (``cue.conditional``).

>>> from geopolgraph.model import Article
>>> from geopolgraph.loaders.extract import extract_triples
>>> text = "Korea Utara mengancam akan membalas jika AS mengirim kapal induk."
>>> [(t.source, t.relation, t.target) for t in extract_triples(Article(id="a", text=text,
...  lang="id"))]
[('PRK', 'THREATENS', 'USA')]
"""

from __future__ import annotations

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.cues import Cue
from geopolgraph.loaders.extract.reader import SentenceReader, Side

__all__ = ["conditional_target"]

CONDITION_TARGET = rules.register(
    "syntax.condition_target", "'mengancam akan membalas jika Filipina …', 'warned it would "
    "respond if the US …': a threat or warning (relations.tsv if_target) with no target of its "
    "own is aimed at the subject of the conditional clause after it (grammar conditionals)")

#: words between the conditional word and its clause's subject ("if the US", "jika pihak AS")
_SUBJECT_WITHIN = 3


def conditional_target(reader: SentenceReader, cue: Cue) -> Side | None:
    """The actors opening the first conditional clause after ``cue`` in its sentence, not past a
    clause break (grammar ``clause_breaks``); else None."""
    if not rules.on(CONDITION_TARGET):
        return None
    words, lang = reader.words, reader.lang
    for k in range(cue.end, len(words)):
        if words[k] in lang.clause_breaks:
            return None  # "… but if …": another clause's condition
        if words[k] in lang.conditionals:
            group = reader.group_after(k, _SUBJECT_WITHIN)
            return None if group is None else reader.side(group, group[0].start - cue.end)
    return None
