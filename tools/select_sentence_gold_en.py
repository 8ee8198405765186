"""Pick English EWT train/dev sentences for the sentence gold pool (eval/sentences/pool-en.jsonl).

Reproducible, and blind to the extractor: a sentence is a *candidate* when the project's actor
lexicon (geopolgraph.loaders.mentions.find_mentions, names only, each sentence a one-sentence
article with no date) finds two or more distinct actors in it (media excluded). From the candidates
a seeded random sample is drawn; a second seeded sample of sentences from the weblog and newsgroup
documents with at most one actor measures precision. Sentences in the ``--exclude`` gold files
are skipped before the shuffle (none by default: EWT train and dev are not in the first batch,
and the pool itself now sits in working.jsonl/frozen.jsonl). The name lookup is
tools/select_sentence_gold.py's (``actors_in``). Prints
``treebank<TAB>sent_id<TAB>text_sha1<TAB>kind`` per chosen sentence (never the text); ``--show``
adds the text for the annotator's terminal only.

Unlike tools/select_sentence_gold.py (which lists every candidate), this draws a seeded sample
of the candidates: EWT train and dev hold 432, more than one pass could annotate. The pool was made
with the defaults below plus ``--candidates 200``:

    python tools/select_sentence_gold_en.py --candidates 200 [--ud-root ../shared/data/ud]

(run from the repository root). Batch b (``eval/sentences/README.md``) takes the next ones in the
same order: ``--skip`` and ``--skip-precision`` leave out what the first pool took, and ``--drop``
removes, after the shuffle (so the order stays), sentences whose id or text a gold file holds. The
order depends on the lexicon's names: the first pool's is that of commit 5131eb7.
Source: UD_English-EWT (CC BY-SA 4.0), read in place.
Licence of this script: MIT.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from select_sentence_gold import (  # the same name lookup for both languages
    actors_in,
    gold_ids,
    gold_sha1s,
)

from geopolgraph.loaders.lexicons import load_lexicon
from geopolgraph.models.ud import read_conllu
from geopolgraph.sentence_gold import text_sha1

TREEBANKS = ("en/en_ewt-ud-train.conllu", "en/en_ewt-ud-dev.conllu")
NEWS_GENRES = ("weblog-", "newsgroup-")


def _drop(rows: list[tuple], ids: set, texts: set) -> list[tuple]:
    """Rows (in order) whose id and text are not in the gold, each text once."""
    kept = []
    for row in rows:
        sha = text_sha1(row[2])
        if (row[0], row[1]) not in ids and sha not in texts:
            texts.add(sha)
            kept.append(row)
    return kept


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ud-root", default="../shared/data/ud")
    ap.add_argument("--seed", type=int, default=2027)
    ap.add_argument("--candidates", type=int, default=120)
    ap.add_argument("--precision", type=int, default=20)
    ap.add_argument("--show", action="store_true")
    ap.add_argument(
        "--exclude", nargs="*", default=[], help="gold .jsonl files whose sentences to skip"
    )
    ap.add_argument(
        "--skip", type=int, default=0, help="leave out the first N shuffled candidates (taken)"
    )
    ap.add_argument("--skip-precision", type=int, default=0, help="the same for the precision pool")
    ap.add_argument(
        "--drop",
        nargs="*",
        default=[],
        help="gold .jsonl files whose sentences (id or text) to leave out AFTER the shuffle",
    )
    args = ap.parse_args()
    lex = load_lexicon()
    used = gold_ids(args.exclude)
    cands, rest = [], []
    for tb in TREEBANKS:
        for s in read_conllu(Path(args.ud_root) / tb):
            if (tb, s.sent_id) in used:
                continue
            found = actors_in(s.text, lex, "en")
            row = (tb, s.sent_id, s.text, " ".join(found))
            if len(found) >= 2:
                cands.append(row)
            elif s.sent_id.startswith(NEWS_GENRES):
                rest.append(row)
    # Shuffle, then take a prefix: a larger --candidates keeps every sentence a smaller one chose.
    random.Random(args.seed).shuffle(cands)
    random.Random(args.seed + 1).shuffle(rest)
    cands, rest = cands[args.skip :], rest[args.skip_precision :]
    if args.drop:
        cands, rest = (
            _drop(cands, gold_ids(args.drop), gold_sha1s(args.drop)),
            _drop(rest, gold_ids(args.drop), gold_sha1s(args.drop)),
        )
    chosen = [(r, "candidate") for r in cands[: args.candidates]]
    chosen += [(r, "precision") for r in rest[: args.precision]]
    print(f"# candidates {len(cands)}  precision pool {len(rest)}  seed {args.seed}")
    for (tb, sid, text, found), kind in chosen:
        line = f"{tb}\t{sid}\t{text_sha1(text)}\t{kind}"
        print(line + (f"\t[{found}]\t{text}" if args.show else ""))


if __name__ == "__main__":
    main()
