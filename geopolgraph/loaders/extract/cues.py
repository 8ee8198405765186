"""Relation cues: the lexicon's patterns (``relations_<lang>.tsv``) matched on a sentence's tokens.

A pattern is lower-case tokens matched contiguously; ``…`` is a gap of up to five tokens in one
clause ("menganggap … sebagai sahabat"), never opening on a comma or colon. A cue inside a longer
contiguous one is part of it.

>>> from geopolgraph.loaders.lexicons import load_lexicon
>>> from geopolgraph.loaders.text import tokenize
>>> [(c.pattern.text, c.pattern.relation) for c in
...  find_cues(tokenize("AS telah memperingatkan Putin."), load_lexicon(), "id")]
[('memperingatkan', 'WARNS')]
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.lang import language
from geopolgraph.loaders.lexicons import GAP, Lexicon, RelationPattern
from geopolgraph.loaders.mentions import Mention, shortened
from geopolgraph.loaders.text import Token

__all__ = ["Cue", "find_cues", "in_compound", "pattern_index", "titles_to_cues"]

COMPOUND = rules.register("cue.compound", "'US-led attack', 'Iran-backed rebels': a participle "
                          "joined to a name takes no object and is background to the clause")
CONTIGUOUS_FIRST = rules.register(
    "cue.contiguous_first", "'Russia stands by Ukraine': of two patterns with the same words, "
    "the contiguous one ('stand by', SUPPORTS) is tried before the gapped one ('stand … by', "
    "PRAISES), whose gap may be empty")
TITLE_TO_CUE = rules.register(
    "cue.title_to_cue", "'US military aid to Ukraine', 'Russia's intelligence sharing with "
    "Iran': a cue that starts on the title word of a state's body ('military', 'forces', "
    "'troops') takes that word, and the mention is the state's")
ADVERB_INSIDE = rules.register(
    "cue.adverb_inside", "'Australia will work closely with Indonesia', 'Biden spoke directly "
    "with Xi': an adverb of manner between the two words of a cue ('work with') is inside it")
CLITIC_LAST = rules.register(
    "cue.clitic_last", "'Rusia menarik pasukannya dari Suriah': a cue of several words matches "
    "with the clitic '-nya' on its last word, as a one-word cue does ('mengkritiknya')")
GAP_COMMA = rules.register(
    "cue.gap_comma", "'In exchange, Israel freed 200 Palestinian prisoners': a pattern's gap "
    "never opens on a comma or colon (the words after it are no object of the first part)")
CONTROL_GAP = rules.register(
    "cue.control_gap", "'France ordered Mali to release the hostages', 'ordered Israel to allow "
    "aid': a gapped pattern opened by a verb of object control (one whose relation has "
    "object_control in relations.tsv) never runs over the infinitive mark after its object: "
    "what follows is the object's act, not the first verb's ('ordered … release')")
_NO_MARKS: frozenset[str] = frozenset()
_MAX_GAP = 5
_LOOK_BACK = 24  # cues that may contain a later one: longer than any pattern with its gaps


@dataclass(frozen=True, slots=True)
class Cue:
    """A relation pattern matched at tokens ``[start, end)``."""

    start: int
    end: int
    pattern: RelationPattern
    head_end: int = 0  # end of the pattern's first segment (before a gap)


def pattern_index(lex: Lexicon, lang: str) -> dict[str, list[RelationPattern]]:
    """Relation patterns by first token, longest first (built once per lexicon)."""
    contiguous = rules.on(CONTIGUOUS_FIRST)
    key = ("patterns", lang, contiguous)
    if key not in lex.derived:
        index: dict[str, list[RelationPattern]] = {}
        for pattern in lex.relations.get(lang, []):
            index.setdefault(pattern.tokens[0], []).append(pattern)
        for patterns in index.values():
            # more words first (a gap is no word); of the same words, the contiguous one first
            # ("stand by" before "stand … by", whose gap may be empty)
            patterns.sort(key=lambda p: (len(p.tokens) - p.tokens.count(GAP), GAP not in p.tokens)
                          if contiguous else (len(p.tokens), False), reverse=True)
        lex.derived[key] = index
    found: dict[str, list[RelationPattern]] = lex.derived[key]
    return found


def control_marks(lex: Lexicon, lang: str) -> dict[str, frozenset[str]]:
    """First word of a pattern of object control -> the one-word infinitive marks (grammar
    ``purpose``) its object's own act opens with: "urged" -> {"to"} (built once per lexicon).

    >>> from geopolgraph.loaders.lexicons import load_lexicon
    >>> sorted(control_marks(load_lexicon(), "en")["ordered"])
    ['to']
    """
    key = ("control_marks", lang)
    if key not in lex.derived:
        marks = frozenset(w for w in language(lex, lang).purpose if " " not in w)
        lex.derived[key] = {
            p.tokens[0]: marks for p in lex.relations.get(lang, [])
            if lex.props(p.relation).object_control and p.frame in ("active", "passive") and (
                len(p.tokens) == 1 or (len(p.tokens) == 3 and p.tokens[1] == GAP
                                       and p.tokens[2] in marks))}
    found: dict[str, frozenset[str]] = lex.derived[key]
    return found


def in_compound(tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` is the participle of a compound after a name ("US-led attack",
    "Iran-backed rebels"): an attribute of the noun after it, not the clause's verb.

    >>> from geopolgraph.loaders.text import tokenize
    >>> in_compound(tokenize("Iran-backed rebels"), 2), in_compound(tokenize("Iran backed"), 1)
    (True, False)
    """
    return (i > 0 and tokens[i - 1].text == "-" and tokens[i - 1].end == tokens[i].start
            and rules.on(COMPOUND))


def _match_at(tokens: list[Token], i: int, pattern: RelationPattern,
              owned: Callable[[str, str], bool] | None = None,
              marks: frozenset[str] = frozenset()) -> int:
    """End of ``pattern`` matched at token ``i``, or -1; with ``owned``, the last of several
    words may carry an owner clitic ("menarik pasukannya"); a gap runs over none of ``marks``
    after its first word ("ordered Mali to release": cue.control_gap)."""
    j = i
    k = 0
    parts = pattern.tokens
    while k < len(parts):
        if (k == len(parts) - 1 and k and owned is not None and j < len(tokens)
                and owned(tokens[j].lower, parts[k])):
            return j + 1
        part = parts[k]
        if part == GAP:
            nxt = parts[k + 1]
            if j < len(tokens) and tokens[j].text in ",:" and nxt != tokens[j].text and (
                    rules.on(GAP_COMMA)):
                return -1
            last = owned if k + 1 == len(parts) - 1 else None
            for skip in range(_MAX_GAP + 1):
                if j + skip < len(tokens) and tokens[j + skip].lower == nxt:
                    j += skip
                    break
                if last is not None and j + skip < len(tokens) and last(tokens[j + skip].lower,
                                                                        nxt):
                    return j + skip + 1  # "memasuki … perairannya": the gap's last word owned
                if j + skip < len(tokens) and (tokens[j + skip].text in ".;" or (
                        marks and skip and tokens[j + skip].lower in marks)):
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
    index = pattern_index(lex, lang)
    grammar = language(lex, lang)
    stem_of = grammar.clitic_stem
    owned = grammar.owned_form if grammar.owner_clitics and rules.on(CLITIC_LAST) else None
    controls = control_marks(lex, lang) if rules.on(CONTROL_GAP) else {}
    found: list[Cue] = []
    n = len(tokens)
    for i, tok in enumerate(tokens):
        patterns = index.get(tok.lower, ())
        compound = bool(patterns) and in_compound(tokens, i)
        after = tokens[i + 1].lower if i + 1 < n else ""
        marks = controls.get(tok.lower, _NO_MARKS) if patterns else _NO_MARKS
        window: set[str] | None = None  # the words a gap may end on (built when first needed)
        for pattern in patterns:
            parts = pattern.tokens
            if compound and GAP in parts:
                continue  # "US-led attack": the participle takes no object ("led … attack")
            if len(parts) == 2 and parts[1] not in (GAP, after) and i + 2 < n and (
                    tokens[i + 2].lower == parts[1] and rules.on(ADVERB_INSIDE)
                    and grammar.is_manner_adverb(tokens[i + 1].text)):
                found.append(Cue(i, i + 3, pattern, i + 3))  # "work closely with"
                break
            if len(parts) > 1 and parts[1] != GAP and parts[1] != after and not (
                    len(parts) == 2 and owned is not None and owned(after, parts[1])):
                continue  # the next word already differs (most patterns): no full match tried
            if len(parts) > 2 and parts[1] == GAP and (owned is None or len(parts) > 3):
                if window is None:
                    window = {t.lower for t in tokens[i + 1 : i + 2 + _MAX_GAP]}
                if parts[2] not in window:
                    continue  # the word after the gap stands nowhere it could: no match tried
            end = _match_at(tokens, i, pattern, owned, marks)
            if end > 0:
                head = parts.index(GAP) if GAP in parts else end - i
                found.append(Cue(i, end, pattern, i + head))
                break
        else:
            # "mengkritiknya": a one-word cue with a clitic (the clitic is read from the parse)
            stem = stem_of(tok.lower)
            one = [pt for pt in index.get(stem, ()) if len(pt.tokens) == 1] if stem else []
            if one:
                found.append(Cue(i, i + 1, one[0], i + 1))
    # a cue inside a longer contiguous one is part of it ("menerima kunjungan"); inside a gapped
    # one it names its own event when its relation differs ("expected … visit"), not when it is
    # the same one ("offer … help"). Cues come in text order, one per token, so only the few
    # before a cue can contain it (this keeps a long sentence linear).
    kept = []
    for k, c in enumerate(found):
        contained = False
        for o in found[max(0, k - _LOOK_BACK) : k]:
            if (
                o is not c
                and o.start <= c.start
                and c.end <= o.end
                and (o.end - o.start) > (c.end - c.start)
                and (GAP not in o.pattern.tokens or o.pattern.relation == c.pattern.relation)
            ):
                contained = True
                break
        if not contained:
            kept.append(c)
    return kept


def titles_to_cues(tokens: list[Token], mentions: list[Mention], cues: list[Cue],
                   lex: Lexicon) -> list[Mention]:
    """``mentions`` with each body mention ("US military") cut before a cue that starts inside
    it and runs past it ("military aid to"), so the cue is not taken for part of a name.

    >>> from geopolgraph.loaders.lexicons import load_lexicon
    >>> from geopolgraph.loaders.mentions import Memory, find_mentions
    >>> from geopolgraph.loaders.text import tokenize
    >>> lex = load_lexicon()
    >>> toks = tokenize("US military aid to Ukraine")
    >>> ms = find_mentions(toks, lex, "en", Memory())
    >>> [(m.text, m.kind) for m in ms]
    [('US military', 'body'), ('Ukraine', 'state')]
    >>> [(m.text, m.kind) for m in titles_to_cues(toks, ms, find_cues(toks, lex, "en"), lex)]
    [('US', 'state'), ('Ukraine', 'state')]
    """
    if not rules.on(TITLE_TO_CUE):
        return mentions
    starts = {c.start: c for c in reversed(cues)}  # a lookup per word, not a scan of all cues
    out = []
    for m in mentions:
        if m.kind == "body" and not m.person:
            for k in range(m.start + 1, m.end):
                c = starts.get(k)
                if c is not None and c.end > m.end:
                    actor = lex.actors.get(m.actor)
                    m = shortened(m, tokens, k, actor.kind if actor else m.kind)
                    break
        out.append(m)
    return out
