"""One sentence as the frames see it: its actor mentions, coordinated groups and cues.

Mentions next to each other or joined by a coordinator ("AS dan Korsel", "Russia and China")
form one group; a frame asks the reader for the group acting before or after a position, within
a clause (a clause break such as "sementara", "while" or ";" is a wall) and a reach of tokens.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.cues import Cue
from geopolgraph.loaders.extract.headline import COMMA as HEADLINE_COMMA
from geopolgraph.loaders.extract.lang import Language
from geopolgraph.loaders.extract.parse import Parse
from geopolgraph.loaders.mentions import Memory, Mention
from geopolgraph.loaders.text import Token

__all__ = ["MAX_REACH", "SentenceReader", "Side"]

MAX_REACH = 14  # tokens between a cue and its actors
_NOT_ACTORS = frozenset({"media", "place"})

CLAUSE_WALL = rules.register(
    "reader.clause_wall", "actors are not sought across a clause break (while, sementara, ;)"
)
RELATIVE_WALL = rules.register(
    "reader.relative_wall", "an actor inside a relative clause on the object is not the object"
)
DISTANCE = rules.register(
    "reader.distance", "in a parsed sentence, actors are also sought by token distance"
)
PLACE_STATE = rules.register(
    "reader.place_state", "'bantuan ke Jalur Gaza': a place inside one state is that state as a "
    "place")
OPEN_LIST = rules.register(
    "reader.open_list", "'Selain ke Indonesia, PM Abe …': a comma joins actors into a list only "
    "when a coordinator closes it")
NOT_AFTER_PREP = rules.register(
    "reader.not_after_prep", "an actor after a target preposition (to, ke) is no subject"
)


@dataclass
class Side:
    """The actors on one side of a triple, the mentions naming them and how they were found."""

    actors: tuple[str, ...]
    mentions: tuple[Mention, ...]
    distance: int
    how: str = "direct"  # direct | pronoun | dual | fallback


class SentenceReader:
    """Reads one sentence: its mentions, groups and cues, with the article's memory."""

    def __init__(
        self,
        tokens: list[Token],
        mentions: list[Mention],
        lang: Language,
        memory: Memory,
        speaker: str,
        open_actors: bool = False,
        headline: bool = False,
    ) -> None:
        self.open_actors = open_actors
        self.headline = headline  # a Title Case headline: a comma joins two clauses
        self.cues = []
        self.tokens = tokens
        self.words = [t.lower for t in tokens]
        self.lang = lang
        self.memory = memory
        self.speaker = speaker
        self.mentions = [m for m in map(self._placed, mentions)
                         if m.kind not in _NOT_ACTORS and m.actor]
        self.groups = self._group(self.mentions)
        # the groups' ends and starts when in text order: left and right then skip the groups
        # past ``pos`` by bisection instead of a scan (a long chunk names hundreds)
        ends = [g[-1].end for g in self.groups]
        starts = [g[0].start for g in self.groups]
        self._ends = ends if ends == sorted(ends) else None
        self._starts = starts if starts == sorted(starts) else None
        self.parse: Parse | None = None  # set for a candidate sentence when a parser is there
        self.mention_at: dict[int, Mention] | None = None  # token -> mention, built on demand

    @property
    def cues(self) -> list[Cue]:
        """The sentence's relation cues (set once the sentence is read)."""
        return self._cues

    @cues.setter
    def cues(self, cues: list[Cue]) -> None:
        self._cues = cues
        #: where cues start and end (a lookup per word instead of a scan of every cue)
        self.cue_starts = frozenset(c.start for c in cues)
        self.cue_ends = frozenset(c.end for c in cues)

    def _placed(self, m: Mention) -> Mention:
        """A place inside one state ("Jalur Gaza") names that state as a place: a target only
        where a place may be one (a visit, aid sent there)."""
        state = self.lang.place_states.get(m.actor) if m.kind == "place" else None
        if state is None or not rules.on(PLACE_STATE):
            return m
        return replace(m, actor=state, kind="state", locative=True)

    def _group(self, mentions: list[Mention]) -> list[list[Mention]]:
        groups: list[list[Mention]] = []
        #: per group, whether each member after the first was joined by a comma alone
        commas: list[list[bool]] = []
        for m in mentions:
            if groups:
                last = groups[-1][-1]
                between = self.words[last.end : m.start]
                if (
                    between
                    and all(w in self.lang.coordinators or w in (",", "–") for w in between)
                    and len(between) <= 2
                    and m.locative == last.locative
                ):
                    groups[-1].append(m)
                    commas[-1].append(between == [","])
                    continue
                if not between and m.kind != "person":
                    groups[-1].append(m)
                    commas[-1].append(False)
                    continue
            groups.append([m])
            commas.append([])
        if not rules.on(OPEN_LIST):
            return groups
        out = []
        for group, joins in zip(groups, commas, strict=True):
            if self.headline and group[0].start == 0:
                out.append(group)  # "RI, Malaysia Sepakati …": an opening list of a headline
                continue
            # "Selain ke Indonesia, PM Abe …": commas make a list only when a coordinator
            # closes it ("X, Y dan Z"); after the last coordinator a comma starts anew
            closed = False
            cut = [False] * len(joins)
            for k in range(len(joins) - 1, -1, -1):
                if not joins[k]:
                    closed = True
                cut[k] = joins[k] and not closed
            out.append([group[0]])
            for m, split in zip(group[1:], cut, strict=True):
                if split:
                    out.append([m])
                else:
                    out[-1].append(m)
        return out

    def side(self, group: list[Mention], distance: int, how: str = "direct") -> Side:
        actors = tuple(dict.fromkeys(m.actor for m in group))
        return Side(actors, tuple(group), distance, how)

    def left(self, pos: int, allow_place: bool = False) -> Side | None:
        """The nearest group ending before ``pos`` that can be a subject."""
        if self.parse is not None and not rules.on(DISTANCE):
            return None
        groups = self.groups
        if self._ends is not None:  # those ending after ``pos`` are skipped below
            groups = groups[: bisect_right(self._ends, pos)]
        for group in reversed(groups):
            end = group[-1].end
            if end > pos:
                continue
            head = group[0]
            if (head.modifier or (head.locative and not allow_place)) and len(group) == 1:
                continue
            if pos - end > MAX_REACH:
                return None
            if self.crosses_clause(end, pos, comma=False):
                return None  # "… Beijing just days before he sent troops": another clause
            before = self.words[head.start - 1] if head.start > 0 else ""
            # "with US officials regularly criticising Hanoi": the subject of the -ing verb
            absolute = (
                before == "with" and pos < len(self.tokens) and self.lang.is_gerund(self.words[pos])
            )
            if (
                rules.on(NOT_AFTER_PREP)
                and before in self.lang.target_preps
                and before not in self.lang.passive_agent
                and not absolute
            ):
                continue  # "Mr Widodo's visit to Hanoi …": an object of "to" is no subject
            return self.side([m for m in group if not m.modifier], pos - end)
        return None

    def right(
        self, pos: int, allow_place: bool = True, reach: int = MAX_REACH, bounded: bool = True
    ) -> Side | None:
        """The nearest group starting at or after ``pos`` within ``reach`` tokens."""
        if self.parse is not None and not rules.on(DISTANCE):
            return None
        groups = self.groups
        if self._starts is not None:  # those starting before ``pos`` are skipped below
            groups = groups[bisect_left(self._starts, pos) :]
        for group in groups:
            start = group[0].start
            if start < pos:
                continue
            if start - pos > reach:
                return None
            if (
                bounded
                and rules.on(RELATIVE_WALL)
                and start > pos + 1
                and any(w in self.lang.relative for w in self.words[pos + 1 : start])
            ):
                # "mengancam kesepakatan … yang dicapai dengan AS": the actor is inside a
                # relative clause on the object, not the object
                return None
            if bounded and self.crosses_clause(pos, start):
                return None  # "hit out at sanctions as Iran and Russia face curbs"
            if group[0].locative and not allow_place:
                continue
            return self.side(group, start - pos)
        return None

    def crosses_clause(self, start: int, end: int, comma: bool = True) -> bool:
        """Whether tokens ``[start, end)`` hold a subordinating or contrasting word ("while",
        "sementara", "karena") or a semicolon: the two sides belong to different clauses; in a
        headline a comma too, after the cue (``comma``): "Korut Luncurkan Rudal, Korsel …" has
        no object there, while "Israel Abaikan …, Akan Serang Hizbullah" shares its subject."""
        words = self.words[start:end]
        if comma and self.headline and "," in words and rules.on(HEADLINE_COMMA):
            return True
        return rules.on(CLAUSE_WALL) and any(w in self.lang.clause_breaks for w in words)

    def agent_of_relative(self, pos: int) -> Side | None:
        """The actor doing a passive relative clause on the object: "yang dilakukan (oleh) X"."""
        words = self.words
        for k in range(pos, min(pos + 6, len(words) - 1)):
            if words[k] in self.lang.relative:
                if self.lang.is_passive_verb(words[k + 1]):
                    at = k + 2
                    if at < len(words) and words[at] in self.lang.passive_agent:
                        at += 1
                    return self.right(at, allow_place=False, reach=1, bounded=False)
                return None
        return None

    def prenominal(self, pos: int) -> Side | None:
        """The group ending right before ``pos`` (or before its "'s"): an English noun's agent."""
        for group in self.groups:
            end = group[-1].end
            if end == pos - 1 and self.tokens[pos - 1].text in ("'s", "’s"):
                return self.side(group, 0)
            if end == pos and group[0].start not in self.cue_ends:
                # "US sanctions on Russia"; but in "offer Vietnam help" Vietnam is the object
                return self.side(group, 0)
        return None

    def all_other(self, exclude: tuple[str, ...], pos: int) -> Side | None:
        """The nearest group anywhere in the sentence naming somebody other than ``exclude``."""
        best: tuple[int, list[Mention]] | None = None
        for group in self.groups:
            kept = [m for m in group if m.actor not in exclude]
            if not kept:
                continue
            dist = min(abs(kept[0].start - pos), abs(pos - kept[-1].end))
            if best is None or dist < best[0]:
                best = (dist, kept)
        return self.side(best[1], best[0], "fallback") if best else None

    def prep_after(self, pos: int, span: int = 3) -> int | None:
        """Index of the first target preposition in ``[pos, pos + span)``."""
        return next(
            (k for k in range(pos, min(pos + span, len(self.words)))
             if self.words[k] in self.lang.target_preps),
            None,
        )
