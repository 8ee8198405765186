"""Derive geopolgraph/loaders/lexicon/parser_proxies_id.tsv: for each Indonesian relation, the
meN- verb cue the parser saw most often in training, read in place of a cue verb it misparses.

The Indonesian parser is trained on UD treebanks (models/README.md: CSUI train, GSD dev, PUD
test) that never contain many news verbs ("mengecam", "menggempur", "menuding"); it may then
read such a verb as a noun's modifier ("Vietnam mengecam/amod China"). The extractor re-parses
such a sentence with the verb replaced, for the parser only, by a verb of the same relation
that the treebanks have (``parse.unseen_verb`` in geopolgraph/loaders/extract/article.py).

For each relation of geopolgraph/loaders/lexicon/relations_id.tsv, the single-word active meN-
cue (and the single-word passive di- cue) with the most tokens in the training treebanks (at
least ``MIN_TOKENS``; ties to the alphabetically first) is the proxy of its frame ("Israel
dikecam/case Indonesia": a passive the parser read as a preposition); relation ``*`` gives the
most frequent of all relations, for a relation with none of its own. Only counts are read
from the treebanks.

Run: .venv/bin/python tools/derive_parser_proxies_id.py [../shared/data/ud/id] [--check]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "geopolgraph/loaders/lexicon/parser_proxies_id.tsv"
RELATIONS = ROOT / "geopolgraph/loaders/lexicon/relations_id.tsv"
#: the treebanks the shipped Indonesian parser is trained on (models/README.md)
TRAINING = ("id_csui-ud-train.conllu", "id_gsd-ud-dev.conllu", "id_pud-ud-test.conllu")
MIN_TOKENS = 2
HEADER = """\
# For each relation and frame, the meN- (active) or di- (passive) verb cue the Indonesian parser
# saw most often in training: the
# extractor re-parses a sentence whose cue verb the parser read as no verb with that verb in its
# place (for the parser only; the evidence keeps the text as written).
# Source: token counts in UD_Indonesian-CSUI train, UD_Indonesian-GSD dev, UD_Indonesian-PUD test
#   (CC BY-SA 4.0 / CC BY-SA 3.0, see ../shared/data/ud/id) of the cue words in relations_id.tsv,
#   by tools/derive_parser_proxies_id.py; a derived work under CC BY-SA 4.0.
"""


def count_tokens(ud_dir: Path) -> Counter:
    """Lower-cased word forms of the training treebanks."""
    counts: Counter = Counter()
    for name in TRAINING:
        path = ud_dir / name
        if not path.is_file():
            raise SystemExit(f"derive_parser_proxies_id: {path} is missing (give the Indonesian "
                             "treebank folder, e.g. ../shared/data/ud/id)")
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) == 10 and cols[0].isdigit():
                counts[cols[1].lower()] += 1
    return counts


#: the frames whose verb may be read in place of another's, with the prefix of their verbs
FRAMES = {"active": "me", "passive": "di"}


def proxies(counts: Counter) -> list[tuple[str, str, str, int]]:
    """(relation, frame, proxy verb, its token count), one per relation and frame that has
    one."""
    candidates: dict[tuple[str, str], set[str]] = {}
    for line in RELATIONS.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("#") or len(cols) < 5 or cols[0] != "id":
            continue
        pattern, relation, frame = cols[1], cols[2], cols[4]
        prefix = FRAMES.get(frame)
        if prefix and relation != "NONE" and " " not in pattern and pattern.startswith(
                prefix) and counts[pattern] >= MIN_TOKENS:
            candidates.setdefault((relation, frame), set()).add(pattern)
            # "*": any relation's, for a relation without a verb of its own in the treebanks
            candidates.setdefault(("*", frame), set()).add(pattern)
    out = []
    for (relation, frame), words in sorted(candidates.items()):
        word = min(words, key=lambda w: (-counts[w], w))
        out.append((relation, frame, word, counts[word]))
    return out


def render(rows: list[tuple[str, str, str, int]]) -> str:
    body = "".join(f"{rel}\t{frame}\t{word}\t{n}\n" for rel, frame, word, n in rows)
    return HEADER + "relation\tframe\tproxy\tud_tokens\n" + body


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    ud_dir = Path(args[0]) if args else ROOT.parent / "shared/data/ud/id"
    text = render(proxies(count_tokens(ud_dir)))
    if "--check" in argv:
        if OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT} is out of date: run tools/derive_parser_proxies_id.py")
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
