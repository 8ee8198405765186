"""Text to triples: relation cues from the lexicon, their actors found by rules.

For each sentence: find actor mentions (:mod:`mentions`), find relation cues (patterns from
``relations_<lang>.tsv``), and give each cue a source and a target by its frame:

- ``active``: the nearest actor group before the cue acts on the nearest group after it;
- ``passive``: the group after "oleh"/"by" acts on the group before the cue;
- ``noun``: "kunjungan Putin ke Korea Utara" (possessor acts on the object of ke/terhadap/…),
  or the group before the noun acts on its possessor ("pelanggaran Rusia");
- ``receive``: the group before receives from the group after (RECEIVES, or a hosted visit);
- ``agent``: the body named after the cue ("pemantau sanksi PBB") acts on the next actor.

Coordinated actors ("AS dan Korsel") give one triple each; pronouns and anaphors ("mereka",
"keduanya", "hal tersebut", "kami" in a quote) are resolved from the article so far; negation,
modality, attribution and the date are read around the cue.

>>> from geopolgraph.model import Article
>>> art = Article(id="a", text="AS dan Korsel telah memperingatkan Putin.", published="2024-06-16")
>>> [(t.source, t.relation, t.target) for t in extract_triples(art)]
[('USA', 'WARNS', 'RUS'), ('KOR', 'WARNS', 'RUS')]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from geopolgraph.loaders.articles import detect_language
from geopolgraph.loaders.dates import resolve_date
from geopolgraph.loaders.lexicons import GAP, NOT_AN_EVENT, Lexicon, RelationPattern, load_lexicon
from geopolgraph.loaders.mentions import Memory, Mention, find_mentions
from geopolgraph.loaders.text import Sentence, Token, iter_sentences, tokenize
from geopolgraph.model import Article, Triple

__all__ = ["Cue", "extract_article_triples", "extract_triples", "find_cues"]

_MAX_GAP = 5
_NOT_ACTORS = frozenset({"media", "place"})
# a noun governed by these verbs names an event that is only asked for or threatened
# (a condemned bombing or a denied accusation did happen; a ceasefire called for did not)
_NOT_EVENT_GOVERNORS = frozenset({"APPEALS", "DEMANDS", "THREATENS", "WARNS"})
# relations aimed at whoever did the act they name
_BLAME = frozenset({"CRITICIZES", "ACCUSES", "PROTESTS", "DEMANDS"})
# verbs whose object does the verb that follows ("mendesak Y untuk …", "urged Y to …")
_OBJECT_CONTROL = frozenset({"APPEALS", "DEMANDS"})
_MAX_REACH = 14  # tokens between a cue and its actors


@dataclass(frozen=True, slots=True)
class Cue:
    """A relation pattern matched at tokens ``[start, end)``."""

    start: int
    end: int
    pattern: RelationPattern
    head_end: int = 0  # end of the pattern's first segment (before a gap)


def _phrases(words: Iterable[str]) -> list[tuple[str, ...]]:
    return sorted((tuple(w.lower().split()) for w in words), key=len, reverse=True)


class _Grammar:
    """The grammar_<lang>.json word lists as token-tuple sets."""

    def __init__(self, lex: Lexicon, lang: str) -> None:
        g = lex.grammar.get(lang) or lex.grammar.get("en", {})
        self.lang = lang
        self.speech_after = frozenset(g.get("speech_after", ()))
        self.attribution = _phrases(g.get("attribution", ()))
        self.negators = frozenset(g.get("negators", ()))
        self.negator_phrases = _phrases(g.get("negators", ()))
        self.adjacent_negators = frozenset(_phrases(g.get("adjacent_negators", ())))
        self.copulas = frozenset(g.get("copulas", ()))
        self.source_preps = frozenset(g.get("source_preps", ()))
        self.neg_breakers = frozenset(g.get("negation_breakers", ()))
        self.planned = frozenset(g.get("planned", ()))
        self.planned_phrases = _phrases(g.get("planned", ()))
        # auxiliaries and adverbs between a negator and its verb ("tidak akan", "not yet")
        self.skip_before_cue = frozenset(g.get("skip_before_cue", ()))
        self.peacekeeping = tuple(g.get("peacekeeping", ()))
        self.reported = frozenset(g.get("reported", ()))
        self.passive_agent = frozenset(g.get("passive_agent", ()))
        self.be_verbs = frozenset(g.get("be_verbs", ()))
        self.target_preps = frozenset(g.get("target_preps", ()))
        self.coordinators = frozenset(g.get("coordinators", ()))
        self.purpose = frozenset(g.get("purpose", ()))
        self.group_pronouns = _phrases(g.get("group_pronouns", ()))
        self.speaker_pronouns = frozenset(g.get("speaker_pronouns", ()))
        self.person_pronouns = frozenset(g.get("person_pronouns", ()))
        self.anaphors = _phrases(g.get("anaphors", ()))
        self.clause_breaks = frozenset(g.get("clause_breaks", ()))
        self.reciprocal = frozenset(g.get("reciprocal_relations", ()))
        # nouns naming an act both sides do whatever its relation ("perang dagang", "trade war")
        self.mutual_patterns = frozenset(g.get("mutual_patterns", ()))
        self.dual_pronouns = _phrases(g.get("dual_pronouns", ()))
        self.reflexives = frozenset(g.get("reflexives", ()))
        self.relative = frozenset(g.get("relative", ()))
        self.narrow_preps = frozenset(g.get("narrow_preps", ()))
        self.between = frozenset(g.get("between", ()))
        self.victim_markers = frozenset(g.get("victim_markers", ()))


def _grammar(lex: Lexicon, lang: str) -> _Grammar:
    key = ("grammar", lang)
    if key not in lex.derived:
        lex.derived[key] = _Grammar(lex, lang)
    grammar: _Grammar = lex.derived[key]
    return grammar


def _pattern_index(lex: Lexicon, lang: str) -> dict[str, list[RelationPattern]]:
    """Relation patterns by first token, longest first (built once per lexicon)."""
    key = ("patterns", lang)
    if key not in lex.derived:
        index: dict[str, list[RelationPattern]] = {}
        for pattern in lex.relations.get(lang, []):
            index.setdefault(pattern.tokens[0], []).append(pattern)
        for patterns in index.values():
            patterns.sort(key=lambda p: len(p.tokens), reverse=True)
        lex.derived[key] = index
    found: dict[str, list[RelationPattern]] = lex.derived[key]
    return found


def _match_at(tokens: list[Token], i: int, pattern: RelationPattern) -> int:
    """End of ``pattern`` matched at token ``i``, or -1."""
    j = i
    k = 0
    parts = pattern.tokens
    while k < len(parts):
        part = parts[k]
        if part == GAP:
            nxt = parts[k + 1]
            for skip in range(_MAX_GAP + 1):
                if j + skip < len(tokens) and tokens[j + skip].lower == nxt:
                    j += skip
                    break
                if j + skip < len(tokens) and tokens[j + skip].text in ".;":
                    return -1
            else:
                return -1
            k += 1
            continue
        if j >= len(tokens) or tokens[j].lower != part:
            return -1
        j += 1
        k += 1
    return j


def find_cues(tokens: list[Token], lex: Lexicon, lang: str) -> list[Cue]:
    """Relation cues in ``tokens``, longest first; a cue inside a longer one is dropped."""
    index = _pattern_index(lex, lang)
    found: list[Cue] = []
    for i, tok in enumerate(tokens):
        for pattern in index.get(tok.lower, ()):
            end = _match_at(tokens, i, pattern)
            if end > 0:
                head = pattern.tokens.index(GAP) if GAP in pattern.tokens else end - i
                found.append(Cue(i, end, pattern, i + head))
                break
    # a cue inside a longer contiguous one is part of it ("menerima kunjungan"); inside a gapped
    # one it names its own event when its relation differs ("expected … visit"), not when it is
    # the same one ("offer … help")
    return [
        c
        for c in found
        if not any(
            o is not c
            and o.start <= c.start
            and c.end <= o.end
            and (o.end - o.start) > (c.end - c.start)
            and (GAP not in o.pattern.tokens or o.pattern.relation == c.pattern.relation)
            for o in found
        )
    ]


@dataclass
class _Side:
    actors: tuple[str, ...]
    mentions: tuple[Mention, ...]
    distance: int
    how: str = "direct"  # direct | pronoun | fallback


class _SentenceReader:
    """Reads one sentence: its mentions, groups and cues, with the article's memory."""

    def __init__(
        self,
        tokens: list[Token],
        mentions: list[Mention],
        grammar: _Grammar,
        memory: Memory,
        speaker: str,
        open_actors: bool = False,
    ) -> None:
        self.open_actors = open_actors
        self.cues: list[Cue] = []
        self.tokens = tokens
        self.grammar = grammar
        self.memory = memory
        self.speaker = speaker
        self.mentions = [m for m in mentions if m.kind not in _NOT_ACTORS and m.actor]
        self.groups = self._group(self.mentions)

    def _group(self, mentions: list[Mention]) -> list[list[Mention]]:
        groups: list[list[Mention]] = []
        for m in mentions:
            if groups:
                last = groups[-1][-1]
                between = [t.lower for t in self.tokens[last.end : m.start]]
                if (
                    between
                    and all(w in self.grammar.coordinators or w == "," for w in between)
                    and len(between) <= 2
                    and m.locative == last.locative
                ):
                    groups[-1].append(m)
                    continue
                if not between and m.kind != "person":
                    groups[-1].append(m)
                    continue
            groups.append([m])
        return groups

    def side(self, group: list[Mention], distance: int, how: str = "direct") -> _Side:
        actors = tuple(dict.fromkeys(m.actor for m in group))
        return _Side(actors, tuple(group), distance, how)

    def left(self, pos: int, allow_place: bool = False) -> _Side | None:
        for group in reversed(self.groups):
            end = group[-1].end
            if end > pos:
                continue
            head = group[0]
            if (head.modifier or (head.locative and not allow_place)) and len(group) == 1:
                continue
            if pos - end > _MAX_REACH:
                return None
            if self.crosses_clause(end, pos):
                return None  # "… Beijing just days before he sent troops": another clause
            before = self.tokens[head.start - 1].lower if head.start > 0 else ""
            # "with US officials regularly criticising Hanoi": the subject of the -ing verb
            absolute = before == "with" and pos < len(self.tokens) and (
                self.tokens[pos].lower.endswith("ing")
            )
            if (
                before in self.grammar.target_preps
                and before not in self.grammar.passive_agent
                and not absolute
            ):
                continue  # "Mr Widodo's visit to Hanoi …": an object of "to" is no subject
            return self.side([m for m in group if not m.modifier], pos - end)
        return None

    def right(
        self, pos: int, allow_place: bool = True, reach: int = _MAX_REACH, bounded: bool = True
    ) -> _Side | None:
        for group in self.groups:
            start = group[0].start
            if start < pos:
                continue
            if start - pos > reach:
                return None
            if (
                bounded
                and start > pos + 1
                and any(t.lower in self.grammar.relative for t in self.tokens[pos + 1 : start])
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

    def crosses_clause(self, start: int, end: int) -> bool:
        """Whether tokens ``[start, end)`` hold a subordinating or contrasting word ("while",
        "sementara", "karena") or a semicolon: the two sides belong to different clauses."""
        return any(t.lower in self.grammar.clause_breaks for t in self.tokens[start:end])

    def agent_of_relative(self, pos: int) -> _Side | None:
        """The actor doing a passive relative clause on the object: "yang dilakukan (oleh) X"."""
        words = [t.lower for t in self.tokens]
        for k in range(pos, min(pos + 6, len(words) - 1)):
            if words[k] in self.grammar.relative:
                verb = words[k + 1]
                if verb.startswith("di") or verb.endswith(("ed", "en")):
                    at = k + 2
                    if at < len(words) and words[at] in self.grammar.passive_agent:
                        at += 1
                    return self.right(at, allow_place=False, reach=1, bounded=False)
                return None
        return None

    def prenominal(self, pos: int) -> _Side | None:
        """The group ending right before ``pos`` (or before its "'s"), English noun's agent."""
        for group in self.groups:
            end = group[-1].end
            if end == pos - 1 and self.tokens[pos - 1].text in ("'s", "’s"):
                return self.side(group, 0)
            if end == pos and not any(c.end == group[0].start for c in self.cues):
                # "US sanctions on Russia"; but in "offer Vietnam help" Vietnam is the object
                return self.side(group, 0)
        return None

    def all_other(self, exclude: tuple[str, ...], pos: int) -> _Side | None:
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

    def pronoun_between(self, side: _Side, pos: int) -> bool:
        """Whether a subject pronoun stands between ``side`` and ``pos``."""
        if not side.mentions:
            return False
        words = {t.lower for t in self.tokens[side.mentions[-1].end : pos]}
        return bool(words & (self.grammar.person_pronouns | {p[0] for p in
                                                             self.grammar.group_pronouns}))

    def pronoun_before(self, pos: int) -> _Side | None:
        """A pronoun or anaphor subject before ``pos`` resolved from the article so far."""
        words = [t.lower for t in self.tokens[max(0, pos - 8) : pos]]
        g = self.grammar

        def subject(phrases: list[tuple[str, ...]]) -> bool:
            """A phrase occurs in the window, not right after a preposition ("between the
            two superpowers" is no subject)."""
            for phrase in phrases:
                n = len(phrase)
                for k in range(len(words) - n + 1):
                    if tuple(words[k : k + n]) == phrase and not (
                        k > 0 and (words[k - 1] in g.target_preps or words[k - 1] in g.between)
                    ):
                        return True
            return False

        if self.memory.last_sources and subject(g.anaphors):
            return _Side(self.memory.last_sources, (), 3, "pronoun")
        if len(self.memory.last_dialogue) == 2 and subject(g.dual_pronouns):
            return _Side(self.memory.last_dialogue, (), 3, "dual")
        if self.memory.last_group and subject(g.group_pronouns):
            # "mereka"/"they": one party of the last pair acting together, not each other
            return _Side(self.memory.last_group[:1], (), 3, "pronoun")
        for word in reversed(words):
            if word in self.grammar.speaker_pronouns and self.speaker:
                return _Side((self.speaker,), (), 3, "pronoun")
            if word in self.grammar.person_pronouns:
                # "X stressed … after he met Y": a person named earlier in the sentence;
                # "Dia menambahkan": else news goes on with whoever spoke last
                earlier = [m for m in self.mentions if m.person and m.end <= pos]
                person = (
                    earlier[-1].actor
                    if earlier
                    else self.memory.last_speaker
                    if self.memory.speaker_recent
                    else self.memory.last_person
                )
                if person:
                    return _Side((person,), (), 3, "pronoun")
        return None


def _negated(tokens: list[Token], cue: Cue, grammar: _Grammar) -> bool:
    k = cue.start - 1
    steps = 0
    while k >= 0 and steps < 4:
        word = tokens[k].lower
        for phrase in grammar.negator_phrases:  # "tidak", "refused to", "failed to"
            n = len(phrase)
            if phrase in grammar.adjacent_negators and k != cue.start - 1:
                continue  # "a 'no limits' partnership" is a partnership
            if k - n + 1 >= 0 and all(tokens[k - n + 1 + j].lower == phrase[j] for j in range(n)):
                following = tokens[k + 1].lower if k + 1 < len(tokens) else ""
                return following not in grammar.neg_breakers
        if word not in grammar.skip_before_cue and word not in grammar.planned:
            steps += 1
        k -= 1
    return False


def _modality(tokens: list[Token], cue: Cue, grammar: _Grammar, negated: bool) -> str:
    if negated:
        return "denied"
    before = [t.lower for t in tokens[max(0, cue.start - 5) : cue.start]]
    text = " " + " ".join(before) + " "
    # "akan", "will", "plans to", "is expected to" (not "sought to": an attempt happened)
    if any(f" {' '.join(phrase)} " in text for phrase in grammar.planned_phrases):
        return "planned"
    if any(t.lower in grammar.reported for t in tokens[: cue.start]):
        return "reported"
    return "asserted"


def _attribution(
    tokens: list[Token],
    sentence: Sentence,
    mentions: list[Mention],
    grammar: _Grammar,
    memory: Memory,
) -> tuple[str, str]:
    """(surface text of who said it, the actor it rolls up to) for the sentence."""
    words = [t.lower for t in tokens]
    # "…," kata Peskov / katanya / said Mr Lavrov / Lavrov said
    for i, word in enumerate(words):
        if word in grammar.speech_after and i > 0 and tokens[i - 1].text in ',"”’':
            after = [m for m in mentions if m.start in (i + 1, i + 2)]
            if after:
                return after[0].text, after[0].actor if after[0].kind != "media" else ""
            if word.endswith("nya") or i + 1 >= len(tokens) or tokens[i + 1].text in ".,":
                return "", memory.last_speaker
    for phrase in grammar.attribution:
        n = len(phrase)
        for i in range(len(words) - n + 1):
            if tuple(words[i : i + n]) == phrase:
                after = [m for m in mentions if i + n <= m.start <= i + n + 2]
                if after:
                    m = after[0]
                    return m.text, m.actor if m.kind != "media" else ""
                j = i + n
                k = j
                while k < len(tokens) and tokens[k].text not in ".,;":
                    k += 1
                if k > j:
                    return sentence.text[
                        tokens[j].start - sentence.start : tokens[k - 1].end - sentence.start
                    ], ""
    return "", ""


def _pairwise(side: _Side, confidence: float) -> list[tuple[_Side, _Side, str, float]]:
    """ "Prabowo dan Macron bertemu": each named party acts with each other one."""
    out = []
    for a in side.actors:
        for b in side.actors:
            if a != b:
                sa = _Side((a,), tuple(m for m in side.mentions if m.actor == a)[:1], 0, side.how)
                sb = _Side((b,), tuple(m for m in side.mentions if m.actor == b)[:1], 0, side.how)
                out.append((sa, sb, "pair", confidence))
    return out


def _triples_for_cue(
    cue: Cue, reader: _SentenceReader, prev_source: _Side | None
) -> list[tuple[_Side, _Side, str, float]]:
    """(source side, target side, how, confidence) for one cue."""
    g = reader.grammar
    toks = reader.tokens
    frame = cue.pattern.frame
    relation = cue.pattern.relation
    place_ok = relation == "VISITS"
    words = [t.lower for t in toks]
    source: _Side | None = None
    target: _Side | None = None
    reciprocal = relation in g.reciprocal or cue.pattern.text in g.mutual_patterns
    if reciprocal and frame in ("noun", "active"):
        # "pertemuan empat mata antara Prabowo dan Macron", "talks between X and Y"
        for k in range(cue.end, min(cue.end + 6, len(words))):
            if any(o.start == k for o in reader.cues):
                break  # "perundingan pascaperang … antara Iran dan Israel": the war's parties
            if words[k] in g.between:
                parties = reader.right(k + 1, allow_place=False, reach=1)
                if parties and len(parties.actors) >= 2:
                    return _pairwise(parties, 0.7)
                break
    if frame == "active" and g.lang == "en":
        before = words[max(0, cue.start - 3) : cue.start]
        after = words[cue.end : cue.end + 3]
        if (any(w in g.be_verbs for w in before) and any(w in g.passive_agent for w in after)) or (
            words[cue.end - 1].endswith(("ed", "en", "wn", "ot"))
            and cue.end < len(words)
            and words[cue.end] in g.passive_agent
        ):
            # "was attacked by", and the reduced relative "a balloon shot down by the U.S."
            frame = "passive"
    if cue.end < len(words) and words[cue.end] in g.reflexives:
        return []  # "membela diri", "defend itself"
    if frame == "noun" and cue.pattern.tokens[-1] in g.target_preps:
        frame = "active"  # "donor to Sudan", "talks with Moscow": the pattern ends in its prep
    if frame == "active" and cue.start > 0 and words[cue.start - 1] in g.relative:
        # "negara-negara yang membela Israel": the subject is the noun before "yang", and it
        # must be an actor
        source = reader.left(cue.start - 1)
        if source is None or source.distance > 1:
            return []
        target = reader.right(cue.head_end, allow_place=place_ok)
    elif frame == "active":
        if cue.start > 0 and words[cue.start - 1] in g.purpose and prev_source:
            source = prev_source
        elif (
            g.lang == "en"
            and cue.start > 0
            and (words[cue.start - 1] == "," or words[cue.start - 1] in g.clause_breaks)
            and words[cue.start].endswith("ing")
            and reader.groups
            and reader.groups[0][0].start < cue.start
        ):
            # "X is the leading donor to Sudan, providing …", "…, after visiting Kyrgyzstan":
            # the main subject acts
            source = reader.side(reader.groups[0], cue.start - reader.groups[0][-1].end)
        else:
            source = reader.left(cue.start)
            if source is None or reader.pronoun_between(source, cue.start):
                # "… Beijing just days before he sent troops": the nearer "he" is the subject
                source = reader.pronoun_before(cue.start) or source
        # "menganggap Korea Utara sebagai sahabat": the target sits inside the pattern's gap
        target = reader.right(cue.head_end, allow_place=place_ok)
        if target is None and relation in _BLAME:
            # "mengecam kekejaman yang dilakukan Israel": whoever did the condemned act
            target = reader.agent_of_relative(cue.head_end)
        if target is None and not place_ok:
            # "declared a ceasefire in Somalia": a place stands for its state, less surely
            target = reader.right(cue.head_end, allow_place=True)
            if target is not None:
                target.how = "fallback"
    elif frame == "charge":
        # "pelanggaran Rusia": whoever speaks charges the possessor
        source = reader.left(cue.start) or reader.pronoun_before(cue.start)
        target = reader.right(cue.end, allow_place=False)
        if target and target.distance > 1:
            target = None
    elif frame == "passive":
        agent_at = next(
            (k for k in range(cue.end, min(cue.end + 3, len(toks))) if words[k] in g.passive_agent),
            None,
        )
        if agent_at is not None:
            source = reader.right(agent_at + 1)
            if source and source.distance > 1:
                source = None
        elif g.lang == "id":
            adjacent = reader.right(cue.end)
            source = adjacent if adjacent and adjacent.distance == 0 else None
        if cue.start > 0 and words[cue.start - 1] in g.relative:
            # "kelompok yang didukung Iran": the target is the noun before "yang"
            target = reader.left(cue.start - 1)
            if target is None or target.distance > 1 or (
                target.distance == 1 and toks[cue.start - 2].text != ","
            ):
                # "bantuan senjata yang diberikan oleh Kim Jong Un": aid given by X goes to the
                # other party the sentence names; any other head noun is no actor
                head = any(o.pattern.relation == relation and cue.start - 4 <= o.end < cue.start
                           for o in reader.cues if o is not cue)
                agent = reader.right(cue.end + 1, reach=2) if head else None
                if agent is None:
                    return []
                target = reader.all_other(agent.actors, cue.start)
                source = agent
                if target is None:
                    return []
        else:
            target = reader.left(cue.start) or reader.pronoun_before(cue.start)
    elif frame == "noun" and g.lang == "en" and reader.prenominal(cue.start):
        # "US sanctions on Russia", "China's support for Moscow", "Putin's visit to Pyongyang"
        source = reader.prenominal(cue.start)
        prep_at = next(
            (k for k in range(cue.end, min(cue.end + 3, len(words))) if words[k] in g.target_preps),
            None,
        )
        if prep_at is not None:
            target = reader.right(prep_at + 1, allow_place=True)
            if target and target.distance > 1:
                target = None
        if target is None and reciprocal and source is not None and source.mentions:
            # "China is Russia's largest trading partner": the subject is the other party
            subject = reader.left(source.mentions[0].start)
            if subject is not None and subject.mentions and any(
                t.lower in g.copulas
                for t in toks[subject.mentions[-1].end : source.mentions[0].start]
            ):
                target = subject
    elif frame == "noun":
        possessor = reader.right(cue.end, allow_place=False)
        if possessor and possessor.distance == 1 and words[cue.end] in g.target_preps:
            possessor = None  # "tekanan terhadap Lebanon": the object, not the possessor
        if possessor and possessor.distance <= 1 and reciprocal and len(possessor.actors) >= 2:
            return _pairwise(possessor, 0.7)  # "Pertemuan Prabowo dan Macron", "perang AS-China"
        if possessor and possessor.distance <= 1:
            after_pos = possessor.mentions[-1].end
            prep = words[after_pos] if after_pos < len(words) else ""
            obj = reader.right(after_pos + 1, allow_place=True) if prep in g.target_preps else None
            if obj and obj.distance <= (0 if prep in g.narrow_preps else 1):
                source, target = possessor, obj  # "kunjungan Putin ke Korea Utara"
            elif (cue.start > 0 and words[cue.start - 1] in g.victim_markers) or (
                relation not in ("ATTACKS", "VISITS", "MEETS")
                and reader.left(cue.start) is not None
            ):
                # "Houthi menjadi sasaran serangan udara Israel", "China mengklaim … permintaan
                # Trump", "X mendapat dukungan Iran": the possessor acts on the subject
                source = possessor
                target = reader.left(cue.start) or reader.pronoun_before(cue.start)
        elif cue.end < len(words) and words[cue.end] in g.source_preps and (
            reader.right(cue.end + 1, allow_place=False, reach=0)
        ):
            # "tuduhan dari Thailand yang menyebut Phnom Penh …", "aid from Japan to Nepal"
            source = reader.right(cue.end + 1, allow_place=False, reach=0)
            assert source is not None and source.mentions
            target = reader.right(source.mentions[-1].end, reach=8, bounded=False) or (
                reader.left(cue.start) or reader.pronoun_before(cue.start)
            )
        else:
            # "kampanye pemboman intensif terhadap Houthi", "kerja sama dengan Korea Selatan"
            prep_at = next(
                (
                    k
                    for k in range(cue.end, min(cue.end + 3, len(words)))
                    if words[k] in g.target_preps
                ),
                None,
            )
            if prep_at is not None:
                target = reader.right(prep_at + 1, allow_place=True)
                if target and target.distance > (0 if words[prep_at] in g.narrow_preps else 1):
                    target = None
            source = reader.left(cue.start) or reader.pronoun_before(cue.start)
    elif frame == "receive":
        receiver = reader.left(cue.start) or reader.pronoun_before(cue.start)
        giver = reader.right(cue.end, allow_place=False)
        if relation == "RECEIVES":
            source, target = receiver, giver
        else:
            source, target = giver, receiver
    elif frame == "modal":
        # "Rusia mengatakan Israel harus …", "Russia says Israel must …": an appeal to the
        # actor right before the modal, by whoever speaks
        target = reader.left(cue.start)
        if target is None or target.distance > 1:
            return []
        first = target.mentions[0].start if target.mentions else cue.start
        source = reader.left(first) or (
            _Side((reader.speaker,), (), 3, "pronoun") if reader.speaker else None
        )
    elif frame == "agent":
        # "pemantau sanksi PBB …": the cue may open the body's own mention
        body = reader.right(cue.start, allow_place=False)
        if body and body.distance <= 2:
            source = body
            target = reader.right(
                body.mentions[-1].end, allow_place=False, reach=len(toks), bounded=False
            )
    if source is None and reciprocal and target is None and reader.groups:
        # "The leaders of Indonesia and Vietnam … after a meeting": the coordinated subject
        lead = reader.groups[0]
        if len(lead) >= 2 and lead[-1].end <= cue.start and not lead[0].locative:
            source = reader.side(lead, cue.start - lead[-1].end, "fallback")
    if source is None:
        return []
    if target is None and reciprocal and len(source.actors) >= 2:
        return _pairwise(source, 0.65 if source.how != "dual" else 0.5)  # "X dan Y berunding"
    # "bantuan senjata yang diberikan oleh Kim Jong Un": the other party is elsewhere
    if (target is None or set(target.actors) <= set(source.actors)) and frame in (
        "passive",
        "receive",
    ):
        target = reader.all_other(source.actors, cue.start)

    if target is None and reader.open_actors and source.how == "direct":
        # open actors (PLV-style text about anybody): the event counts without a known target
        target = _Side(("other",), (), 3, "fallback")
    if target is None:
        return []
    how = (
        "fallback"
        if "fallback" in (source.how, target.how)
        else ("pronoun" if "pronoun" in (source.how, target.how) else "direct")
    )
    base = {"direct": 0.9, "pronoun": 0.65, "fallback": 0.5}.get(how, 0.6)
    if cue.pattern.frame == "noun":
        base -= 0.1
    # nearer actors and earlier cues (the main clause) are surer
    confidence = max(0.1, base - 0.02 * (source.distance + target.distance) - 0.004 * cue.start)
    return [(source, target, how, round(confidence, 3))]


# CAMEO codes a cooperative act announced for later as an intent (03x): "will meet" is 036
_INTENT_BY_ROOT = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}


# ... and a conflict announced for later as a threat (13x): "will attack" is 138
_THREAT_BY_ROOT = {"16": "1312", "17": "137", "18": "138", "19": "138", "20": "138"}


def _intent_code(cameo: str) -> str:
    """The CAMEO 03x intent code for a planned cooperative act; other codes unchanged.

    >>> _intent_code("044"), _intent_code("0841"), _intent_code("190")
    ('036', '035', '190')
    """
    return _INTENT_BY_ROOT.get(cameo[:2], cameo)


def _line_of(text: str, char: int) -> int:
    return text.count("\n", 0, char) + 1


def extract_article_triples(
    article: Article, lexicon: Lexicon | None = None, open_actors: bool = False
) -> Iterator[Triple]:
    """Every triple of ``article`` in text order (negated ones included, flagged).

    ``open_actors`` also accepts actors outside the lexicon (see :func:`find_mentions`).
    """
    lex = lexicon or load_lexicon()
    lang = article.lang or detect_language(article.text)
    lang = lang if lang in lex.relations else "en"
    grammar = _grammar(lex, lang)
    memory = Memory(date=article.published)
    text = article.text
    for sentence in iter_sentences(text, lex.furniture.classify):
        tokens = tokenize(sentence.text, sentence.start)
        mentions = find_mentions(tokens, lex, lang, memory, open_actors)
        attributed, speaker = _attribution(tokens, sentence, mentions, grammar, memory)
        memory.speaker_recent = max(0, memory.speaker_recent - 1)
        if speaker:
            memory.last_speaker = speaker
            memory.speaker_recent = 3
        reader = _SentenceReader(
            tokens, mentions, grammar, memory, speaker or memory.last_speaker, open_actors
        )
        cues = find_cues(tokens, lex, lang)
        reader.cues = cues
        lowered = sentence.text.lower()
        peacekeeping = any(word in lowered for word in grammar.peacekeeping)
        date = resolve_date(sentence.text, article.published)
        prev_source: _Side | None = None
        prev_target: _Side | None = None
        prev_controls = False
        prev_end = 0
        sentence_sources: tuple[str, ...] = ()
        emitted: list[Triple] = []
        for cue in cues:
            if cue.pattern.relation == NOT_AN_EVENT:
                continue  # an idiom that only looks like a cue ("struck a conciliatory tone")
            inside = [m for m in mentions if m.start <= cue.start < m.end]
            if inside and not (cue.pattern.frame == "agent" and inside[0].start == cue.start):
                continue  # a cue word inside a name ("Dewan Keamanan")
            negated = _negated(tokens, cue, grammar)
            modality = _modality(tokens, cue, grammar, negated)
            cameo = cue.pattern.cameo
            relation = cue.pattern.relation
            if relation == "MOBILIZES" and peacekeeping:
                # CAMEO 074: sending peacekeepers is military protection, material aid
                cameo, relation = "074", "SUPPLIES"
            if modality == "planned":
                cameo = _intent_code(cameo)
                threat = _THREAT_BY_ROOT.get(cameo[:2])
                if threat:  # "Israel akan serang Hizbullah": a threat until it happens
                    cameo, relation = threat, "THREATENS"
            code = lex.code(cameo)
            # "agreed to withdraw", "threatened to strike", "setuju untuk menarik": the
            # governing verb carries the event; its complement is less certain
            # what an actor "must" do is asked for, not done
            governed_by_modal = any(
                o.pattern.frame == "modal" and o.end <= cue.start <= o.end + 3 for o in cues
            )
            governed = governed_by_modal or (
                any(o.end <= cue.start <= o.end + 2 and o is not cue for o in cues)
                and (
                    (cue.start > 0 and tokens[cue.start - 1].lower in grammar.purpose)
                    # "lifted sanctions on", "condemned the bombing of": the noun is the object
                    or (
                        cue.pattern.frame == "noun"
                        and any(
                            o.pattern.frame != "noun"
                            for o in cues
                            if o.end <= cue.start <= o.end + 2
                        )
                    )
                )
            )
            if (
                lang == "id"
                and cue.pattern.frame == "noun"
                and any(o.pattern.frame == "noun" and o.end == cue.start for o in cues)
            ):
                continue  # "kesepakatan tarif": a tariff agreement, not tariffs
            governors = [o for o in cues if o is not cue and o.end <= cue.start <= o.end + 2]
            if cue.pattern.frame == "noun" and any(
                o.pattern.relation in _NOT_EVENT_GOVERNORS for o in governors
            ):
                continue  # "menyerukan gencatan senjata", "condemned the bombing": not asserted
            controlled = prev_controls and cue.start - prev_end <= 8
            for source, target, _how, confidence in _triples_for_cue(
                cue, reader, prev_target if controlled else prev_source
            ):
                if governed:
                    confidence = round(confidence * 0.8, 3)
                prev_source = source if source.how != "pronoun" else prev_source
                # "menuntut Y untuk mencabut …", "urged Y to …": Y does the next verb
                prev_target = target if target.mentions else None
                prev_controls = cue.pattern.relation in _OBJECT_CONTROL
                prev_end = cue.end
                for s_index, s_actor in enumerate(source.actors):
                    for t_index, t_actor in enumerate(target.actors):
                        if s_actor == t_actor:
                            continue
                        s_m = (
                            source.mentions[min(s_index, len(source.mentions) - 1)]
                            if source.mentions
                            else None
                        )
                        t_m = (
                            target.mentions[min(t_index, len(target.mentions) - 1)]
                            if target.mentions
                            else None
                        )
                        start = min(
                            [tokens[cue.start].start]
                            + ([s_m.char_start] if s_m else [])
                            + ([t_m.char_start] if t_m else [])
                        )
                        end = max(
                            [tokens[cue.end - 1].end]
                            + ([s_m.char_end] if s_m else [])
                            + ([t_m.char_end] if t_m else [])
                        )
                        emitted.append(
                            Triple(
                                source=s_actor,
                                relation=relation,
                                target=t_actor,
                                source_mention=s_m.text if s_m else "",
                                target_mention=t_m.text if t_m else "",
                                cameo=code.code,
                                plover=code.plover,
                                quad_class=code.quad_class,
                                goldstein=code.goldstein,
                                date=date,
                                modality=modality,
                                negated=negated,
                                article_id=article.id,
                                sentence=sentence.index,
                                line=_line_of(text, tokens[cue.start].start),
                                char_start=start,
                                char_end=end,
                                evidence=sentence.text,
                                attributed_to=attributed,
                                confidence=confidence,
                            )
                        )
                if not negated:
                    sentence_sources = source.actors
        seen: set[str] = set()
        for triple in emitted:
            if triple.id not in seen:
                seen.add(triple.id)
                yield triple
        _remember(memory, mentions, emitted, sentence_sources)


def _remember(
    memory: Memory, mentions: list[Mention], emitted: list[Triple], sources: tuple[str, ...]
) -> None:
    agents = [m for m in mentions if m.kind not in _NOT_ACTORS and m.actor and not m.locative]
    persons = [m for m in agents if m.person]
    if persons:
        memory.last_person = persons[0].actor  # the subject comes first in news sentences
    asserted = [t for t in emitted if not t.negated]
    if asserted:
        # the main clause's cue comes first: "AS menuduh Rusia …" then "hal tersebut" is the US
        first = asserted[0]
        memory.last_sources = tuple(
            dict.fromkeys(t.source for t in asserted if t.relation == first.relation)
        )
        last = asserted[-1]
        pair = tuple(dict.fromkeys([last.source, last.target]))
        talks = [t for t in asserted if t.relation in ("CONSULTS", "MEETS", "AGREES", "COOPERATES")]
        if talks:
            # "keduanya", "kedua belah pihak": the last two parties who talked or met
            memory.last_dialogue = tuple(dict.fromkeys([talks[-1].source, talks[-1].target]))
        memory.last_group = pair
    elif agents:
        actors = tuple(dict.fromkeys(m.actor for m in agents))
        memory.last_group = actors[:2] if len(actors) >= 2 else actors
    del sources


def extract_triples(
    article: Article, lexicon: Lexicon | None = None, open_actors: bool = False
) -> list[Triple]:
    """The article's triples as a list (see :func:`extract_article_triples`)."""
    return list(extract_article_triples(article, lexicon, open_actors))
