"""GDELT 2.0 mentions (one row per article that mentions an event) joined to event triples.

GDELT publishes ``YYYYMMDDHHMMSS.mentions.CSV.zip`` beside each export: tab-separated, no header,
16 columns. A BigQuery export of the same table (a header row, comma-separated, as
``../shared/data/gdelt/mentionssamp.csv``) is read too. Mentions are joined on GLOBALEVENTID: the
triple of an event gets the best mention (highest Confidence, the first on a tie) as its
``sentence``, ``char_start``/``char_end`` (the span of the actor and action offsets) and
``confidence``, and its evidence says how many mentions were joined and where the best one is.

>>> from geopolgraph.model import Triple
>>> joined = MentionJoin({"7": 0})
>>> joined.feed(["7\\t20150218230000\\t20150218231500\\t1\\tbbc.co.uk\\thttp://b/1\\t3\\t40\\t90"
...              "\\t60\\t1\\t70\\t900\\t-1.5\\t\\t"], "m.CSV").joined
1
>>> (t,) = joined.apply([Triple("USA", "WARNS", "RUS", evidence="USA | warn | RUS")])
>>> (t.sentence, t.char_start, t.char_end, t.confidence)
(3, 40, 90, 0.7)
>>> t.evidence
'USA | warn | RUS (1 mention; best: bbc.co.uk sentence 3, chars 40-90, confidence 70%)'
"""

from __future__ import annotations

import csv
import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from geopolgraph.columns import TripleTable
from geopolgraph.model import Triple

__all__ = ["GDELT_MENTION_COLUMNS", "MentionJoin", "MentionStats"]

#: The 16 columns of a GDELT 2.0 mentions file. Source: the GDELT 2.0 Event Database codebook
#: (``GDELT_2.0_eventMentions_Column_Labels_Header_Row_Sep2016.tsv``, ../shared/data/gdelt/).
GDELT_MENTION_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset",
    "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen", "MentionDocTone",
    "MentionDocTranslationInfo", "Extras",
)
_WIDTH = len(GDELT_MENTION_COLUMNS)


@dataclass
class MentionStats:
    """Mention rows read, joined to a triple, naming no event read, malformed."""

    rows: int = 0
    joined: int = 0
    unmatched: int = 0
    bad: int = 0
    events: int = 0  # triples that got at least one mention
    first_bad: str = ""

    def summary(self) -> str:
        """One line for the CLI.

        >>> MentionStats(rows=3, joined=2, unmatched=1, events=1).summary()
        'mentions: 3  joined: 2 (to 1 triples)  no such event: 1  bad: 0'
        """
        return (f"mentions: {self.rows}  joined: {self.joined} (to {self.events} triples)  "
                f"no such event: {self.unmatched}  bad: {self.bad}")


@dataclass(slots=True)
class _Best:
    count: int
    confidence: int
    source: str
    sentence: int
    start: int
    end: int


def _rows(lines: Iterable[str]) -> Iterable[tuple[int, list[str]]]:
    """(line number, cells): tab-separated as published, or a headed CSV (BigQuery export)."""
    iterator = iter(enumerate(lines, start=1))
    for number, line in iterator:
        stripped = line.rstrip("\r\n")
        if not stripped:
            continue
        if stripped.lower().startswith("globaleventid") and "\t" not in stripped:
            reader = csv.reader(text for _, text in iterator)
            # csv.reader counts physical lines itself; a quoted newline is rare in this table
            yield from enumerate(reader, start=number + 1)
            return
        if stripped.lower().startswith("globaleventid"):
            continue  # a header row in a tab-separated file
        yield number, stripped.split("\t")


class MentionJoin:
    """Collect the mentions of the events in ``events`` (GLOBALEVENTID → triple index or -1)."""

    def __init__(self, events: Mapping[str, int]) -> None:
        self.events = events
        self.best: dict[int, _Best] = {}
        self.stats = MentionStats()

    def feed(self, lines: Iterable[str], name: str) -> MentionStats:
        """Read one mentions file; returns that file's own counts (also added to ``stats``)."""
        own = MentionStats()
        for number, cells in _rows(lines):
            own.rows += 1
            reason = self._take(cells, own)
            if reason:
                own.bad += 1
                own.first_bad = own.first_bad or f"line {number} of {name}: {reason}"
        for field in ("rows", "joined", "unmatched", "bad"):
            setattr(self.stats, field, getattr(self.stats, field) + getattr(own, field))
        self.stats.first_bad = self.stats.first_bad or own.first_bad
        self.stats.events = len(self.best)
        return own

    def _take(self, cells: list[str], own: MentionStats) -> str:
        if len(cells) != _WIDTH and len(cells) != _WIDTH - 1:  # Extras may be cut off
            return f"expected {_WIDTH} columns, got {len(cells)}"
        try:
            sentence, a1, a2, action, confidence = (
                int(cells[i] or -1) for i in (6, 7, 8, 9, 11)
            )
        except ValueError:
            return "SentenceID, a char offset or Confidence is not a whole number"
        if not cells[0].isdigit():
            return f"GLOBALEVENTID {cells[0][:20]!r} is not a number"
        index = self.events.get(cells[0])
        if index is None:
            own.unmatched += 1
            return ""
        own.joined += 1
        if index < 0:  # an event read but not kept as a triple
            return ""
        offsets = [x for x in (a1, a2, action) if x >= 0]
        best = self.best.get(index)
        if best is None:
            best = self.best[index] = _Best(0, -1, "", 0, 0, 0)
        best.count += 1
        if confidence > best.confidence:
            best.confidence, best.source, best.sentence = confidence, cells[4], max(sentence, 0)
            best.start, best.end = (min(offsets), max(offsets)) if offsets else (0, 0)
        return ""

    def apply(self, triples: TripleTable | list[Triple]) -> TripleTable | list[Triple]:
        """``triples`` with every joined triple replaced by its enriched copy (in place)."""
        for index, best in self.best.items():
            t = triples[index]
            plural = "" if best.count == 1 else "s"
            where = (f"best: {best.source} sentence {best.sentence}, "
                     f"chars {best.start}-{best.end}, confidence {best.confidence}%")
            triples[index] = dataclasses.replace(
                t, sentence=best.sentence, char_start=best.start, char_end=best.end,
                confidence=round(max(0, min(best.confidence, 100)) / 100, 3),
                evidence=f"{t.evidence} ({best.count} mention{plural}; {where})",
            )
        return triples
