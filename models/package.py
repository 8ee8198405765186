"""Copy a trained pipeline into the package, score it on its held-out split, write its metadata.

Usage: ``python models/package.py LANG MODEL_DIR UD_ROOT``  (MODEL_DIR: spaCy's ``model-best``; for
English, trained a fixed number of steps and scored once, that is the model of the last step)

The copy replaces ``geopolgraph/models/LANG`` only once it is complete and loads.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from geopolgraph.models.ud import read_conllu, score_sentences  # noqa: E402

CC = "CC BY-SA 4.0"
SOURCES = {
    "id": [
        ("id_csui-ud-train.conllu", "UniversalDependencies/UD_Indonesian-CSUI", "41dd7f2", CC),
        ("id_gsd-ud-dev.conllu", "UniversalDependencies/UD_Indonesian-GSD", "89491e4", CC),
        ("id_pud-ud-test.conllu", "UniversalDependencies/UD_Indonesian-PUD", "765fb3f",
         "CC BY-SA 3.0"),
    ],
    "en": [
        ("en_ewt-ud-train.conllu", "UniversalDependencies/UD_English-EWT", "15d613d", CC),
        ("en_ewt-ud-dev.conllu", "UniversalDependencies/UD_English-EWT", "15d613d", CC),
    ],
}
HELD_OUT = {"id": "id/id_csui-ud-test.conllu", "en": "en/en_ewt-ud-test.conllu"}


def main() -> int:
    lang, model_dir, ud_root = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    dest = ROOT / "geopolgraph" / "models" / lang
    tmp = dest.with_name(f".{lang}.tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    nlp = spacy.load(model_dir)
    score = score_sentences(nlp, read_conllu(ud_root / HELD_OUT[lang]))
    nlp.meta.update(
        name=f"geopolgraph_{lang}_parser",
        version="1.0.0",
        description=(f"geopolgraph's {lang} UPOS morphologizer + dependency parser, trained "
                     "from Universal Dependencies treebanks by `make models` (no vectors)."),
        license="CC BY-SA 4.0",
        author="geopolgraph contributors; training data by the UD treebank authors",
        url="https://universaldependencies.org/",
        sources=[{"name": f, "url": f"https://github.com/{repo}", "commit": commit,
                  "license": lic} for f, repo, commit, lic in SOURCES[lang]],
        notes=("Derived from the CC BY-SA treebanks listed under sources: shared under the same "
               "share-alike terms (CC BY-SA 4.0). Trained on UPOS; XPOS is not predicted."),
        training_command="make models",
        held_out={"file": HELD_OUT[lang], "sentences": score.sentences, "words": score.words,
                  "uas": round(score.uas, 4), "las": round(score.las, 4)},
    )
    nlp.to_disk(tmp)
    spacy.load(tmp)  # it must load before it replaces the shipped one
    shutil.rmtree(dest, ignore_errors=True)
    tmp.rename(dest)
    print(f"{lang}: {HELD_OUT[lang]} UAS={score.uas:.3f} LAS={score.las:.3f} -> {dest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
