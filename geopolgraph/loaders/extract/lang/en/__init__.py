"""English: participles ("was attacked by", "a balloon shot down by"), -ing clauses, and
prenominal agents ("US sanctions on Russia", "China's support for Moscow").

>>> from geopolgraph.loaders.lexicons import load_lexicon
>>> lang = English(load_lexicon(), "en")
>>> lang.is_participle("shot"), lang.is_gerund("visiting"), lang.is_passive_verb("backed")
(True, True, True)
"""

from __future__ import annotations

from geopolgraph.loaders.extract.lang import Language

__all__ = ["English"]


class English(Language):
    code = "en"
    prenominal_agent = True
    genitive_preps = frozenset({"of"})

    def is_participle(self, word: str) -> bool:
        return word.endswith(("ed", "en", "wn", "ot"))

    def is_gerund(self, word: str) -> bool:
        return word.endswith("ing")

    def is_passive_verb(self, word: str) -> bool:
        return word.endswith(("ed", "en"))
