"""Derive geopolgraph/loaders/lexicon/relations_id.tsv, the Indonesian relation lexicon.

Sources (each output row names its own in the ``source`` column):
- tools/cue_roots_id.tsv: roots with the affixed forms Indonesian builds from them, expanded here
  by regular morphology (meN- with nasal assimilation, di-, ber-, -an, peN-an, per-an, ke-an,
  -kan, -i, memper-kan);
- tools/cue_phrases_id.tsv: multi-word cues, irregular forms and special frames (``pemantau``
  is an agent, ``pelanggaran`` a charge, ``menerima`` a receiving), copied as they are; a phrase
  wins over a derived form with the same tokens.

Run: .venv/bin/python tools/derive_relations_id.py [--check]   (--check: fail if the file differs)
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "geopolgraph/loaders/lexicon/relations_id.tsv"
ROOTS = ROOT / "tools/cue_roots_id.tsv"
PHRASES = ROOT / "tools/cue_phrases_id.tsv"
VOWELS = "aeiou"
HEADER = """\
# Indonesian relation patterns: surface forms with their morphology (meN- active, di- passive,
# ber- intransitive, -an/ke-an/peN-an/per-an nominalisations), each with a relation label, CAMEO
# code, frame and the source of the entry. Goldstein, PLOVER and quad class follow from the code
# through cameo.tsv.
# Source: tools/cue_roots_id.tsv expanded by tools/derive_relations_id.py (regular Indonesian
#   morphology) and tools/cue_phrases_id.tsv; the roots and phrases come from gold/GUIDE.md's cue
#   table and CAMEO 2.0 verb classes (openeventdata/petrarch2, MIT); MIT licence.
# Regenerate: .venv/bin/python tools/derive_relations_id.py   (do not edit by hand)
# Format: pattern tokens are lowercase and contiguous; "…" is a gap of 0-5 tokens in one clause.
# frame: active | passive | noun | receive | agent | charge | modal (see lexicon/README.md)
"""


def _syllables(word: str) -> int:
    count, prev = 0, False
    for ch in word:
        vowel = ch in VOWELS
        count += vowel and not prev
        prev = vowel
    return count


def nasal(prefix: str, root: str) -> str:
    """meN-/peN- + root with Indonesian nasal assimilation ("me" or "pe" as ``prefix``).

    >>> [nasal("me", r) for r in ("serang", "tuduh", "kecam", "pukul", "desak", "ancam", "lawat")]
    ['menyerang', 'menuduh', 'mengecam', 'memukul', 'mendesak', 'mengancam', 'melawat']
    >>> [nasal("me", r) for r in ("kritik", "protes", "bom", "gempur")]
    ['mengkritik', 'memprotes', 'mengebom', 'menggempur']
    >>> nasal("pe", "tangkap") + "an"
    'penangkapan'
    """
    first, second = root[0], root[1:2]
    cluster = second and second not in VOWELS  # loanwords keep their first consonant
    if _syllables(root) == 1:
        return prefix + "nge" + root
    if first in VOWELS:
        return prefix + "ng" + root
    if first in "lmnrwy" or root.startswith(("ng", "ny")):
        return prefix + root
    if first in "bfv":
        return prefix + "m" + root
    if first == "p":
        return prefix + "m" + (root if cluster or root.startswith("per") else root[1:])
    if first in "dcjz":
        return prefix + "n" + root
    if first == "t":
        return prefix + "n" + (root if cluster else root[1:])
    if first == "s":
        return prefix + ("n" + root if cluster else "ny" + root[1:])
    if first == "k":
        return prefix + "ng" + (root if cluster else root[1:])
    return prefix + "ng" + root  # g, h, kh


def ber(root: str) -> str:
    """ber- + root ("be-" before r: "berunding")."""
    return ("be" if root.startswith("r") else "ber") + root


def per(root: str) -> str:
    return ("pe" if root.startswith("r") else "per") + root


def forms(root: str, spec: str) -> tuple[str, str]:
    """(surface, frame) of one form code of ``root`` (see tools/cue_roots_id.tsv).

    >>> [forms("temu", f)[0] for f in ("ber>dengan", "meN-i", "per-an")]
    ['bertemu dengan', 'menemui', 'pertemuan']
    >>> forms("ingat", "memper-kan"), forms("sepakat", "ke-an")
    (('memperingatkan', 'active'), ('kesepakatan', 'noun'))
    """
    code, _, prep = spec.partition(">")
    table = {
        "meN": (nasal("me", root), "active"),
        "di": ("di" + root, "passive"),
        "root": (root, "active"),
        "noun": (root, "noun"),
        "ber": (ber(root), "active"),
        "an": (root + "an", "noun"),
        "peN-an": (nasal("pe", root) + "an", "noun"),
        "per-an": (per(root) + "an", "noun"),
        "ke-an": ("ke" + root + "an", "noun"),
        "meN-kan": (nasal("me", root) + "kan", "active"),
        "di-kan": ("di" + root + "kan", "passive"),
        "meN-i": (nasal("me", root) + "i", "active"),
        "di-i": ("di" + root + "i", "passive"),
        "kan": (root + "kan", "active"),
        "memper-kan": ("mem" + per(root) + "kan", "active"),
        "diper-kan": ("di" + per(root) + "kan", "passive"),
    }
    surface, frame = table.get(code, (code, "active"))  # a literal headline form
    return (f"{surface} {prep}" if prep else surface), frame


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as stream:
        lines = [ln for ln in stream if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def derive() -> list[tuple[str, str, str, str, str]]:
    """(pattern, relation, cameo, frame, source) rows: phrases first, then derived forms."""
    out: dict[str, tuple[str, str, str, str, str]] = {}
    for row in _rows(PHRASES):
        out[row["pattern"]] = (row["pattern"], row["relation"], row["cameo"], row["frame"],
                               row["source"])
    for row in _rows(ROOTS):
        for spec in row["forms"].split(","):
            surface, frame = forms(row["root"], spec.strip())
            if surface not in out:
                source = f"{row['source']}; derived from root '{row['root']}' ({spec.strip()})"
                out[surface] = (surface, row["relation"], row["cameo"], frame, source)
    return list(out.values())


def render() -> str:
    lines = [HEADER + "lang\tpattern\trelation\tcameo\tframe\tsource"]
    lines += ["id\t" + "\t".join(row) for row in derive()]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        same = OUT.read_text(encoding="utf-8") == text
        print("relations_id.tsv is " + ("up to date" if same else "out of date"))
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10)) - HEADER.count(chr(10)) - 1} patterns)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
