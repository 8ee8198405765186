"""Score the extractor on single UD sentences annotated by the project (``eval/sentences/*.jsonl``).

Each JSON line names a sentence of a UD treebank (``treebank`` relative to the UD root, ``sent_id``)
and the SHA-1 of its ``# text =`` line, with the ``required`` and ``allowed`` triples of
``gold/GUIDE.md``. The text is read in place from the treebank (it is never stored in the repo),
extracted as a one-sentence Article in its language with no date, and scored with the same rules
as ``eval --gold`` (``geopolgraph.evaluate.score_article``).

>>> text_sha1("Rusia menyerang Ukraina.")
'3cbfe5c3c2ed335ae350271343b1ffeafd5c1404'
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from functools import reduce
from pathlib import Path
from typing import Any

from geopolgraph.errors import InputError
from geopolgraph.evaluate import Score, score_article
from geopolgraph.loaders.extract import extract_triples
from geopolgraph.loaders.lexicons import Lexicon, load_lexicon
from geopolgraph.model import Article
from geopolgraph.models.ud import read_conllu

__all__ = [
    "DEFAULT_UD_ROOT",
    "evaluate_sentences",
    "read_sentence_gold",
    "sentence_scores",
    "text_sha1",
]

DEFAULT_UD_ROOT = "../shared/data/ud"
_KEYS = ("treebank", "sent_id", "lang", "text_sha1", "required", "allowed")


def text_sha1(text: str) -> str:
    """The SHA-1 (hex) of a sentence's UTF-8 text, as stored in ``text_sha1``."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def read_sentence_gold(path: str | Path) -> list[tuple[int, dict[str, Any]]]:
    """(line number, record) for each non-blank line; a malformed one raises InputError.

    >>> import tempfile, os
    >>> with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
    ...     _ = f.write('{"treebank": "id/x.conllu"}\\n')
    >>> read_sentence_gold(f.name)
    Traceback (most recent call last):
    ...
    geopolgraph.errors.InputError: ....jsonl, line 1: missing 'sent_id', 'lang', 'text_sha1', \
'required', 'allowed'
    >>> os.unlink(f.name)
    """
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{p}: cannot read ({type(exc).__name__})") from None
    out = []
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{p}, line {lineno}: not valid JSON ({exc.msg})") from None
        if not isinstance(record, dict):
            raise InputError(f"{p}, line {lineno}: expected a JSON object")
        missing = [k for k in _KEYS if k not in record]
        if missing:
            raise InputError(f"{p}, line {lineno}: missing {', '.join(map(repr, missing))}")
        out.append((lineno, record))
    if not out:
        raise InputError(f"{p}: no sentence records")
    return out


def _texts(ud_root: Path, treebank: str, cache: dict[str, dict[str, str]]) -> dict[str, str]:
    if treebank not in cache:
        cache[treebank] = {s.sent_id: s.text for s in read_conllu(ud_root / treebank)}
    return cache[treebank]


def sentence_scores(
    path: str | Path, ud_root: str | Path = DEFAULT_UD_ROOT, lexicon: Lexicon | None = None
) -> Iterator[tuple[str, Score]]:
    """(language, score) for each sentence of a gold file, in file order."""
    root = Path(ud_root)
    if not root.is_dir():
        raise InputError(f"{root}: no such folder of UD treebanks (give --ud-root)")
    lex = lexicon or load_lexicon()
    cache: dict[str, dict[str, str]] = {}
    for lineno, rec in read_sentence_gold(path):
        text = _texts(root, rec["treebank"], cache).get(rec["sent_id"])
        if text is None:
            raise InputError(f"{path}, line {lineno}: no sentence {rec['sent_id']!r} in "
                             f"{root / rec['treebank']}")
        if text_sha1(text) != rec["text_sha1"]:
            raise InputError(f"{path}, line {lineno}: the text of {rec['sent_id']!r} differs "
                             "from the annotated one (text_sha1)")
        article = Article(id=f"{rec['treebank']}#{rec['sent_id']}", text=text, lang=rec["lang"])
        facts = [(t.source, t.relation, t.target)
                 for t in extract_triples(article, lex) if not t.negated]
        yield rec["lang"], score_article(rec, facts)


def evaluate_sentences(
    path: str | Path, ud_root: str | Path = DEFAULT_UD_ROOT, lexicon: Lexicon | None = None
) -> dict[str, Score]:
    """Summed scores per language and ``"overall"`` (last), for ``eval --sentences``."""
    by_lang: dict[str, list[Score]] = {}
    for lang, score in sentence_scores(path, ud_root, lexicon):
        by_lang.setdefault(lang, []).append(score)
    totals = {lang: reduce(Score.__add__, scores) for lang, scores in sorted(by_lang.items())}
    totals["overall"] = reduce(Score.__add__, totals.values())
    return totals
