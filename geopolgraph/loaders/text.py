"""Article text into sentences and tokens, keeping character offsets into the article.

Lines that belong together (a paragraph, or an English sentence wrapped where a link was) are
joined into blocks; page furniture lines are dropped first; blocks are split into sentences at
terminal punctuation outside quotes and not after abbreviations.

>>> [s.text for s in split_sentences('AS tiba. "Kami siap. Sangat siap," kata dia. Dr. Li pergi.')]
['AS tiba.', '"Kami siap. Sangat siap," kata dia.', 'Dr. Li pergi.']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import NamedTuple

__all__ = ["Sentence", "Token", "abbreviation_at", "iter_sentences", "split_sentences", "tokenize"]

#: the rupiah sign before its amount ("Rp" "724,5"),
#: a number with inner separators ("1,000", "3.5", "17.00", "10/6/2024"), a run of one
#: punctuation mark ("...", "--", "!!"), a word, a single mark: one token each, as in UD
_TOKEN = re.compile(
    r"Rp(?=\d)|\d[\d.,:/]*\d(?![\w'’-])|\w[\w'’-]*\w|\w|\.\.+|--+|!!+|\?\?+|``+|[^\w\s]"
)
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "st",
        "jr",
        "sr",
        "no",
        "vs",
        "etc",
        "inc",
        "ltd",
        "co",
        "corp",
        "gov",
        "sen",
        "rep",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.n",
        "u.k",
        "e.g",
        "i.e",
        "a.s",
        "h.e",
        "dll",
        "dsb",
        "yth",
        "bpk",
        "drs",
        "ir",
        "hj",
        "kh",
        "tn",
        "ny",
    ]
)
_OPEN_QUOTES = "“‘«"
_CLOSE_QUOTES = "”’»"
_TERMINAL = ".!?"
#: the characters split_sentences acts on; it jumps over all others
_MARKS = re.compile("[" + re.escape(_OPEN_QUOTES + _CLOSE_QUOTES + '"' + _TERMINAL) + "]")
_LINE_END_OK = tuple('.!?:"”’)»;')
#: A "sentence" longer than this (characters) is cut into chunks at the last clause mark or space
#: before the limit, so extraction stays linear in the input (a 1 MB text with no full stop).
MAX_SENTENCE_CHARS = 1200
_CUT_AT = ";,:)–-"


class _TokenFields(NamedTuple):
    text: str
    start: int
    end: int
    lower: str  # matching is on lower case


class Token(_TokenFields):
    """A word or punctuation mark; ``start``/``end`` are offsets into the article text.

    An immutable tuple, not a frozen dataclass: an article makes one per word, and a tuple is
    made faster (tokenize 0.17 -> 0.11 s CPU on the extraction bench's corpus, EVALUATION.md
    "Speed and memory"). ``lower`` defaults to the text's.

    >>> Token("Rusia", 0, 5)
    Token(text='Rusia', start=0, end=5, lower='rusia')
    """

    __slots__ = ()

    def __new__(cls, text: str, start: int, end: int, lower: str = "") -> Token:
        return tuple.__new__(cls, (text, start, end, lower or text.lower()))


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence with its offsets into the article text and its 1-based first line."""

    text: str
    start: int
    end: int
    index: int = 0
    whole: bool = True  # False for a chunk of a "sentence" too long to be one (see _add)


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Words (with inner hyphens and apostrophes), numbers and punctuation marks.

    A hyphen between two capitalised parts joins two names ("AS-China", "Israel-Hamas") and is
    split off, as is the hyphen of a name and a past participle ("US-led", "Iran-backed");
    other hyphenated words stay whole ("Hong-kyun", "Hwasong-11", "puing-puing").
    English contractions are split as Universal Dependencies splits them ("doesn't" = "does" +
    "n't", "can't" = "ca" + "n't", "cannot" = "can" + "not", "they're" = "they" + "'re"), so
    negation and the parser see "n't" (its ``lower`` is "n't" after a curly apostrophe too).
    A number keeps its separators and a run of one mark ("...") is one token, as in UD.

    >>> [t.text for t in tokenize("Kim Hong-kyun (10/6/2024) di perang AS-China...")][:7]
    ['Kim', 'Hong-kyun', '(', '10/6/2024', ')', 'di', 'perang']
    >>> [t.text for t in tokenize("perang AS-China")]
    ['perang', 'AS', '-', 'China']
    >>> [t.text for t in tokenize("the US-led coalition")]
    ['the', 'US', '-', 'led', 'coalition']
    >>> [(t.text, t.start) for t in tokenize("Iran won’t, we're told")][1:5]
    [('wo', 5), ('n’t', 7), (',', 10), ('we', 12)]
    """
    tokens: list[Token] = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        start = m.start() + offset
        if "'" in word or "’" in word or (len(word) == 6 and word.lower() == "cannot"):
            cut = _contraction(word)
            if cut:
                # "Turkey's parliament", "doesn't": the clitic is its own token
                tokens.append(Token(word[:cut], start, start + cut))
                tokens.append(Token(word[cut:], start + cut, start + len(word),
                                    word[cut:].lower().replace("’", "'")))
                continue
        parts = word.split("-") if "-" in word else ()
        if parts and (all(p[:1].isupper() for p in parts) or _agent_compound(parts)):
            pos = start
            for k, part in enumerate(parts):
                if k:
                    tokens.append(Token("-", pos, pos + 1))
                    pos += 1
                tokens.append(Token(part, pos, pos + len(part)))
                pos += len(part)
            continue
        # most words: the tuple made directly, without Token.__new__'s call (hot path)
        tokens.append(tuple.__new__(Token, (word, start, start + len(word), word.lower())))
    return tokens


#: hosts of "'m" and "'d" (elsewhere a name: "Sa'd")
_PRONOUNS = frozenset(
    ["i", "you", "he", "she", "it", "we", "they", "who", "that", "there", "what", "where", "how"]
)


def _contraction(word: str) -> int:
    """Where the clitic of an English contraction or a possessive starts in ``word`` (0: none):
    "'s", "n't", "'re", "'ve", "'ll", and "'m"/"'d" after a pronoun; "cannot" is "can" "not".

    >>> [_contraction(w) for w in ("Turkey's", "didn't", "can't", "I'd", "Sa'd", "Shi'ite")]
    [6, 3, 2, 1, 0, 0]
    """
    low = word.lower().replace("’", "'")
    if low == "cannot":
        return 3
    if low.endswith(("'s", "'re", "'ve", "'ll")) and len(low) > 2:
        return low.rindex("'")
    if len(low) > 3 and low.endswith("n't"):
        return len(low) - 3
    if low.endswith(("'m", "'d")) and low[:-2] in _PRONOUNS:
        return len(low) - 2
    return 0


def _agent_compound(parts: list[str]) -> bool:
    """"US-led", "Iran-backed", "Indian-administered": a name and a past participle, split as
    the English UD treebank the parser learned from splits them (``U.S. - led``, the name the
    participle's agent), so the name is found and parsed as one.

    >>> _agent_compound(["Iran", "backed"]), _agent_compound(["Hong", "kyun"])
    (True, False)
    """
    return (len(parts) == 2 and parts[0][:1].isupper() and parts[1].islower()
            and parts[1].endswith("ed"))


def abbreviation_at(tokens: list[Token], i: int) -> int:
    """How many tokens from ``i`` spell one abbreviation with its dots ("Mr" ".", "U" "." "S"
    "."), 0 when none; a dot that ends ``tokens`` is the sentence's own, not the abbreviation's.

    >>> toks = tokenize("Mr. Li met U.S. envoys and Dr. No in the U.S.")
    >>> [abbreviation_at(toks, i) for i in (0, 2, 4, 10, 15)]
    [2, 0, 4, 2, 0]
    """
    n = len(tokens)
    j = i
    while (j + 1 < n and tokens[j].text.isalpha() and tokens[j + 1].text == "."
           and tokens[j].end == tokens[j + 1].start and (j == i or len(tokens[j].text) == 1)
           and (j == i or tokens[j - 1].end == tokens[j].start)):
        j += 2
    if j == i or j >= n:
        return 0
    if j - i > 2:  # dotted letters: "U.S.", "p.m."
        return j - i if len(tokens[i].text) == 1 else 0
    word = tokens[i].lower
    return 2 if word in _ABBREVIATIONS or (len(word) == 1 and tokens[i].text.isupper()) else 0


def _is_abbreviation(block: str, dot: int) -> bool:
    start = dot
    # an abbreviation is short: the walk back stops after a dozen characters
    while start > max(0, dot - 12) and (block[start - 1].isalpha() or block[start - 1] == "."):
        start -= 1
    word = block[start:dot].lower()
    if not word:
        return False
    if word in _ABBREVIATIONS:
        return True
    # single capital initials ("J. Biden") and dotted acronyms ("U.S.")
    return (len(word) == 1 and block[start].isupper()) or "." in word


def split_sentences(block: str, offset: int = 0) -> list[Sentence]:
    """Split one block of text into sentences (see the module doctest)."""
    sentences: list[Sentence] = []
    depth = 0  # inside curly quotes
    straight_open = False
    start = 0
    i = 0
    n = len(block)
    while True:
        mark = _MARKS.search(block, i)
        if mark is None:
            break
        i = mark.start()
        ch = block[i]
        if ch in _OPEN_QUOTES and not (ch == "’" and i > 0 and block[i - 1].isalnum()):
            depth += 1
        elif (ch in _CLOSE_QUOTES and depth > 0 and ch != "’") or (ch == "”" and depth > 0):
            depth -= 1
        elif ch == '"':
            straight_open = not straight_open
        elif ch in _TERMINAL and depth == 0 and not straight_open:
            j = i + 1
            while j < n and block[j] in _TERMINAL:
                j += 1
            while j < n and block[j] in '"”’)»':
                j += 1
            rest = block[j : j + 3].lstrip()
            at_break = j >= n or (
                block[j].isspace()
                and rest
                and (rest[0].isupper() or rest[0].isdigit() or rest[0] in '"“‘(«')
            )
            if at_break and not (ch == "." and _is_abbreviation(block, i)):
                _add(sentences, block, start, j, offset)
                start = j
                i = j
                continue
        i += 1
    _add(sentences, block, start, n, offset)
    return sentences


def _cut(block: str, start: int, end: int) -> int:
    """Where to end a chunk of ``block[start:end]`` that is too long: after the last clause
    mark, else the last space, in its second half; else at the limit."""
    limit = start + MAX_SENTENCE_CHARS
    half = start + MAX_SENTENCE_CHARS // 2
    for marks in (_CUT_AT, " \n\t"):
        best = max(block.rfind(mark, half, limit) for mark in marks)
        if best >= half:
            return best + 1
    return limit


def _add(out: list[Sentence], block: str, start: int, end: int, offset: int) -> None:
    whole = end - start <= MAX_SENTENCE_CHARS
    while end - start > MAX_SENTENCE_CHARS:
        cut = _cut(block, start, end)
        _add_one(out, block, start, cut, offset, whole)
        start = cut
    _add_one(out, block, start, end, offset, whole)


def _add_one(out: list[Sentence], block: str, start: int, end: int, offset: int,
             whole: bool = True) -> None:
    raw = block[start:end]
    stripped = raw.strip()
    if not stripped:
        return
    lead = len(raw) - len(raw.lstrip())
    s = start + lead + offset
    out.append(Sentence(stripped, s, s + len(stripped), len(out), whole))


def _no_furniture(line: str) -> str:
    return ""


def iter_sentences(
    text: str, furniture: Callable[[str], str] = _no_furniture
) -> Iterator[Sentence]:
    """Every sentence of an article, furniture lines dropped, offsets into ``text``.

    Consecutive non-blank lines are joined when a line does not end a sentence (English wire
    copy wraps sentences where a link was); a line ending with terminal punctuation, or a blank
    line, ends the block. Sentence ``index`` counts across the whole article.

    >>> [s.text for s in iter_sentences("Baca juga: X\\nAS dan Korsel\\nmemperingatkan Putin.",
    ...                                   lambda l: "line" if l.startswith("Baca") else "")]
    ['AS dan Korsel\\nmemperingatkan Putin.']
    """
    index = 0
    block_start: int | None = None
    block_end = 0
    pos = 0
    lines = text.split("\n")
    furniture_rest = False
    skip = 0
    for number, line in enumerate(lines):
        line_start = pos
        pos += len(line) + 1
        stripped = line.strip()
        kind = "rest" if furniture_rest else furniture(stripped) if stripped else ""
        furniture_rest = kind == "rest"
        if kind.startswith("block:"):
            skip = int(kind[6:])
        elif stripped and skip:
            skip -= 1
            kind = "line"
        if not stripped or kind:
            if block_start is not None:
                for s in split_sentences(text[block_start:block_end], block_start):
                    yield Sentence(s.text, s.start, s.end, index, s.whole)
                    index += 1
                block_start = None
            continue
        if block_start is None:
            block_start = line_start
        block_end = line_start + len(line)
        ends = stripped.endswith(_LINE_END_OK)
        next_line = lines[number + 1].strip() if number + 1 < len(lines) else ""
        # a short line followed by a capitalised one is a heading ("Russian arms talks"), not
        # a sentence wrapped where a link was ("… since\nMoscow's Ukraine invasion\nthrew …")
        heading = (
            len(stripped.split()) < 6 and next_line[:1].isupper() and block_start == line_start
        )
        if ends or not next_line or heading:
            for s in split_sentences(text[block_start:block_end], block_start):
                yield Sentence(s.text, s.start, s.end, index, s.whole)
                index += 1
            block_start = None
    if block_start is not None:
        for s in split_sentences(text[block_start:block_end], block_start):
            yield Sentence(s.text, s.start, s.end, index, s.whole)
            index += 1
