"""Measure how often the extractor's tokens agree with Universal Dependencies' tokenisation.

For each sentence of a UD treebank, the ``# text`` line is tokenised with
``geopolgraph.loaders.text.tokenize`` and compared with the gold tokens in two ways:

* tokens: the extractor's tokens against UD's surface tokens (a multiword token such as
  ``1-2 menyetujuinya`` counts as the one surface form, not as its words);
* words: the words the parser is given (the extractor's tokens after the language's parser-only
  splits, ``Language.parser_tokens``: Indonesian "-nya" apart) against UD's syntactic words
  (``menyetujui nya``, ``do n't``), which is what the parsers were trained on.

A sentence agrees when both sequences have the same forms. Where they disagree, the smallest
stretches of text whose boundaries differ are counted by kind: each token is abstracted to its
shape ("Hong-kyun" -> ``Aa-a``, "1,000" -> ``9,9``), short function pieces such as ``n't``,
``'s`` or ``nya`` kept as they are, and the kind is ``ours => gold``.

Decide tokenisation changes on the training/dev treebanks only (``--split train,dev``); the
test treebanks are reported as numbers.

Run: .venv/bin/python tools/token_agreement.py [--split train,dev,test] [--top 15] [FILE ...]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geopolgraph.loaders.extract.lang import language  # noqa: E402
from geopolgraph.loaders.lexicons import load_lexicon  # noqa: E402
from geopolgraph.loaders.text import tokenize  # noqa: E402
from geopolgraph.models.ud import read_conllu  # noqa: E402

UD = ROOT.parent / "shared" / "data" / "ud"
#: pieces kept verbatim in a disagreement's kind (clitics, contraction parts)
_PIECES = frozenset(["n't", "'s", "'re", "'m", "'ve", "'ll", "'d", "nya", "ku", "mu", "kau",
                     "’s", "n’t", "’re", "’m", "’ve", "’ll", "’d", "s", "'", "’"])


def spans(text: str, forms: list[str]) -> list[tuple[int, int]] | None:
    """Character spans of ``forms`` found in order in ``text`` (None when one is not found)."""
    out, pos = [], 0
    for f in forms:
        k = text.find(f, pos)
        if k < 0 or text[pos:k].strip():
            return None
        out.append((k, k + len(f)))
        pos = k + len(f)
    return out


def shape(form: str) -> str:
    if form.lower() in _PIECES or not re.search(r"\w", form):
        return form.lower()
    s = re.sub(r"[A-Z]", "A", re.sub(r"[a-z]", "a", re.sub(r"\d", "9", form)))
    s = re.sub(r"[^\W\d_A]", "a", s)  # other letters (accents)
    return re.sub(r"(.)\1+", r"\1", s)


def kinds(text: str, ours: list[tuple[int, int]], gold: list[tuple[int, int]]) -> list[str]:
    """The disagreeing stretches as ``ours => gold`` shapes."""
    cuts_o = {b for s in ours for b in s}
    cuts_g = {b for s in gold for b in s}
    out = []
    i = j = 0
    while i < len(ours) and j < len(gold):
        if ours[i] == gold[j]:
            i, j = i + 1, j + 1
            continue
        a, b = i, j
        end = max(ours[i][1], gold[j][1])
        while True:  # grow until both sides end at the same boundary
            while i < len(ours) and ours[i][1] <= end:
                i += 1
            while j < len(gold) and gold[j][1] <= end:
                j += 1
            if end in cuts_o and end in cuts_g:
                break
            nxt = [x[1] for x in (ours[i:i + 1] + gold[j:j + 1])]
            if not nxt:
                break
            end = min(nxt) if min(nxt) > end else max(nxt)
        o = " ".join(shape(text[s:e]) for s, e in ours[a:i])
        g = " ".join(shape(text[s:e]) for s, e in gold[b:j])
        out.append(f"{o}  =>  {g}")
    return out


@dataclass
class Score:
    sentences: int = 0
    same_tokens: int = 0
    same_words: int = 0
    unaligned: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    examples: dict[str, str] = field(default_factory=dict)


def measure(path: Path, lang_code: str) -> Score:
    lang = language(load_lexicon(), lang_code)
    score = Score()
    for g in read_conllu(path):
        toks = tokenize(g.text)
        words, _ = lang.parser_tokens(toks)
        score.sentences += 1
        score.same_tokens += [t.text for t in toks] == g.tokens
        same = [t.text for t in words] == g.words
        score.same_words += same
        if same:
            continue
        gold = spans(g.text, g.words)
        if gold is None:  # a word that is not a substring ("gonna" -> "gon" "na" is; few aren't)
            gold = spans(g.text, g.tokens)
        if gold is None:
            score.unaligned += 1
            continue
        for k in kinds(g.text, [(t.start, t.end) for t in words], gold):
            score.kinds[k] += 1
            score.examples.setdefault(k, g.text[:90])
    return score


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--split", default="train,dev", help="splits to measure: train,dev,test")
    ap.add_argument("--top", type=int, default=15, help="disagreement kinds shown per file")
    args = ap.parse_args(argv)
    splits = args.split.split(",")
    files = args.files or sorted(p for p in UD.glob("*/*.conllu")
                                 if any(f"-ud-{s}." in p.name for s in splits))
    print("| treebank | sentences | same tokens | same parser words |")
    print("|---|---:|---:|---:|")
    scores = {}
    for p in files:
        s = measure(p, p.name[:2])
        scores[p] = s
        print(f"| {p.stem} | {s.sentences} | {s.same_tokens / s.sentences:.1%} "
              f"| {s.same_words / s.sentences:.1%} |")
    for p, s in scores.items():
        if args.top and "-test" not in p.name:
            print(f"\n{p.stem}: most frequent disagreements (ours => UD words), "
                  f"{s.unaligned} sentences not aligned")
            for k, n in s.kinds.most_common(args.top):
                print(f"  {n:5d}  {k:40s}  e.g. {s.examples[k]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
