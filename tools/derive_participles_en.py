"""Derive geopolgraph/loaders/lexicon/participles_en.tsv: English past participles that do not
end as a regular one does (-ed, -en, -wn, -ot): "made", "sent", "sold", "brought", "held".

The extractor asks whether a word looks like a past participle to read a clause on a noun as
passive ("the accusations made by the US": the US made them), a participle modifier ("drones
sold by Iran") and a few misparses; the spelling rule alone misses the irregular verbs. This
table lists every word the English training treebank tags as a past participle (XPOS ``VBN``)
at least twice and that the spelling rule misses.

Source: UD_English-EWT train (CC BY-SA 4.0), read from ../shared/data/ud/en: the parser's own
training split, never its held-out test split.

Run: .venv/bin/python tools/derive_participles_en.py [--check]   (--check: fail if the file
differs)
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from derive_clitics_id import write_table  # tools/ is the script's own directory

ROOT = Path(__file__).resolve().parent.parent
TREEBANK = ROOT.parent / "shared" / "data" / "ud" / "en" / "en_ewt-ud-train.conllu"
OUT = ROOT / "geopolgraph/loaders/lexicon/participles_en.tsv"
#: what the extractor's spelling rule already reads as a participle (lang/en is_participle)
REGULAR = ("ed", "en", "wn", "ot")
LEAST = 2  # a form tagged once may be a tagging slip ("botn", "eatin")
HEADER = """\
# English past participles that do not end in -ed, -en, -wn or -ot ("made", "sent", "sold"):
# every form UD_English-EWT train tags VBN at least twice, with that count.
# Source: UD_English-EWT train (CC BY-SA 4.0), counted by tools/derive_participles_en.py;
#   this derived table is CC BY-SA 4.0.
# Regenerate: .venv/bin/python tools/derive_participles_en.py   (do not edit by hand)
word\tvbn
"""


def count(path: Path) -> Counter[str]:
    """Lower-cased forms tagged VBN in a CoNLL-U file, by number of occurrences."""
    found: Counter[str] = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) == 10 and cols[4] == "VBN":
            found[cols[1].lower()] += 1
    return found


def render(found: Counter[str]) -> str:
    rows = [f"{form}\t{n}\n" for form, n in sorted(found.items())
            if n >= LEAST and form.isalpha() and not form.endswith(REGULAR)]
    return HEADER + "".join(rows)


def main(argv: list[str]) -> int:
    return write_table(OUT, render(count(TREEBANK)), HEADER, argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
