"""English: participles ("was attacked by", "a balloon shot down by"), -ing clauses, and
prenominal agents ("US sanctions on Russia", "China's support for Moscow").

>>> from geopolgraph.loaders.lexicons import load_lexicon
>>> lang = English(load_lexicon(), "en")
>>> lang.is_participle("shot"), lang.is_gerund("visiting"), lang.is_passive_verb("backed")
(True, True, True)
>>> from geopolgraph.loaders.text import tokenize
>>> words, origin = lang.parser_tokens(tokenize("a wheel-chair"))
>>> [w.text for w in words], origin
(['a', 'wheel', '-', 'chair'], [0, 1, 1, 1])
"""

from __future__ import annotations

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.lang import Language
from geopolgraph.loaders.text import Token

__all__ = ["English"]

HYPHENS = rules.register("parse.hyphens", "'wheel-chair': the parser reads 'wheel - chair', as "
                         "it learnt from UD; the extractor keeps the word whole")


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

    def parser_tokens(self, tokens: list[Token]) -> tuple[list[Token], list[int]]:
        """Hyphenated words apart, as the English UD treebank has them ("15 - year",
        "al - Qaeda"); each part keeps its own character offsets."""
        if not rules.on(HYPHENS) or not any("-" in t.text[1:-1] for t in tokens):
            return super().parser_tokens(tokens)
        out: list[Token] = []
        origin: list[int] = []
        for i, t in enumerate(tokens):
            if "-" not in t.text[1:-1] or len(t.text) != t.end - t.start:
                out.append(t)
                origin.append(i)
                continue
            pos = t.start
            for k, part in enumerate(t.text.split("-")):
                if k:
                    out.append(Token("-", pos, pos + 1))
                    origin.append(i)
                    pos += 1
                if part:
                    out.append(Token(part, pos, pos + len(part)))
                    origin.append(i)
                    pos += len(part)
        return out, origin
