"""One sentence as the frames see it: its actor mentions, coordinated groups and cues.

Mentions next to each other or joined by a coordinator ("AS dan Korsel", "Russia and China")
form one group. The frames find a cue's parties through the sentence's dependency parse
(:mod:`.syntax`), never by counting tokens: a sentence without a parse yields no triple.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import pairwise

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.cues import Cue
from geopolgraph.loaders.extract.lang import Language
from geopolgraph.loaders.extract.parse import Parse
from geopolgraph.loaders.extract.reparse import COMMA_SUBJECT
from geopolgraph.loaders.mentions import Memory, Mention
from geopolgraph.loaders.text import Token

__all__ = ["SentenceReader", "Side"]

_NOT_ACTORS = frozenset({"media", "place"})

PLACE_STATE = rules.register(
    "reader.place_state", "'bantuan ke Jalur Gaza': a place inside one state is that state as a "
    "place")
OPEN_LIST = rules.register(
    "reader.open_list", "'Selain ke Indonesia, PM Abe …': a comma joins actors into a list only "
    "when a coordinator closes it")
OPENING_LIST = rules.register(
    "reader.opening_list", "'US, Japan warn North Korea': names joined by commas alone that "
    "open a sentence right before its cue are a list, as a headline's opening list is")

OPENING_LIST_VERB = rules.register(
    "reader.opening_list_verb", "'US, South Korea begin military drills': an opening list of "
    "names joined by commas alone is a list also when one word (the cue noun's verb) stands "
    "between it and the cue")
COORDINATED_SUBJECT = rules.register(
    "reader.coordinated_subject", "'Korea Utara menyerang Korea Selatan, dan Jepang/nsubj "
    "memprotes': a member of a group opening with an object, after a comma and a coordinator, "
    "that the parse makes the subject of a verb opens a new group, as one right after a comma "
    "does (parse.comma_subject)")
ARTICLE_ITEM = rules.register(
    "reader.article_item", "'Israel, the US and Britain condemned Iran': an article (grammar "
    "item_articles) after a comma or a coordinator opens the list's next item")


APPROVED_ACT = rules.register(
    "syntax.approved_act", "'Uni Eropa menyetujui sanksi baru terhadap Rusia', 'The EU agreed "
    "new sanctions against Russia': a verb of approval (grammar approving_verbs) whose object is "
    "or holds a noun cue of a one-way relation is no relation of its own with that act's target: "
    "the act is its subject's")


@dataclass
class Side:
    """The actors on one side of a triple, the mentions naming them and how they were found."""

    actors: tuple[str, ...]
    mentions: tuple[Mention, ...]
    distance: int  # 0 for a phrase the parse gives, 3 for a reference: lowers the confidence
    how: str = "direct"  # direct | pronoun | dual | fallback


#: the side of a subject that is not an actor: the frame yields nothing
NOBODY = Side((), (), 0, "nobody")


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
        cues: list[Cue] | None = None,
    ) -> None:
        self.open_actors = open_actors
        self.headline = headline  # a Title Case headline: a comma joins two clauses
        self.cues = cues or []
        self.tokens = tokens
        self.words = [t.lower for t in tokens]
        self.lang = lang
        self.memory = memory
        self.speaker = speaker
        #: whether the sentence names its own speaker ("…, kata Peskov"), not only the article's
        #: last one (predicates.speaker_predicate)
        self.said_here = False
        self.mentions = [m for m in map(self._placed, mentions)
                         if m.kind not in _NOT_ACTORS and m.actor]
        self.groups = self._group(self.mentions)
        self.parse: Parse | None = None  # set for a candidate sentence when a parser is there
        #: where the cue ends that gave this sentence's last two parties who talked, met, agreed
        #: or fought, and those two ("the two leaders" after it: ref.dual_in_sentence)
        self.pair: tuple[int, tuple[str, ...]] | None = None
        #: relation -> doers of it asserted so far in this sentence ("…, tetapi Kamboja membantah
        #: tuduhan itu": ref.event_in_sentence)
        self.doers_here: dict[str, tuple[str, ...]] = {}
        #: the words of noun cues inside another cue's reacting pattern (reactions.reacted_nouns)
        self.reacted: frozenset[int] = frozenset()
        #: where the cues aimed at an act's doer start (relations.tsv aimed_at_doer: a clause
        #: with one reacts to its noun: relatives.relative_doer)
        self.reacting: frozenset[int] = frozenset()
        #: the words of cues of a conflict (CAMEO quad class 3-4: "fired at", "seized"), whose
        #: patient is never the doer's own (phrases.PATIENT_OWNER)
        self.conflict: frozenset[int] = frozenset()
        #: where the cues of sending start whose of-phrase names the goods sent (relations.tsv
        #: goods_owner: "the shipment of Iranian drones"; noun_targets.goods_phrase)
        self.senders: frozenset[int] = frozenset()
        #: where the cues of object control start (relations.tsv object_control: "urged Y to
        #: …", whose object does the clause: governors.CONTROL_CLAUSE)
        self.controlling: frozenset[int] = frozenset()
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

    def verb_cues_at(self, i: int) -> list[Cue]:
        """The verb cues (the active frame's) that start at token ``i``."""
        if i not in self.cue_starts:
            return []
        return [c for c in self._cues if c.start == i and c.pattern.frame == "active"]

    def approves(self, verb: int) -> bool:
        """Whether the verb at ``verb`` approves what its object names ("menyetujui", "agreed":
        grammar ``approving_verbs``), so that an act it names is its subject's."""
        return self.words[verb] in self.lang.approving_verbs and rules.on(APPROVED_ACT)

    def verb_cue_at(self, i: int) -> bool:
        """Whether a verb cue (the active frame's) starts at token ``i``."""
        return bool(self.verb_cues_at(i))

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
                if (len(between) > 1 and between[-1] in self.lang.item_articles
                        and rules.on(ARTICLE_ITEM)):
                    between = between[:-1]  # ", the US"
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
            end = group[-1].end
            if group[0].start == 0 and (self.headline or (rules.on(OPENING_LIST) and (
                    end in self.cue_starts
                    or (end + 1 in self.cue_starts and rules.on(OPENING_LIST_VERB))))):
                # "RI, Malaysia Sepakati …", "US, Japan warn …": an opening list of a headline
                out.append(group)
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

    def cut_at_subjects(self) -> None:
        """Split each group that opens with an object where a member after a comma (or a
        comma and a coordinator: rule reader.coordinated_subject) heads the subject of a verb
        ("Israel Serang Iran/obj, Rusia/nsubj dan China Kecam": Iran is attacked, Russia and
        China condemn), once the parse is known (rule parse.comma_subject)."""
        p = self.parse
        if p is None or not rules.on(COMMA_SUBJECT):
            return
        out: list[list[Mention]] = []
        for group in self.groups:
            out.append([group[0]])
            lead = group[0]
            objects = any(p.deps[k] in ("obj", "iobj", "obl") and not lead.start <= p.heads[k]
                          < lead.end for k in range(lead.start, lead.end))
            for prev, m in pairwise(group):
                # "Iran, Rusia/nsubj …"; "Korea Selatan, dan Jepang/nsubj …"
                between = self.words[prev.end:m.start]
                comma = self.words[m.start - 1] == "," or (
                    len(between) == 2 and between[0] == "," and rules.on(COORDINATED_SUBJECT)
                    and between[1] in self.lang.coordinators)
                opens = objects and comma and any(
                    p.deps[k] == "nsubj" and not m.start <= p.heads[k] < m.end
                    for k in range(m.start, m.end))
                if opens:
                    out.append([m])
                else:
                    out[-1].append(m)
        self.groups = out

    def side(self, group: list[Mention], distance: int, how: str = "direct") -> Side:
        actors = tuple(dict.fromkeys(m.actor for m in group))
        return Side(actors, tuple(group), distance, how)

    def group_after(self, k: int, within: int = 3) -> list[Mention] | None:
        """The first mention group that is no place phrase starting within ``within`` words
        after token ``k`` (a comma, a conditional word): the subject opening the clause there
        ("…, Iran vowed", "if the US …"; an article or title may come first), else None."""
        return next((g for g in self.groups
                     if k < g[0].start <= k + within and not g[0].locative), None)

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
