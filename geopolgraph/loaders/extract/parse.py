"""Dependency parses of candidate sentences, from the project's trained spaCy pipelines.

Only a sentence that can yield a triple is parsed (a relation cue and at least two actor mentions,
or one and a reference word), so extraction stays fast. The sentence keeps the project's own
tokens (their character offsets are the evidence): a ``spacy.tokens.Doc`` is built from them and
the pipeline's components run on it. Without a trained pipeline (``geopolgraph.models``) or
spaCy, :func:`parse` returns ``None`` and the frames read no parse.

>>> from geopolgraph.loaders.text import tokenize
>>> p = parse(tokenize("AS dan Korsel telah memperingatkan Putin."), "id")
>>> p is None or len(p.heads) == 7
True
"""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from geopolgraph.loaders.text import Token

__all__ = ["Parse", "cue_head", "parse", "parse_many", "parser_available"]

#: a sentence longer than this (tokens) is not parsed: the frames then read no parse
MAX_PARSE_TOKENS = 160


@dataclass(frozen=True)
class Parse:
    """Heads and UD relations of one sentence's tokens (the root heads itself)."""

    heads: tuple[int, ...]
    deps: tuple[str, ...]
    children: tuple[tuple[int, ...], ...] = field(repr=False, default=())
    #: token -> (head, relation) of a clitic the token carries ("menyetujuinya": obj)
    clitics: dict[int, tuple[int, str]] = field(repr=False, default_factory=dict)

    @classmethod
    def of(cls, heads: tuple[int, ...], deps: tuple[str, ...],
           clitics: dict[int, tuple[int, str]] | None = None) -> Parse:
        """A parse from its heads and relations, its children filled in.

        >>> Parse.of((1, 1), ("nsubj", "ROOT")).children
        ((), (0,))
        """
        children: list[list[int]] = [[] for _ in heads]
        for i, h in enumerate(heads):
            if h != i:
                children[h].append(i)
        return cls(heads, deps, tuple(tuple(c) for c in children), clitics or {})

    def kids(self, i: int, *deps: str) -> list[int]:
        """Children of ``i`` whose relation is one of ``deps`` (or starts with ``dep:``)."""
        rel = self.deps  # the frames ask this some 80 times a sentence: kept lean
        return [c for c in self.children[i] if (d := rel[c]) in deps or d.split(":", 1)[0] in deps]

    def under(self, k: int, top: int) -> bool:
        """Whether token ``k`` is ``top`` or hangs below it.

        >>> Parse(heads=(1, 1, 1), deps=("nsubj", "root", "obj")).under(2, 1)
        True
        """
        for _ in range(len(self.heads)):
            if k == top:
                return True
            if self.heads[k] == k:
                return False
            k = self.heads[k]
        return False


def cue_head(p: Parse, start: int, end: int) -> int:
    """The token of a cue's span ``[start, end)`` whose head lies outside it ("state visit":
    "visit"), else its first token.

    >>> cue_head(Parse.of((1, 1, 1), ("compound", "ROOT", "obj")), 0, 2)
    1
    """
    for k in range(start, end):
        if not start <= p.heads[k] < end or p.heads[k] == k:
            return k
    return start


@cache
def _pipeline(lang: str) -> Any:
    try:
        from geopolgraph.models import load_pipeline

        nlp = load_pipeline(lang)
    except Exception:  # no spaCy, no shipped model, a damaged one: extraction goes on unparsed
        return None
    _numpy_gemm(nlp)
    return nlp


def _numpy_gemm(nlp: Any) -> None:
    """Let the pipeline's layers multiply matrices with numpy's OpenBLAS instead of thinc's
    BLIS: the BLIS wheel runs its generic kernel on this project's x86 machines, about a third
    of OpenBLAS's speed, and tok2vec is mostly matrix products (the parses and triples of the
    benchmark corpus are the same; see bench/results/extract.md)."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, proc in nlp.pipeline:
        model = getattr(proc, "model", None)
        for node in model.walk() if model is not None else ():
            node.ops = ops


@cache
def _blas() -> Any:
    """The process's BLAS libraries, found once (threadpoolctl; None in an environment built
    before it was a dependency: the parse is the same, only slower)."""
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:
        return None
    return ThreadpoolController()


def _one_blas_thread() -> AbstractContextManager[Any]:
    controller = _blas()
    return nullcontext() if controller is None else controller.limit(limits=1, user_api="blas")


@cache
def _components(lang: str) -> tuple[Any, ...]:
    """The components the parse needs, in order: the shared tok2vec and the parser (the
    tagger's work would be wasted here)."""
    nlp = _pipeline(lang)
    return tuple(proc for name, proc in nlp.pipeline if name in ("tok2vec", "parser"))


def parser_available(lang: str) -> bool:
    """Whether a trained pipeline for ``lang`` loads."""
    return _pipeline(lang) is not None


def parse(tokens: list[Token], lang: str) -> Parse | None:
    """The parse of ``tokens`` in ``lang``, or None when no pipeline is available."""
    return parse_many([tokens], lang)[0]


def parse_many(sentences: list[list[Token]], lang: str) -> list[Parse | None]:
    """Parses of several sentences at once (the pipeline works faster in batches); None for a
    sentence too long to parse or when no pipeline is available."""
    nlp = _pipeline(lang) if sentences else None
    if nlp is None:
        return [None] * len(sentences)
    from spacy.tokens import Doc

    docs = []
    for tokens in sentences:
        if not tokens or len(tokens) > MAX_PARSE_TOKENS:
            continue
        spaces = [tokens[i].end < tokens[i + 1].start for i in range(len(tokens) - 1)] + [False]
        # one sentence per Doc: the parser must not cut it (a cut leaves a subject as a root)
        starts: list[bool | int | None] = [True]
        starts += [False] * (len(tokens) - 1)
        docs.append(Doc(nlp.vocab, words=[t.text for t in tokens], spaces=spaces,
                        sent_starts=starts))
    # one BLAS thread: a second one costs more CPU than it saves on batches this size (its
    # threads spin between calls), and the parse must not depend on the machine's cores
    with _one_blas_thread():
        for proc in _components(lang):
            docs = list(proc.pipe(docs, batch_size=max(len(docs), 1)))
    parsed = iter(docs)
    labels = _labels(lang)
    out: list[Parse | None] = []
    for tokens in sentences:
        if not tokens or len(tokens) > MAX_PARSE_TOKENS:
            out.append(None)
            continue
        out.append(_read(next(parsed), labels))
    return out


@cache
def _labels(lang: str) -> dict[int, str]:
    """Relation label by string-store id (filled as labels are met)."""
    return {}


def _read(doc: Any, labels: dict[int, str]) -> Parse:
    """The heads, relations and children of a parsed Doc, read from its arrays (much cheaper
    than a Token object per word)."""
    from spacy.attrs import DEP, HEAD

    array = doc.to_array([HEAD, DEP])  # the head as an offset, wrapped round in uint64
    heads = tuple(i + off for i, off in enumerate(array[:, 0].astype("int64").tolist()))
    deps = []
    for key in array[:, 1].tolist():
        label = labels.get(key)
        if label is None:
            label = labels[key] = doc.vocab.strings[key]
        deps.append(label)
    return Parse.of(heads, tuple(deps))
