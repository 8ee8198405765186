"""Derive geopolgraph/loaders/lexicon/cameo.tsv from the public CAMEO tables.

Sources (see ../shared/data/README.md):
- cameo/cameoCodeTable.tsv: CAMEO codes, descriptions, Goldstein weights (GDELT codebook).
- cameo/CAMEO2PLOVER-2021.txt: CAMEO -> PLOVER category (openeventdata/PLOVER, CC BY-SA 4.0).
- petrarch2/CAMEO.2.0.txt: verb codes; 016 is REFUTE (deny) there, which GDELT's table names
  differently, so 016's description is taken from CAMEO 2.0.

Run: .venv/bin/python tools/derive_cameo.py ../shared/data
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "geopolgraph/loaders/lexicon/cameo.tsv"

# The relation label a CAMEO code stands for when a pattern names no label of its own
# (gold/GUIDE.md's table), longest prefix first.
LABELS = {
    "016": "DENIES", "02": "APPEALS", "03": "AGREES", "04": "CONSULTS", "042": "VISITS",
    "043": "VISITS", "044": "MEETS", "045": "MEDIATES", "05": "SUPPORTS", "050": "COOPERATES",
    "051": "PRAISES", "057": "COOPERATES", "06": "COOPERATES", "07": "SUPPLIES", "08": "YIELDS",
    "09": "INVESTIGATES", "10": "DEMANDS", "11": "CRITICIZES", "112": "ACCUSES",
    "115": "ACCUSES", "12": "REJECTS", "13": "THREATENS", "130": "WARNS", "14": "PROTESTS",
    "15": "MOBILIZES", "16": "SANCTIONS", "17": "COERCES", "18": "ATTACKS", "19": "ATTACKS",
    "20": "ATTACKS",
}
# PLOVER has no category for CAMEO 01 statements; 02 appeals are PLOVER's REQUEST.
PLOVER_DEFAULTS = {"02": "REQUEST", "016": "REJECT"}


def quad_class(code: str) -> int:
    """GDELT's QuadClass by CAMEO root: 01-05 -> 1, 06-09 -> 2, 10-14 -> 3, 15-20 -> 4."""
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4


def by_prefix(table: dict[str, str], code: str) -> str:
    for end in range(len(code), 1, -1):
        if code[:end] in table:
            return table[code[:end]]
    return ""


def main(shared_data: Path) -> None:
    rows = {}
    with (shared_data / "cameo/cameoCodeTable.tsv").open(encoding="utf-8") as f:
        for rec in csv.DictReader(f, delimiter="\t"):
            code = rec["cameoCode"].strip()
            rows[code] = (rec["Description"].strip(), float(rec["GoldsteinScale"]))
    # GDELT's table shifts 016-019 against CAMEO 1.1b3 (its 016 is "make empathetic comment",
    # CAMEO's 018, weight 3.4); CAMEO's 016 "deny" has no weight there, so it gets the neutral
    # 0.0 of its sibling 015 "acknowledge responsibility".
    rows["016"] = ("Refute, deny (CAMEO 2.0 REFUTE)", 0.0)
    plover: dict[str, str] = dict(PLOVER_DEFAULTS)
    line_re = re.compile(r"^\s*(\d{2,4}):\s*([A-Z]+)")
    for line in (shared_data / "cameo/CAMEO2PLOVER-2021.txt").read_text().splitlines():
        m = line_re.match(line)
        if m and m.group(1) not in PLOVER_DEFAULTS:
            plover.setdefault(m.group(1), m.group(2))
    with OUT.open("w", encoding="utf-8", newline="") as out:
        out.write(
            "# CAMEO code -> description, Goldstein weight, PLOVER category, quad class, label.\n"
            "# Sources: GDELT cameoCodeTable.tsv (GDELT codebook, open data); PLOVER\n"
            "# CAMEO2PLOVER-2021.txt (openeventdata/PLOVER, CC BY-SA 4.0: this file is a derived\n"
            "# work under the same licence); CAMEO.2.0.txt (openeventdata/petrarch2, MIT)"
            " for 016.\n"
            "# PLOVER 2021 splits YIELD into CONCEDE and RETREAT; quad class is GDELT's by root.\n"
            "# Regenerate: python tools/derive_cameo.py ../shared/data\n"
        )
        w = csv.writer(out, delimiter="\t", lineterminator="\n")
        w.writerow(["cameo", "description", "goldstein", "plover", "quad_class", "relation"])
        for code in sorted(rows):
            desc, weight = rows[code]
            w.writerow([code, desc, weight, by_prefix(plover, code), quad_class(code),
                        by_prefix(LABELS, code)])


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data"))
