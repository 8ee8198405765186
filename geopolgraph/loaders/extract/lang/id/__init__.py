"""Indonesian: ``di-`` passives whose agent may follow bare ("diserang Israel"), ``yang``
relatives, head-first noun compounds ("kesepakatan tarif" is an agreement, not tariffs), "-nya"
clitics split for the parser (``clitics_id.tsv``).

>>> from geopolgraph.loaders.lexicons import load_lexicon
>>> lang = Indonesian(load_lexicon(), "id")
>>> lang.is_passive_verb("didukung"), lang.is_passive_verb("mendukung")
(True, False)
"""

from __future__ import annotations

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.clitics import is_clitic_word, parser_tokens
from geopolgraph.loaders.extract.lang import Language
from geopolgraph.loaders.extract.lang.id.morphology import nasal
from geopolgraph.loaders.lexicons import Lexicon, lexicon_file
from geopolgraph.loaders.text import Token

__all__ = ["Indonesian"]

CLITICS = rules.register("parse.clitics", "'menyetujuinya': the parser reads 'menyetujui' + "
                         "'nya', as it learnt from UD; the clitic is a reference")


class Indonesian(Language):
    code = "id"
    bare_passive_agent = True
    head_first_compounds = True

    def __init__(self, lex: Lexicon, lang: str) -> None:
        super().__init__(lex, lang)
        self.clitic_table: dict[str, bool] = {}
        path = lexicon_file("clitics_id.tsv")
        if path.is_file():
            for line in path.read_text(encoding="utf-8").splitlines():
                cols = line.split("\t")
                if line.startswith("#") or len(cols) < 2 or cols[0] == "word":
                    continue
                self.clitic_table[cols[0]] = cols[1] == "split"
        self.cue_words = frozenset(
            p.tokens[0] for p in lex.relations.get(lang, ()) if len(p.tokens) == 1
        )
        # meN- verbs the lexicon knows (a cue's first word): a headline's bare verb stands
        # for one of them ("kirim" in "Rusia Kirim Rudal" is "mengirim")
        self.men_verbs = frozenset(
            p.tokens[0] for p in lex.relations.get(lang, ()) if p.tokens[0].startswith("me")
        )

    def clitic_stem(self, word: str) -> str:
        if word.endswith("nya") and rules.on(CLITICS) and is_clitic_word(
            word, self.clitic_table, self.cue_words
        ):
            return word[:-3]
        return ""

    def has_clitic(self, words: set[str]) -> bool:
        return rules.on(CLITICS) and any(
            is_clitic_word(w, self.clitic_table, self.cue_words) for w in words
        )

    def parser_tokens(self, tokens: list[Token]) -> tuple[list[Token], list[int]]:
        if not rules.on(CLITICS):
            return super().parser_tokens(tokens)
        return parser_tokens(tokens, self.clitic_table, self.cue_words)

    def headline_verb(self, word: str) -> str:
        """>>> from geopolgraph.loaders.lexicons import load_lexicon
        >>> lang = Indonesian(load_lexicon(), "id")
        >>> [lang.headline_verb(w) for w in ("kirim", "luncurkan", "rusia")]
        ['mengirim', 'meluncurkan', '']
        """
        if not word.isalpha() or word.startswith("me"):
            return ""
        form = nasal("me", word)
        return form if form in self.men_verbs else ""

    def is_passive_verb(self, word: str) -> bool:
        # di- + root; "dia", "diri", "dimana" are not verbs
        return word.startswith("di") and len(word) > 4 and word not in self.reflexives
