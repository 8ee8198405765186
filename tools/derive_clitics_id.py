"""Derive geopolgraph/loaders/lexicon/clitics_id.tsv: Indonesian words ending in "-nya" and whether
Universal Dependencies splits them into a word and the clitic ("menyetujuinya" = "menyetujui" +
"nya") or keeps them whole ("hanya", "sebelumnya", "biasanya").

The parser was trained on the split words, so the extractor splits a clitic before parsing; the
table decides for every form the training treebanks contain (the majority of their
occurrences), and the extractor's morphological check decides for the rest
(``geopolgraph.loaders.extract.clitics``).

Source: the training treebanks of the Indonesian parser (geopolgraph/models/README.md):
UD_Indonesian-CSUI train and UD_Indonesian-GSD dev, CC BY-SA 4.0, read from ../shared/data/ud/id.

Run: .venv/bin/python tools/derive_clitics_id.py [--check]   (--check: fail if the file differs)
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UD = ROOT.parent / "shared" / "data" / "ud" / "id"
TREEBANKS = ("id_csui-ud-train.conllu", "id_gsd-ud-dev.conllu")
OUT = ROOT / "geopolgraph/loaders/lexicon/clitics_id.tsv"
HEADER = """\
# Indonesian words ending in -nya: split into word + clitic "nya" (as Universal Dependencies
# does: "menyetujuinya" = "menyetujui" + "nya") or kept whole ("hanya", "sebelumnya"), by the
# majority of their occurrences in the parser's training treebanks.
# Source: UD_Indonesian-CSUI train and UD_Indonesian-GSD dev (CC BY-SA 4.0), counted by
#   tools/derive_clitics_id.py; this derived table is CC BY-SA 4.0.
# Regenerate: .venv/bin/python tools/derive_clitics_id.py   (do not edit by hand)
word\tdecision\tsplit\twhole
"""


def count(paths: list[Path]) -> tuple[Counter[str], Counter[str]]:
    """(split, whole) counts of lower-cased -nya forms in CoNLL-U files."""
    split: Counter[str] = Counter()
    whole: Counter[str] = Counter()
    for path in paths:
        inside = 0  # last word id of the current multiword token
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) < 2 or line.startswith("#"):
                continue
            form = cols[1].lower()
            if "-" in cols[0]:
                last = cols[0].split("-")[1]
                inside = int(last)
                if form.endswith("nya") and len(form) > 3:
                    split[form] += 1
            elif "." not in cols[0] and int(cols[0]) > inside and form.endswith("nya") and (
                len(form) > 3
            ):
                whole[form] += 1
    return split, whole


def render(split: Counter[str], whole: Counter[str]) -> str:
    rows = []
    for form in sorted(set(split) | set(whole)):
        decision = "split" if split[form] > whole[form] else "whole"
        rows.append(f"{form}\t{decision}\t{split[form]}\t{whole[form]}\n")
    return HEADER + "".join(rows)


def write_table(out: Path, text: str, header: str, argv: list[str]) -> int:
    """Write ``text`` to ``out``, or with ``--check`` in ``argv`` fail when ``out`` differs."""
    if "--check" in argv:
        if out.read_text(encoding="utf-8") != text:
            print(f"{out} differs from what the treebanks give: regenerate it", file=sys.stderr)
            return 1
        return 0
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out} ({text.count(chr(10)) - header.count(chr(10))} words)")
    return 0


def main(argv: list[str]) -> int:
    return write_table(OUT, render(*count([UD / name for name in TREEBANKS])), HEADER, argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
