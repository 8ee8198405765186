"""Derive geopolgraph/loaders/lexicon/particles_id.tsv: Indonesian words ending in the particles
"-kah", "-lah" and "-pun" that Universal Dependencies splits into a word and the particle
("apakah" = "apa" + "kah", "meskipun" = "meski" + "pun", "tidaklah" = "tidak" + "lah"), as
opposed to words that only end in those letters ("adalah", "setelah", "masalah").

The parser was trained on the split words, so the extractor splits these before parsing
(``Indonesian.parser_tokens``); only the forms listed as split are split (most of the training
treebanks' occurrences split), every other word stays whole.

Source: the training treebanks of the Indonesian parser (geopolgraph/models/README.md):
UD_Indonesian-CSUI train and UD_Indonesian-GSD dev, CC BY-SA 4.0, read from ../shared/data/ud/id.

Run: .venv/bin/python tools/derive_particles_id.py [--check]   (--check: fail if the file differs)
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from derive_clitics_id import write_table  # tools/ is the script's own directory

ROOT = Path(__file__).resolve().parent.parent
UD = ROOT.parent / "shared" / "data" / "ud" / "id"
TREEBANKS = ("id_csui-ud-train.conllu", "id_gsd-ud-dev.conllu")
OUT = ROOT / "geopolgraph/loaders/lexicon/particles_id.tsv"
PARTICLES = ("kah", "lah", "pun")
HEADER = """\
# Indonesian words ending in a particle -kah, -lah or -pun that Universal Dependencies splits
# into word + particle ("apakah" = "apa" + "kah", "meskipun" = "meski" + "pun"), by the majority
# of their occurrences in the parser's training treebanks; other words stay whole ("adalah").
# Source: UD_Indonesian-CSUI train and UD_Indonesian-GSD dev (CC BY-SA 4.0), counted by
#   tools/derive_particles_id.py; this derived table is CC BY-SA 4.0.
# Regenerate: .venv/bin/python tools/derive_particles_id.py   (do not edit by hand)
word\tsplit\twhole
"""


def count(paths: list[Path]) -> tuple[Counter[str], Counter[str]]:
    """(split, whole) counts of lower-cased forms ending in a particle in CoNLL-U files."""
    split: Counter[str] = Counter()
    whole: Counter[str] = Counter()
    for path in paths:
        lines = path.read_text(encoding="utf-8").splitlines()
        inside = 0  # last word id of the current multiword token
        for k, line in enumerate(lines):
            cols = line.split("\t")
            if len(cols) < 2 or line.startswith("#"):
                continue
            form = cols[1].lower()
            if "-" in cols[0]:
                first, last = (int(x) for x in cols[0].split("-"))
                inside = last
                # a two-word token whose second word is the particle itself
                if last == first + 1 and lines[k + 2].split("\t")[1].lower() in PARTICLES:
                    split[form] += 1
            elif "." not in cols[0] and int(cols[0]) > inside and form.endswith(PARTICLES) and (
                len(form) > 3
            ):
                whole[form] += 1
    return split, whole


def render(split: Counter[str], whole: Counter[str]) -> str:
    rows = [f"{form}\t{split[form]}\t{whole[form]}\n" for form in sorted(split)
            if split[form] > whole[form]]
    return HEADER + "".join(rows)


def main(argv: list[str]) -> int:
    return write_table(OUT, render(*count([UD / name for name in TREEBANKS])), HEADER, argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
