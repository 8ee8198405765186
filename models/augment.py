"""Training-time augmenter: rare-word variants, so the parser learns to read words it never saw.

News text is full of words the treebanks lack (an Indonesian cue verb such as ``mengecam``); the
hash embedding of such a word is a row trained for other words. With this augmenter a training
sentence is also seen, at rate ``level``, with some of its longer words replaced by a made-up word
that keeps the features an unseen word still carries (its first letter, its last three letters,
its length and capitalisation, i.e. spaCy's PREFIX, SUFFIX and SHAPE) while its NORM is new, so
the model learns to fall back on the affixes (meN-…, …-kan). Used by ``make models`` through
``spacy train --code models/augment.py``; the trained pipeline loads without it (augmenters are
read only for training).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import registry

_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def rare_variant(word: str, rng: random.Random) -> str:
    """``word`` with its middle letters replaced at random (first letter and last three kept).

    >>> rare_variant("mengecam", random.Random(0))[:1], rare_variant("Mengecam", random.Random(0))[-3:]
    ('m', 'cam')
    """
    middle = "".join(
        rng.choice(_LETTERS).upper() if c.isupper() else rng.choice(_LETTERS) for c in word[1:-3]
    )
    return word[0] + middle + word[-3:]


@registry.augmenters("geopolgraph.rare_words.v1")
def create_rare_words(level: float, rate: float, seed: int = 0
                      ) -> Callable[[Language, Example], Iterator[Example]]:
    """Yield each example, and at rate ``level`` a copy in which each alphabetic word of five
    letters or more is, with probability ``rate``, a :func:`rare_variant`."""
    rng = random.Random(seed)

    def augment(nlp: Language, example: Example) -> Iterator[Example]:
        yield example
        if rng.random() >= level:
            return
        ref = example.reference
        words = [
            rare_variant(t.text, rng) if len(t.text) >= 5 and t.text.isalpha()
            and rng.random() < rate else t.text
            for t in ref
        ]
        doc = Doc(nlp.vocab, words=words, spaces=[bool(t.whitespace_) for t in ref],
                  heads=[t.head.i for t in ref], deps=[t.dep_ for t in ref],
                  pos=[t.pos_ or None for t in ref],
                  sent_starts=[bool(t.is_sent_start) for t in ref])
        yield Example(nlp.make_doc(doc.text), doc)

    return augment
