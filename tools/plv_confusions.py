"""Print where the extractor's PLV prediction differs from gold_root, grouped by confusion.

Uses the same path as `geopolgraph eval --plv` (extract_triples + plv_prediction); for each
(gold, predicted) pair it lists the CAMEO code and evidence behind the prediction, and for
sentences with no prediction, whether the lexicon matched a relation at all. A lexicon aid:
read the groups for missing or miscoded general verbs, never fix single sentences.

Run: .venv/bin/python tools/plv_confusions.py [../shared/eval/plv/PLV_train.tsv] [-v GOLD]
"""

from __future__ import annotations

import collections
import csv
import re
import sys
from pathlib import Path

from geopolgraph.evaluate import plv_prediction
from geopolgraph.loaders.extract import extract_triples
from geopolgraph.loaders.lexicons import load_lexicon
from geopolgraph.model import Article

ROOT = Path(__file__).resolve().parent.parent
MARK = re.compile(r"</?[st]>")
YIELD = {"CONCEDE": "YIELD", "RETREAT": "YIELD"}


def main(argv: list[str]) -> None:
    path = Path(argv[0]) if argv and not argv[0].startswith("-") else \
        ROOT.parent / "shared/eval/plv/PLV_train.tsv"
    verbose = argv[argv.index("-v") + 1] if "-v" in argv else None
    lex = load_lexicon()
    groups: dict[tuple[str, str], collections.Counter] = collections.defaultdict(
        collections.Counter)
    with path.open(encoding="utf-8", newline="") as f:
        for n, row in enumerate(csv.DictReader(f, delimiter="\t")):
            text = MARK.sub("", row["sentence"])
            best = plv_prediction(extract_triples(Article(id=f"plv-{n}", text=text, lang="en"),
                                                  lex, True))
            gold = row["gold_root"]
            pred = YIELD.get(best.plover, best.plover) if best else "-"
            if pred == gold:
                continue
            why = f"{best.cameo} {best.evidence[:40]!r}" if best else ""
            groups[(gold, pred)][why] += 1
            if verbose == gold:
                print(f"[{pred} {why}] {row['marked_sentence'][:220]}")
    for (g, p), c in sorted(groups.items(), key=lambda kv: -sum(kv[1].values()))[:40]:
        print(f"{g:9} -> {p:9} {sum(c.values()):3}  " +
              "; ".join(f"{k}×{v}" for k, v in c.most_common(5)))


if __name__ == "__main__":
    main(sys.argv[1:])
