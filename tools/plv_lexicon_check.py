"""Check the English relation lexicon alone against PLV (no actor resolution, no extractor).

For each PLV sentence: find every relations_en.tsv pattern occurring in it, pick one the way
a simple extractor would (a match between the marked source and target first, then the
longest pattern, then the earliest), map its CAMEO code to PLOVER through cameo.tsv
(CONCEDE and RETREAT count as YIELD, as PLV predates the split) and compare with gold_root.
Prints per-root recall of "any match has the gold root" and of the picked match, macro-F1 of
the picked match, and the confusions with the patterns behind them.

Run: .venv/bin/python tools/plv_lexicon_check.py [../shared/eval/plv/PLV_train.tsv] [-v ROOT]
"""

from __future__ import annotations

import collections
import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LEX = ROOT / "geopolgraph/loaders/lexicon/relations_en.tsv"
CAMEO = ROOT / "geopolgraph/loaders/lexicon/cameo.tsv"
TOKEN_RE = re.compile(r"[\w][\w'’-]*|[^\w\s]")
GAP = "…"
MAX_GAP = 5
CLAUSE_BREAK = {".", ";", "!", "?"}
ROOTS = ["AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "YIELD", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT"]


def load():
    plover = {}
    with CAMEO.open(encoding="utf-8") as f:
        for rec in csv.DictReader((ln for ln in f if not ln.startswith("#")), delimiter="\t"):
            p = rec["plover"]
            plover[rec["cameo"]] = "YIELD" if p in ("CONCEDE", "RETREAT") else p
    index = collections.defaultdict(list)
    with LEX.open(encoding="utf-8") as f:
        for rec in csv.DictReader((ln for ln in f if not ln.startswith("#")), delimiter="\t"):
            toks = rec["pattern"].split()
            index[toks[0]].append((toks, rec))
    return plover, index


def match_at(toks: list[str], pat: list[str], i: int) -> int | None:
    """End index (exclusive) if pat matches starting at toks[i], else None."""
    def rec(ti: int, pi: int) -> int | None:
        if pi == len(pat):
            return ti
        if pat[pi] == GAP:
            for skip in range(MAX_GAP + 1):
                if ti + skip > len(toks):
                    break
                if skip and toks[ti + skip - 1] in CLAUSE_BREAK:
                    break
                end = rec(ti + skip, pi + 1)
                if end is not None:
                    return end
            return None
        if ti < len(toks) and toks[ti] == pat[pi]:
            return rec(ti + 1, pi + 1)
        return None
    return rec(i, 0)


def marked_tokens(marked: str):
    """Tokens of the marked sentence and the token spans of <s> and <t>."""
    spans = {}
    out: list[str] = []
    for piece in re.split(r"(</?[st]>)", marked):
        m = re.fullmatch(r"<(/?)([st])>", piece)
        if m:
            key = m.group(2)
            if m.group(1):
                spans[key] = (spans[key][0], len(out))
            else:
                spans[key] = (len(out), len(out))
            continue
        out += TOKEN_RE.findall(piece.lower())
    return out, spans


def predict(marked: str, plover, index):
    toks, spans = marked_tokens(marked)
    found = []
    for i, tok in enumerate(toks):
        for pat, rec in index.get(tok, ()):
            end = match_at(toks, pat, i)
            if end is not None:
                found.append((i, end, pat, rec))
    if not found:
        return None, []
    s, t = spans.get("s", (0, 0)), spans.get("t", (0, 0))
    lo, hi = min(s[1], t[1]), max(s[0], t[0])

    def key(m):
        i, _end, pat, _ = m
        between = lo <= i < hi or (t[0] <= i < t[1])
        return (not between, -sum(p != GAP for p in pat), i)

    found.sort(key=key)
    return found[0], found


def main(argv: list[str]) -> None:
    path = Path(argv[0]) if argv and not argv[0].startswith("-") else \
        ROOT.parent / "shared/eval/plv/PLV_train.tsv"
    verbose = argv[argv.index("-v") + 1] if "-v" in argv else None
    plover, index = load()
    rows = list(csv.DictReader(path.open(encoding="utf-8"), delimiter="\t"))
    stats = collections.defaultdict(collections.Counter)
    confusion = collections.Counter()
    culprits = collections.defaultdict(collections.Counter)
    tp = collections.Counter()
    fp = collections.Counter()
    fn = collections.Counter()
    for r in rows:
        gold = r["gold_root"]
        best, allm = predict(r["marked_sentence"], plover, index)
        pred = plover.get(best[3]["cameo"], "") if best else ""
        st = stats[gold]
        st["n"] += 1
        st["covered"] += bool(allm)
        st["any"] += any(plover.get(m[3]["cameo"]) == gold for m in allm)
        st["pick"] += pred == gold
        if pred == gold:
            tp[gold] += 1
        else:
            fn[gold] += 1
            if pred:
                fp[pred] += 1
            confusion[(gold, pred or "-")] += 1
            if best:
                culprits[(gold, pred)][best[3]["pattern"]] += 1
        if verbose and gold == verbose and pred != gold:
            print(f"[{pred or '-'}] {best[3]['pattern'] if best else ''} :: {r['marked_sentence']}")
    print(f"{'root':10} {'n':>4} {'cover':>6} {'any':>6} {'pick':>6}   P     R     F1")
    f1s = []
    for root in ROOTS:
        st = stats[root]
        p = tp[root] / (tp[root] + fp[root]) if tp[root] + fp[root] else 0.0
        rc = tp[root] / (tp[root] + fn[root]) if tp[root] + fn[root] else 0.0
        f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
        f1s.append(f1)
        n = st["n"] or 1
        print(f"{root:10} {st['n']:4} {st['covered']/n:6.2f} {st['any']/n:6.2f} "
              f"{st['pick']/n:6.2f}  {p:.2f}  {rc:.2f}  {f1:.2f}")
    total = sum(s["n"] for s in stats.values())
    print(f"accuracy {sum(tp.values())/total:.3f}  macro-F1 {sum(f1s)/len(f1s):.3f}  "
          f"coverage {sum(s['covered'] for s in stats.values())/total:.3f}")
    print("\ntop confusions (gold -> picked): patterns")
    for (g, p), c in confusion.most_common(25):
        pats = ", ".join(f"{k}×{v}" for k, v in culprits[(g, p)].most_common(6))
        print(f"  {g:9} -> {p:9} {c:3}  {pats}")


if __name__ == "__main__":
    main(sys.argv[1:])
