"""List UD sentences to annotate for the sentence gold (``eval/sentences``), by actor names only.

A candidate is a sentence in which the actor lexicon's names (``find_mentions``, name lookup only;
the relation extractor is never run) find two or more distinct actors; ``--one`` also lists those
with exactly one actor (for reading: one actor plus a named second party). A seeded random sample
of ``--sample`` of the other sentences (no actor, or one without ``--one``) is added for
precision. Sentences in the ``--exclude`` gold files (by id or by text) are skipped, and a text
a treebank repeats is listed once. Prints a TSV (treebank, sent_id, reason, actors); never the
sentence text, which stays in the treebank (``--show`` adds it for the annotator's terminal only).

    python tools/select_sentence_gold.py --lang id --sample 20 --seed 2026 \\
        id/id_pud-ud-test.conllu id/id_gsd-ud-dev.conllu id/id_csui-ud-train.conllu
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from geopolgraph.loaders.lexicons import Lexicon, load_lexicon
from geopolgraph.loaders.mentions import Memory, find_mentions
from geopolgraph.loaders.text import tokenize
from geopolgraph.models.ud import read_conllu
from geopolgraph.sentence_gold import DEFAULT_UD_ROOT, text_sha1


def gold_ids(paths: list[str]) -> set[tuple[str, str]]:
    """(treebank, sent_id) of every record in the given sentence-gold files."""
    seen = set()
    for path in map(Path, paths):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                seen.add((rec["treebank"], rec["sent_id"]))
    return seen


def gold_sha1s(paths: list[str]) -> set[str]:
    """``text_sha1`` of every record in the given sentence-gold files (a treebank may repeat a
    sentence under another id: the copy is skipped too)."""
    seen = set()
    for path in map(Path, paths):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                seen.add(json.loads(line)["text_sha1"])
    return seen


def actors_in(text: str, lex: Lexicon, lang: str) -> list[str]:
    """Distinct non-media actor ids the lexicon's names find in one sentence (name lookup only,
    the sentence read as a one-sentence article with no date), sorted."""
    found = find_mentions(tokenize(text), lex, lang, Memory())
    return sorted({m.actor for m in found if m.actor and m.kind != "media"})


def select(
    treebanks: list[str],
    lang: str,
    ud_root: str,
    sample: int,
    seed: int,
    one: bool,
    exclude: list[str],
    show: bool = False,
) -> list[tuple[str, ...]]:
    """Rows (treebank, sent_id, reason, actors[, text]) in treebank order, then the random sample.

    A sentence whose id or text (``text_sha1``) is in an ``exclude`` file is skipped, and so is a
    second copy of a text met earlier in the treebanks (one annotation per text)."""
    lex = load_lexicon()
    seen = gold_ids(exclude)
    seen_text = gold_sha1s(exclude)
    rows, rest = [], []
    for treebank in treebanks:
        for sent in read_conllu(Path(ud_root) / treebank):
            sha = text_sha1(sent.text)
            if (treebank, sent.sent_id) in seen or sha in seen_text:
                continue
            seen_text.add(sha)
            actors = actors_in(sent.text, lex, lang)
            extra = (sent.text,) if show else ()
            if len(actors) >= 2:
                rows.append((treebank, sent.sent_id, "actors>=2", " ".join(actors), *extra))
            elif one and len(actors) == 1:
                rows.append((treebank, sent.sent_id, "actors=1", actors[0], *extra))
            else:
                rest.append((treebank, sent.sent_id, "sample", " ".join(actors), *extra))
    return rows + random.Random(seed).sample(rest, min(sample, len(rest)))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "treebanks", nargs="+", help="paths under the UD root (id/id_pud-ud-test.conllu)"
    )
    ap.add_argument("--lang", required=True, choices=["id", "en"])
    ap.add_argument("--ud-root", default=DEFAULT_UD_ROOT)
    ap.add_argument("--sample", type=int, default=20, help="random sentences with <= 1 actor")
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--one", action="store_true", help="also list sentences with exactly one actor")
    ap.add_argument(
        "--exclude", nargs="*", default=[], help="gold .jsonl files whose sentences to skip"
    )
    ap.add_argument(
        "--show", action="store_true", help="add the text (for the annotator's terminal only)"
    )
    args = ap.parse_args(argv)
    rows = select(
        args.treebanks,
        args.lang,
        args.ud_root,
        args.sample,
        args.seed,
        args.one,
        args.exclude,
        args.show,
    )
    for row in rows:
        sys.stdout.write("\t".join(row) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
