"""Pick English EWT train/dev sentences for the sentence gold pool (eval/sentences/pool-en.jsonl).

Reproducible, and blind to the extractor: a sentence is a *candidate* when the project's actor
lexicon (geopolgraph.loaders.mentions.find_mentions, names only, each sentence a one-sentence
article with no date) finds two or more distinct actors in it (media excluded). From the candidates
a seeded random sample is drawn; a second seeded sample of sentences from the weblog and newsgroup
documents with at most one actor measures precision. Sentences in the ``--exclude`` gold files
are skipped (none by default: EWT train and dev are not in the first, EWT-test batch, and the
pool itself now sits in working.jsonl/frozen.jsonl). The name lookup is
tools/select_sentence_gold.py's (``actors_in``). Prints
``treebank<TAB>sent_id<TAB>text_sha1<TAB>kind`` per chosen sentence (never the text); ``--show``
adds the text for the annotator's terminal only.

Unlike tools/select_sentence_gold.py (which lists every candidate), this draws a seeded sample
of the candidates: EWT train and dev hold 432, more than one pass could annotate. The pool was made
with the defaults below plus ``--candidates 200``:

    python tools/select_sentence_gold_en.py --candidates 200 [--ud-root ../shared/data/ud]

(run from the repository root). Source: UD_English-EWT (CC BY-SA 4.0), read in place.
Licence of this script: MIT.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from select_sentence_gold import actors_in, gold_ids  # the same name lookup for both languages

from geopolgraph.loaders.lexicons import load_lexicon
from geopolgraph.models.ud import read_conllu
from geopolgraph.sentence_gold import text_sha1

TREEBANKS = ("en/en_ewt-ud-train.conllu", "en/en_ewt-ud-dev.conllu")
NEWS_GENRES = ("weblog-", "newsgroup-")


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
    chosen = [(r, "candidate") for r in cands[: args.candidates]]
    chosen += [(r, "precision") for r in rest[: args.precision]]
    print(f"# candidates {len(cands)}  precision pool {len(rest)}  seed {args.seed}")
    for (tb, sid, text, found), kind in chosen:
        line = f"{tb}\t{sid}\t{text_sha1(text)}\t{kind}"
        print(line + (f"\t[{found}]\t{text}" if args.show else ""))


if __name__ == "__main__":
    main()
