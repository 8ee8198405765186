"""Indonesian: ``di-`` passives whose agent may follow bare ("diserang Israel"), ``yang``
relatives, head-first noun compounds ("kesepakatan tarif" is an agreement, not tariffs).

>>> from geopolgraph.loaders.lexicons import load_lexicon
>>> lang = Indonesian(load_lexicon(), "id")
>>> lang.is_passive_verb("didukung"), lang.is_passive_verb("mendukung")
(True, False)
"""

from __future__ import annotations

from geopolgraph.loaders.extract.lang import Language

__all__ = ["Indonesian"]


class Indonesian(Language):
    code = "id"
    bare_passive_agent = True
    head_first_compounds = True

    def is_passive_verb(self, word: str) -> bool:
        # di- + root; "dia", "diri", "dimana" are not verbs
        return word.startswith("di") and len(word) > 4 and word not in self.reflexives
