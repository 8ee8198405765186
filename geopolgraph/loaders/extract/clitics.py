"""Indonesian "-nya" clitics for the parser: split before parsing, folded back after.

Universal Dependencies splits "menyetujuinya" into "menyetujui" + "nya" and the Indonesian
parser learnt from split words, while the extractor's tokens (whose offsets are the evidence)
keep the word whole. :func:`parser_tokens` gives the parser the split words (the clitic keeps
its own character offsets); :func:`fold` maps the parse back onto the extractor's tokens and
records each clitic's relation ("obj", "nmod:poss" …) in :attr:`Parse.clitics`, where the frames
read it as a reference ("menyetujuinya": the verb's object is whom "-nya" stands for).

Which words end in a clitic is data: ``clitics_id.tsv`` (split or whole as the training
treebanks have them) decides for the forms it lists; for other forms the stem must be a cue
word or carry a derivational affix (meN-, di-, ber-, ter-, pe-, per-, ke-, -an, -kan, -i), and
"se-…-nya" adverbs ("sebaiknya") stay whole.

>>> from geopolgraph.loaders.text import tokenize
>>> table = {"hanya": False, "menyetujuinya": True}
>>> [t.text for t in parser_tokens(tokenize("Rusia menyetujuinya, hanya itu."), table,
...                                 frozenset())[0]]
['Rusia', 'menyetujui', 'nya', ',', 'hanya', 'itu', '.']
>>> fold(Parse((1, 1, 1), ("amod", "ROOT", "punct")), [0, -1, 1], 2).clitics
{0: (0, 'ROOT')}
>>> is_clitic_word("dukungannya", {}, frozenset()), is_clitic_word("bertanya", {}, frozenset())
(True, False)
>>> [clitic_role(w) for w in ("mengkritik", "dikatakan", "dukungan", "tolak")]
['obj', 'obl:agent', 'nmod:poss', '']
"""

from __future__ import annotations

from collections.abc import Mapping

from geopolgraph.loaders.extract.parse import Parse
from geopolgraph.loaders.text import Token

__all__ = ["clitic_role", "fold", "is_clitic_word", "parser_tokens"]

_PREFIXES = ("me", "di", "ber", "ter", "pe", "per", "ke")
_SUFFIXES = ("an", "kan", "i")
_MIN_DERIVED = 6  # "bertanya" is "ber" + "tanya", not "berta" + "nya"
#: the active prefix meN- before its host's first letters
_ACTIVE = ("mem", "men", "meng", "meny", "mel", "mer", "mew", "mey")
_NOUN_SUFFIX = "an"  # "dukungan", "pertemuan", "kedatangan" ("-kan" makes verbs)


def clitic_role(stem: str) -> str:
    """The UD relation a "-nya" clitic has to the lower-case ``stem`` it ends, as the stem's form
    says (Indonesian grammar, not the parse): "obj" after an active meN- verb, "obl:agent" after
    a di- passive, "nmod:poss" after a noun derived with -an; "" when the form does not tell."""
    if len(stem) < _MIN_DERIVED:
        return ""
    if stem.startswith("di"):
        return "obl:agent"  # "dikatakan", "ditolak", "ditahan"
    if stem.startswith(_ACTIVE):
        return "obj"  # "mengkritik", "menyetujui", "menahan"
    if stem.endswith(_NOUN_SUFFIX) and not stem.endswith("kan"):
        return "nmod:poss"
    return ""


def is_clitic_word(word: str, table: Mapping[str, bool], cue_words: frozenset[str]) -> bool:
    """Whether lower-case ``word`` is a stem plus the clitic "nya"."""
    if not word.endswith("nya") or len(word) < 6 or not word[:-3].isalpha():
        return word in table and table[word]
    if word in table:
        return table[word]
    stem = word[:-3]
    if stem in cue_words:
        return True
    if stem.startswith("se") or len(stem) < _MIN_DERIVED:
        return False
    return stem.startswith(_PREFIXES) or stem.endswith(_SUFFIXES)


def parser_tokens(tokens: list[Token], table: Mapping[str, bool],
                  cue_words: frozenset[str]) -> tuple[list[Token], list[int]]:
    """The parser's tokens and, for each, the index of the extractor token it comes from (a
    clitic's index is negative: ``-1 - i``)."""
    out: list[Token] = []
    origin: list[int] = []
    for i, t in enumerate(tokens):
        if is_clitic_word(t.lower, table, cue_words) and len(t.text) == t.end - t.start:
            cut = t.end - 3
            out += [Token(t.text[:-3], t.start, cut), Token(t.text[-3:], cut, t.end)]
            origin += [i, -1 - i]
        else:
            out.append(t)
            origin.append(i)
    return out, origin


def fold(parse: Parse | None, origin: list[int], n: int) -> Parse | None:
    """The parse of the split (or merged) words mapped back onto the ``n`` extractor tokens; a
    token merged into the word before it ("U.S." from "U . S .") hangs on that word's first
    token as ``goeswith``."""
    if parse is None or origin == list(range(n)):
        return parse
    word = [o if o >= 0 else -1 - o for o in origin]
    heads = [0] * n
    deps = [""] * n
    clitics: dict[int, tuple[int, str]] = {}
    # a token split into several words (English "wheel - chair") takes the relation of the
    # word whose head lies outside the token
    piece: dict[int, int] = {}
    for j, o in enumerate(origin):
        if o >= 0 and (o not in piece or (word[parse.heads[piece[o]]] == o
                                          and word[parse.heads[j]] != o)):
            piece[o] = j
    for j, o in enumerate(origin):
        head = word[parse.heads[j]]
        if o < 0:
            clitics[word[j]] = (head, parse.deps[j])
            continue
        if piece[o] != j:
            continue
        if head == o:  # the stem hangs on its own clitic: take the clitic's head
            head = word[parse.heads[parse.heads[j]]]
        heads[o] = head
        deps[o] = parse.deps[j] if head != o else "ROOT"
    for i in range(1, n):
        if not deps[i] and i not in piece:  # merged into the word before
            heads[i] = heads[i - 1] if deps[i - 1] == "goeswith" else i - 1
            deps[i] = "goeswith"
    return Parse.of(tuple(heads), tuple(deps), clitics)
