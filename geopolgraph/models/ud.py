"""Universal Dependencies CoNLL-U: read gold sentences, turn them into spaCy Docs, score a parser.

Only syntactic words count (multiword-token ranges such as ``menyetujuinya`` = ``menyetujui``
+ ``nya`` are read as their words; empty nodes ``8.1`` are skipped). The parser is scored on the
gold words, so tokenisation differences never enter UAS/LAS. LAS compares the full label
(``nmod:poss`` must match ``nmod:poss``); punctuation counts like any other word.

>>> s = parse_conllu_text("# text = Ali tidur.\\n1\\tAli\\t_\\tPROPN\\t_\\t_\\t2\\tnsubj\\t_\\t_\\n"
...                       "2\\ttidur\\t_\\tVERB\\t_\\t_\\t0\\troot\\t_\\tSpaceAfter=No\\n"
...                       "3\\t.\\t_\\tPUNCT\\t_\\t_\\t2\\tpunct\\t_\\t_\\n")[0]
>>> s.words, s.heads, s.deps, s.text
(['Ali', 'tidur', '.'], [1, 1, 1], ['nsubj', 'root', 'punct'], 'Ali tidur.')
>>> parse_conllu_text("1-2\\tdoesn't\\t_\\t_\\t_\\t_\\t_\\t_\\t_\\t_\\n"
...                   "1\\tdoes\\t_\\tAUX\\t_\\t_\\t0\\troot\\t_\\t_\\n"
...                   "2\\tn't\\t_\\tPART\\t_\\t_\\t1\\tadvmod\\t_\\t_\\n")[0].tokens
["doesn't"]
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geopolgraph.errors import InputError

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

__all__ = [
    "Sentence",
    "UdScore",
    "gold_doc",
    "language_of",
    "parse_conllu_text",
    "read_conllu",
    "score_conllu",
    "score_sentences",
]


@dataclass
class Sentence:
    """One gold sentence: its words, 0-based heads (the root points at itself), labels, UPOS."""

    sent_id: str = ""
    text: str = ""
    line: int = 0
    words: list[str] = field(default_factory=list)
    spaces: list[bool] = field(default_factory=list)
    heads: list[int] = field(default_factory=list)
    deps: list[str] = field(default_factory=list)
    upos: list[str] = field(default_factory=list)
    tokens: list[str] = field(default_factory=list)  # surface forms: a multiword token once


def _bad(where: str, lineno: int, why: str) -> InputError:
    return InputError(f"{where}, line {lineno}: {why}")


def _add_word(sent: Sentence, cols: list[str], where: str, lineno: int) -> None:
    try:
        head = int(cols[6])
    except ValueError:
        raise _bad(where, lineno, f"head {cols[6]!r} is not a number") from None
    sent.words.append(cols[1])
    sent.upos.append(cols[3])
    sent.heads.append(head)  # 1-based for now, fixed in _finish
    sent.deps.append(cols[7])
    sent.spaces.append("SpaceAfter=No" not in cols[9].split("|"))


def _finish(sent: Sentence, where: str) -> Sentence:
    n = len(sent.words)
    roots = 0
    for i, head in enumerate(sent.heads):
        if not 0 <= head <= n:
            raise _bad(where, sent.line, f"head {head} out of range in sentence {sent.sent_id!r}")
        roots += head == 0
        sent.heads[i] = i if head == 0 else head - 1
    if roots != 1:
        raise _bad(where, sent.line, f"sentence {sent.sent_id!r} has {roots} roots, not 1")
    if not sent.text:
        sent.text = "".join(w + (" " if sp else "") for w, sp in zip(sent.words, sent.spaces,
                                                                     strict=True)).strip()
    return sent


def parse_conllu_text(text: str, where: str = "<text>") -> list[Sentence]:
    """Sentences of a CoNLL-U string; a malformed line raises InputError naming ``where`` and it.

    >>> parse_conllu_text("1\\tx\\n", "a.conllu")
    Traceback (most recent call last):
    ...
    geopolgraph.errors.InputError: a.conllu, line 1: expected 10 tab-separated columns, got 2
    """
    out: list[Sentence] = []
    sent = Sentence(line=1)
    mwt_end, mwt_space = 0, True
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.rstrip("\r")
        if not line.strip():
            if sent.words:
                out.append(_finish(sent, where))
            sent, mwt_end = Sentence(line=lineno + 1), 0
            continue
        if line.startswith("#"):
            key, _, value = line[1:].partition("=")
            if key.strip() == "sent_id":
                sent.sent_id = value.strip()
            elif key.strip() == "text":
                sent.text = value.strip()
            continue
        cols = line.split("\t")
        if len(cols) != 10:
            raise _bad(where, lineno, f"expected 10 tab-separated columns, got {len(cols)}")
        if not sent.words and not sent.sent_id:
            sent.line = lineno
        first, dash, last = cols[0].partition("-")
        if dash:  # a multiword token: its words follow; the space after goes to its last word
            if not (first.isdigit() and last.isdigit()):
                raise _bad(where, lineno, f"bad token range {cols[0]!r}")
            mwt_end, mwt_space = int(last), "SpaceAfter=No" not in cols[9].split("|")
            sent.tokens.append(cols[1])
            continue
        if "." in cols[0]:  # an empty node of the enhanced graph
            continue
        if not cols[0].isdigit() or int(cols[0]) != len(sent.words) + 1:
            raise _bad(where, lineno, f"word id {cols[0]!r} out of sequence")
        _add_word(sent, cols, where, lineno)
        if mwt_end and int(cols[0]) <= mwt_end:
            sent.spaces[-1] = mwt_space if int(cols[0]) == mwt_end else False
        else:
            sent.tokens.append(cols[1])
    if sent.words:
        out.append(_finish(sent, where))
    return out


def read_conllu(path: str | Path) -> list[Sentence]:
    """All sentences of a CoNLL-U file (InputError for a missing, binary or malformed file)."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{p}: cannot read CoNLL-U ({type(exc).__name__})") from None
    sentences = parse_conllu_text(text, str(p))
    if not sentences:
        raise InputError(f"{p}: no CoNLL-U sentences")
    return sentences


def language_of(path: str | Path) -> str:
    """The language prefix of a UD file name (``id_csui-ud-test.conllu`` -> ``id``).

    >>> language_of("data/ud/en/en_ewt-ud-test.conllu")
    'en'
    """
    name = Path(path).name
    prefix = name.split("_", 1)[0] if "_" in name else ""
    if prefix not in ("id", "en"):
        raise InputError(f"{path}: cannot tell the language from the file name; give --lang")
    return prefix


def gold_doc(vocab: Vocab, sentences: Iterable[Sentence], annotate: bool = True) -> Doc:
    """One Doc holding the sentences' words; with ``annotate`` also their gold heads, labels, UPOS.

    The root's label is spaCy's ``ROOT``; sentence starts are always set.
    """
    from spacy.tokens import Doc

    words: list[str] = []
    spaces: list[bool] = []
    heads: list[int] = []
    deps: list[str] = []
    pos: list[str] = []
    starts: list[bool | int | None] = []
    for s in sentences:
        base = len(words)
        words += s.words
        spaces += s.spaces
        heads += [base + h for h in s.heads]
        deps += ["ROOT" if d == "root" else d for d in s.deps]
        pos += [p if p != "_" else "X" for p in s.upos]
        starts += [True] + [False] * (len(s.words) - 1)
    if spaces:
        spaces[-1] = False
    if not annotate:
        return Doc(vocab, words=words, spaces=spaces, sent_starts=starts)
    return Doc(vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos,
               sent_starts=starts)


@dataclass(frozen=True)
class UdScore:
    """Word counts of one scored file."""

    sentences: int
    words: int
    head_ok: int
    label_ok: int

    @property
    def uas(self) -> float:
        return self.head_ok / self.words if self.words else 0.0

    @property
    def las(self) -> float:
        return self.label_ok / self.words if self.words else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"sentences": self.sentences, "words": self.words, "head_ok": self.head_ok,
                "label_ok": self.label_ok, "uas": self.uas, "las": self.las}


def score_sentences(nlp: Any, sentences: list[Sentence]) -> UdScore:
    """Parse each gold sentence's words with ``nlp`` (sentence by sentence) and count matches."""
    head_ok = label_ok = words = 0
    docs = (gold_doc(nlp.vocab, [s], annotate=False) for s in sentences)
    for s, doc in zip(sentences, nlp.pipe(docs, batch_size=64), strict=True):
        for tok, gold_head, gold_dep in zip(doc, s.heads, s.deps, strict=True):
            words += 1
            if tok.head.i == gold_head:
                head_ok += 1
                label = "root" if tok.dep_ == "ROOT" else tok.dep_
                label_ok += label.lower() == gold_dep.lower()
    return UdScore(len(sentences), words, head_ok, label_ok)


def score_conllu(path: str | Path, lang: str | None = None) -> dict[str, Any]:
    """UAS/LAS of the shipped ``lang`` pipeline on a CoNLL-U file's gold words.

    ``lang`` defaults to the file name's prefix (``id_``/``en_``). Returns the counts, ``uas``,
    ``las``, ``lang`` and ``file``.
    """
    from geopolgraph.models import load_pipeline

    lang = lang or language_of(path)
    sentences = read_conllu(path)
    result = score_sentences(load_pipeline(lang), sentences).as_dict()
    result.update(lang=lang, file=str(path))
    return result
