"""Turn the UD treebanks in ../shared/data/ud into spaCy training files (train/dev.spacy).

Usage: ``python models/prepare.py LANG UD_ROOT OUT_DIR [--seed N]``

Each Doc holds up to 10 consecutive gold sentences (so the parser also learns where sentences
end) with the words, heads, labels and UPOS (as ``pos``; the XPOS column is ignored because the
Indonesian treebanks use different XPOS sets). Nothing is copied into the repository: OUT_DIR is
under ``build/``.

Indonesian: CSUI train + GSD dev + PUD test are pooled; a seeded 250-sentence sample of that pool
is the dev set (model selection only), the rest is trained on. CSUI test (held-out parser score)
and GSD test (the sentence gold of ``eval/sentences``) are never read here.
English: EWT train + EWT dev are trained on, for a fixed number of steps (``models/en.cfg``); EWT
dev is also the dev file spaCy requires, scored only once, at the last step (it selects nothing).
EWT test is held out.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

import spacy
from spacy.tokens import DocBin

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from geopolgraph.models.ud import Sentence, gold_doc, read_conllu

SPLITS = {
    "id": {"pool": ["id/id_csui-ud-train.conllu", "id/id_gsd-ud-dev.conllu",
                    "id/id_pud-ud-test.conllu"]},
    "en": {"train": ["en/en_ewt-ud-train.conllu", "en/en_ewt-ud-dev.conllu"],
           "dev": ["en/en_ewt-ud-dev.conllu"]},
}
HELD_OUT = {"id/id_csui-ud-test.conllu", "id/id_gsd-ud-test.conllu", "en/en_ewt-ud-test.conllu"}
ID_DEV_SIZE = 250
PER_DOC = 10


def _read(root: Path, names: list[str]) -> list[Sentence]:
    assert not HELD_OUT & set(names), "a held-out split must never be trained on"
    return [s for name in names for s in read_conllu(root / name)]


def splits(lang: str, root: Path, seed: int) -> tuple[list[Sentence], list[Sentence]]:
    """(train, dev) sentences for ``lang``."""
    spec = SPLITS[lang]
    if "pool" in spec:
        pool = _read(root, spec["pool"])
        picked = set(random.Random(seed).sample(range(len(pool)), ID_DEV_SIZE))
        dev = [s for i, s in enumerate(pool) if i in picked]
        train = [s for i, s in enumerate(pool) if i not in picked]
        return train, dev
    return _read(root, spec["train"]), _read(root, spec["dev"])


def write(lang: str, sentences: list[Sentence], path: Path) -> int:
    nlp = spacy.blank(lang)
    db = DocBin(attrs=["ORTH", "SPACY", "HEAD", "DEP", "POS", "SENT_START", "MORPH"])
    for i in range(0, len(sentences), PER_DOC):
        db.add(gold_doc(nlp.vocab, sentences[i:i + PER_DOC]))
    db.to_disk(path)
    return len(sentences)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("lang", choices=sorted(SPLITS))
    ap.add_argument("ud_root", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    train, dev = splits(args.lang, args.ud_root, args.seed)
    n_train = write(args.lang, train, args.out / "train.spacy")
    n_dev = write(args.lang, dev, args.out / "dev.spacy")
    print(f"{args.lang}: {n_train} train, {n_dev} dev sentences -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
