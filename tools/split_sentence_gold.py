"""Split annotated sentence-gold pools 50/50 into the working and frozen halves.

Usage (from the repository root)::

    python tools/split_sentence_gold.py eval/sentences/pool-id.jsonl eval/sentences/pool-en.jsonl

Records are grouped by their sentence text (``text_sha1``: a treebank may repeat a sentence under
two ids, and both copies must land in the same half), the groups stratified by language and by
whether they hold a required triple, shuffled with ``random.Random(2026)`` (the seed of the first
split) and dealt alternately, working first. The records are appended to ``working.jsonl`` and
``frozen.jsonl`` in their pool order and the pool files are removed. Nothing is written when a
pool record is malformed or its ``sent_id`` or text is already in a half.

``--halves`` names other files for a fresh batch whose frozen half has never been scored (batch b,
``eval/sentences/README.md``)::

    python tools/split_sentence_gold.py --halves working-b frozen-b \
        eval/sentences/pool-b-id.jsonl eval/sentences/pool-b-en.jsonl

A record is refused when any half in the folder (``working*.jsonl``, ``frozen*.jsonl``) already
holds its sentence.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geopolgraph.sentence_gold import read_sentence_gold  # noqa: E402

HALVES = ("working", "frozen")


def assign(records: list[dict], seed: int = 2026) -> list[str]:
    """The half each record goes to, dealt per (language, has-a-required-triple) stratum.

    >>> recs = [{"lang": "id", "text_sha1": str(i), "required": [1] if i < 4 else []}
    ...         for i in range(8)]
    >>> halves = assign(recs)
    >>> sorted(halves.count(h) for h in HALVES)
    [4, 4]
    >>> sum(1 for r, h in zip(recs, halves) if r["required"] and h == "working")
    2
    """
    groups: dict[str, list[int]] = defaultdict(list)
    for i, record in enumerate(records):
        groups[record["text_sha1"]].append(i)
    strata: dict[tuple[str, bool], list[str]] = defaultdict(list)
    for sha, members in groups.items():
        first = records[members[0]]
        strata[(first["lang"], any(records[m]["required"] for m in members))].append(sha)
    rng = random.Random(seed)
    half_of: dict[str, str] = {}
    turn = 0
    for key in sorted(strata):
        shas = strata[key]
        rng.shuffle(shas)
        for sha in shas:
            half_of[sha] = HALVES[turn % 2]
            turn += 1
    return [half_of[r["text_sha1"]] for r in records]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pools", nargs="+", type=Path)
    parser.add_argument("--dir", type=Path, default=ROOT / "eval" / "sentences")
    parser.add_argument(
        "--halves", nargs=2, default=list(HALVES), metavar=("WORKING", "FROZEN"),
        help="names of the two halves (default: working frozen)",
    )
    args = parser.parse_args(argv)
    existing = sorted(p for p in args.dir.glob("*.jsonl") if p.name.startswith(HALVES))
    held = [rec for path in existing for _, rec in read_sentence_gold(path)]
    taken = {rec["sent_id"] for rec in held} | {rec["text_sha1"] for rec in held}
    records = []
    for pool in args.pools:
        for lineno, record in read_sentence_gold(pool):
            if taken & {record["sent_id"], record["text_sha1"]}:
                print(f"{pool}, line {lineno}: {record['sent_id']} is already in a half",
                      file=sys.stderr)
                return 2
            taken.add(record["sent_id"])
            records.append(record)
    halves = assign(records)
    names = dict(zip(HALVES, args.halves, strict=True))
    for half in HALVES:
        with (args.dir / f"{names[half]}.jsonl").open("a", encoding="utf-8") as out:
            for record, h in zip(records, halves, strict=True):
                if h == half:
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
    for pool in args.pools:
        pool.unlink()
    for half in HALVES:
        mine = [r for r, h in zip(records, halves, strict=True) if h == half]
        print(f"{names[half]}: +{len(mine)} sentences, "
              f"+{sum(len(r['required']) for r in mine)} required")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
