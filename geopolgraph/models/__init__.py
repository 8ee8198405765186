"""The project's trained spaCy pipelines (UPOS morphologizer + dependency parser), shipped as data.

``geopolgraph/models/<lang>/`` holds ``nlp.to_disk()`` output built by ``make models`` from the
Universal Dependencies treebanks in ``../shared/data/ud`` (CC BY-SA; see README.md here). Loading
needs no network and no training. ``token.pos_`` is the UPOS tag, ``token.dep_`` the UD relation
(the root's is ``ROOT``), ``token.head`` its head; sentences come from the parser.

>>> available_languages()
['en', 'id']
>>> nlp = load_pipeline("id")
>>> nlp is load_pipeline("id")
True
>>> doc = nlp("Presiden Jokowi mengunjungi Jepang.")
>>> len(doc), doc.has_annotation("DEP")
(5, True)
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any

from geopolgraph.errors import GeopolgraphError

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["LANGUAGES", "MODELS_DIR", "available_languages", "load_pipeline", "model_path",
           "spacy_profiled"]

#: The languages a pipeline is trained for.
LANGUAGES: tuple[str, ...] = ("en", "id")
MODELS_DIR = Path(__file__).resolve().parent


def model_path(lang: str) -> Path:
    """The folder of ``lang``'s pipeline (it may not exist: see ``available_languages``).

    >>> model_path("id").name
    'id'
    >>> model_path("fr")
    Traceback (most recent call last):
    ...
    geopolgraph.errors.GeopolgraphError: no parser for language 'fr' (known: en, id)
    """
    if lang not in LANGUAGES:
        raise GeopolgraphError(f"no parser for language {lang!r} (known: {', '.join(LANGUAGES)})")
    return MODELS_DIR / lang


def available_languages() -> list[str]:
    """The languages whose pipeline is present in the package (sorted).

    >>> set(available_languages()) <= set(LANGUAGES)
    True
    """
    return [lang for lang in LANGUAGES if (model_path(lang) / "meta.json").is_file()]


@cache
def load_pipeline(lang: str) -> Language:
    """``lang``'s pipeline (``"id"`` or ``"en"``), loaded once per process from package data.

    A missing or damaged model raises GeopolgraphError saying to run ``make models``.

    >>> [p for p in load_pipeline("en").pipe_names]
    ['tok2vec', 'morphologizer', 'parser']
    """
    path = model_path(lang)
    if not (path / "meta.json").is_file():
        raise GeopolgraphError(f"no trained parser for {lang!r} in {path}; run `make models`")
    try:
        import spacy

        return spacy.load(path)
    except Exception as exc:  # any damage: missing weights, bad JSON, version mismatch
        raise GeopolgraphError(
            f"the {lang!r} parser in {path} cannot be loaded ({type(exc).__name__}: "
            f"{str(exc).splitlines()[0] if str(exc) else ''}); run `make models`"
        ) from None


def spacy_profiled() -> bool:
    """Whether the installed spaCy was compiled with Cython's profiling hooks (its PyPI wheels
    for Python < 3.12 are). Each hook in a ``nogil`` function takes the GIL, which makes the
    parser about 2.7 times slower; ``make venv`` installs a build without them
    (``tools/unprofiled_spacy.py``). A compiled function with a hook reports its calls to
    ``sys.setprofile`` from its ``.pyx`` source; one without reports none.

    >>> isinstance(spacy_profiled(), bool)
    True
    """
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    seen: list[str] = []

    def hook(frame: FrameType, event: str, arg: Any) -> None:
        name = frame.f_code.co_filename
        if event == "call" and name.startswith("spacy/") and name.endswith(".pyx"):
            seen.append(name)

    previous = sys.getprofile()
    sys.setprofile(hook)
    try:
        Doc(Vocab(), words=["a", "b"]).to_array(["ORTH"])
    finally:
        sys.setprofile(previous)
    return bool(seen)
