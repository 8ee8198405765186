"""English: participles ("was attacked by", "a balloon shot down by"), -ing clauses, and
prenominal agents ("US sanctions on Russia", "China's support for Moscow").

>>> from geopolgraph.loaders.lexicons import load_lexicon
>>> lang = English(load_lexicon(), "en")
>>> lang.is_participle("shot"), lang.is_participle("sold"), lang.is_participle("sell")
(True, True, False)
>>> lang.is_gerund("visiting"), lang.is_passive_verb("backed")
(True, True)
>>> from geopolgraph.loaders.text import tokenize
>>> words, origin = lang.parser_tokens(tokenize("a non-state wheel-chair"))
>>> [w.text for w in words], origin
(['a', 'non-state', 'wheel', '-', 'chair'], [0, 1, 2, 2, 2])
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.lang import Language
from geopolgraph.loaders.lexicons import Lexicon, lexicon_file, tsv_rows
from geopolgraph.loaders.text import Token, abbreviation_at

if TYPE_CHECKING:
    from geopolgraph.loaders.extract.cues import Cue
    from geopolgraph.loaders.extract.parse import Parse

__all__ = ["English"]

HYPHENS = rules.register("parse.hyphens", "'wheel-chair': the parser reads 'wheel - chair', as "
                         "it learnt from UD; the extractor keeps the word whole")
CONTRACTIONS = rules.register(
    "parse.contractions", "'Russia won’t attack': the parser reads a curly apostrophe as the "
    "straight one EWT mostly has (1,973 lines with n't, 196 with ’ in its train split) and a "
    "negative contraction as its full words ('will not'; 'wo' is in EWT train 48 times)")
#: the first part of a negative contraction as UD splits it ("wo n't") -> its full word
_CONTRACTED = {"wo": "will", "ca": "can", "sha": "shall"}
LY_ADVERBS = rules.register(
    "lang.ly_adverbs", "'worked closely with', 'spoke directly with': a lower-case word of five "
    "letters or more ending in -ly is an adverb of manner (English morphology)")
ABBREVIATIONS = rules.register("parse.abbreviations", "'Mr. Li', 'U.S. envoys': the parser reads "
                               "'Mr.' and 'U.S.' as one word, as it learnt from UD")


PRESENT_VERB = rules.register(
    "parse.present_verb", "'Moscow abandons/compound Kyiv', 'Russian President Vladimir Putin "
    "assails/compound Japan': a sentence whose present-tense (-s) active cue verb has no subject "
    "in the parse (EWT has few headline-style 'X verbs Y', so the parser reads the verb as a "
    "plural noun) in a sentence whose main verb has no subject either is parsed again with "
    "a present-tense verb it reads as one in its place (grammar present_proxy); kept only "
    "where that verb gets a subject")
RECEIVING_VERB = rules.register(
    "parse.receiving_verb", "'China faced/amod criticism from Japan': a sentence whose "
    "receiving verb (grammar receiving_verbs) the parser reads as a modifier of the noun after "
    "it (amod, compound), with no main verb that has a subject, is parsed again with a "
    "receiving verb of the same tense it reads as one in its place (grammar receiving_proxy); "
    "kept only where that verb gets a subject")
IRREGULAR_PARTICIPLES = rules.register(
    "parse.irregular_participles", "'the accusations made by the US', 'drones sold by Iran': "
    "an irregular past participle (participles_en.tsv, from UD EWT's VBN tags) reads as one, "
    "as a regular -ed form does")
PRESENT_CONJUNCT = rules.register(
    "parse.present_conjunct", "'Macron blasts Russia, backs/compound Ukraine': a present-tense "
    "(-s) cue verb right after a comma that the parse reads as no verb, in a sentence whose "
    "main verb before it has its subject, is parsed again with the present_proxy verb in its "
    "place (rule parse.present_verb); kept only where that verb is conjoined to the main verb "
    "with an object of its own")
#: the labels of a word the parse reads as a clause's verb already
_CLAUSES = frozenset({"parataxis", "ccomp", "xcomp", "advcl", "ROOT", "root"})
#: the frames whose cue is a verb with a subject ("hosts" receives a visit)
_VERB_FRAMES = frozenset({"active", "receive"})


class English(Language):
    code = "en"
    prenominal_agent = True
    verbs_double_as_nouns = True
    genitive_preps = frozenset({"of"})

    def __init__(self, lex: Lexicon, lang: str) -> None:
        super().__init__(lex, lang)
        #: the verb the parser reads in a misread present-tense cue verb's place
        self.present_proxy = next(iter(lex.grammar.get(lang, {}).get("present_proxy", ())), "")
        #: the verbs the parser reads in a misread receiving verb's place: past, present (-s);
        #: none when the list is emptied ("--ablate" switches each list off)
        past, present = (*lex.grammar.get(lang, {}).get("receiving_proxy", ()), "", "")[:2]
        self.receiving_proxy = (past, present)
        participles = lexicon_file("participles_en.tsv")
        #: past participles the spelling rule misses ("made", "sold"), from the treebank
        self.irregular_participles = frozenset(
            row["word"] for _, row in (tsv_rows(participles) if participles.is_file() else ()))

    def is_participle(self, word: str) -> bool:
        return word.endswith(("ed", "en", "wn", "ot")) or (
            word in self.irregular_participles and rules.on(IRREGULAR_PARTICIPLES))

    def is_gerund(self, word: str) -> bool:
        return word.endswith("ing")

    def is_manner_adverb(self, word: str) -> bool:
        """An -ly adverb written in lower case ("closely", "directly"; not "Italy", "ally").

        >>> from geopolgraph.loaders.lexicons import load_lexicon
        >>> lang = English(load_lexicon(), "en")
        >>> [lang.is_manner_adverb(w) for w in ("closely", "Italy", "ally", "close")]
        [True, False, False, False]
        """
        return (len(word) > 4 and word.endswith("ly") and word.isalpha() and word.islower()
                and rules.on(LY_ADVERBS)) or super().is_manner_adverb(word)

    def is_passive_verb(self, word: str) -> bool:
        return word.endswith(("ed", "en"))

    def proxied_words(self, words: list[Token], origin: list[int], first: Parse,
                      cues: list[Cue]) -> list[Token] | None:
        """>>> from geopolgraph.loaders.lexicons import load_lexicon
        >>> from geopolgraph.loaders.text import tokenize
        >>> from geopolgraph.loaders.extract.cues import find_cues
        >>> from geopolgraph.loaders.extract.parse import Parse
        >>> lex = load_lexicon(); lang = English(lex, "en")
        >>> toks = tokenize("Moscow assails Kyiv")
        >>> misread = Parse.of((1, 1, 1), ("compound", "ROOT", "acl:relcl"))
        >>> [w.text for w in lang.proxied_words(toks, [0, 1, 2], misread,
        ...                                     find_cues(toks, lex, "en"))]
        ['Moscow', 'supports', 'Kyiv']
        >>> read = Parse.of((1, 1, 1), ("nsubj", "ROOT", "obj"))
        >>> lang.proxied_words(toks, [0, 1, 2], read, find_cues(toks, lex, "en"))
        >>> toks = tokenize("China faced criticism from Japan")
        >>> misread = Parse.of((2, 2, 2, 4, 2), ("compound", "amod", "ROOT", "case", "nmod"))
        >>> [w.text for w in lang.proxied_words(toks, [0, 1, 2, 3, 4], misread,
        ...                                     find_cues(toks, lex, "en"))]
        ['China', 'received', 'criticism', 'from', 'Japan']
        """
        proxy = self.present_proxy
        if not proxy or not rules.on(PRESENT_VERB):
            return None
        main = next((i for i, h in enumerate(first.heads) if i == h
                     and self.reads_as_verb(first, i)), None)
        if main is not None and not rules.on(PRESENT_CONJUNCT):
            return None  # the sentence has a main verb with its subject: no headline misread
        at = {o: w for w, o in reversed(list(enumerate(origin)))}  # a token's first word
        out = list(words)
        changed = main is None and self._receiving(words, first, out)
        for cue in cues:
            w = at.get(cue.start)
            if (w is None or cue.pattern.frame not in _VERB_FRAMES or self.reads_as_verb(first, w)
                    or first.kids(w, "case")):
                continue  # a verb already, or a noun after a preposition ("against … targets")
            if main is not None and not (main < w and words[w - 1].text == ","
                                         and first.deps[w] not in _CLAUSES):
                continue  # "Macron blasts Russia, backs/compound Ukraine": a second headline verb
            word = words[w].lower
            if word.endswith("s") and not word.endswith(("ss", "us")) and word != proxy:
                out[w] = Token(proxy, words[w].start, words[w].end)
                changed = True
        return out if changed else None

    def _receiving(self, words: list[Token], first: Parse, out: list[Token]) -> bool:
        """Put a receiving proxy in ``out`` in place of each receiving verb (no -ing form) that
        ``first`` reads as a noun's modifier ("China faced/amod criticism", "China
        draws/compound criticism"), the present one for an -s form; whether it did."""
        past, present = self.receiving_proxy
        if not past or not rules.on(RECEIVING_VERB):
            return False
        changed = False
        for w, tok in enumerate(words):
            word = tok.lower
            proxy = present if word.endswith("s") else past
            if (word in self.receiving_verbs and not word.endswith("ing") and word != proxy
                    and first.deps[w] in ("amod", "compound")):
                out[w] = Token(proxy, tok.start, tok.end)
                changed = True
        return changed

    def reads_as_verb(self, parsed: Parse, i: int, first: Parse | None = None,
                      word: str = "") -> bool:
        """Whether word ``i`` has a subject in ``parsed``, or (rule parse.present_conjunct) is
        a verb conjoined to one that has, whose subject it shares ("blasts Russia, backs/conj
        Ukraine")."""
        if any(parsed.deps[c].startswith("nsubj") for c in parsed.children[i]):
            return True
        head = parsed.heads[i]
        return (parsed.deps[i] == "conj" and head != i and head < i and bool(parsed.kids(i, "obj"))
                and rules.on(PRESENT_CONJUNCT) and any(
                    parsed.deps[c].startswith("nsubj") for c in parsed.children[head]))

    def parser_tokens(self, tokens: list[Token]) -> tuple[list[Token], list[int]]:
        """Hyphenated words apart and abbreviations with their dots together, as the English UD
        treebank has them ("15 - year", "al - Qaeda"; "Mr.", "U.S."); each word keeps its own
        character offsets and the index of the (first) token it comes from."""
        hyphens, dots = rules.on(HYPHENS), rules.on(ABBREVIATIONS)
        contractions = rules.on(CONTRACTIONS)
        out: list[Token] = []
        origin: list[int] = []
        i = 0
        while i < len(tokens):
            t = tokens[i]
            k = abbreviation_at(tokens, i) if dots and t.text.isalpha() else 0
            if k:
                end = tokens[i + k - 1].end
                out.append(Token("".join(x.text for x in tokens[i:i + k]), t.start, end))
                origin.append(i)
                i += k
                continue
            i += 1
            if contractions:
                t = _uncontracted(t, tokens[i].lower if i < len(tokens) else "")
            if (not hyphens or "-" not in t.text[1:-1] or len(t.text) != t.end - t.start
                    or t.lower.split("-", 1)[0] in self.hyphen_prefixes):
                out.append(t)
                origin.append(i - 1)
                continue
            pos = t.start
            for n, part in enumerate(t.text.split("-")):
                if n:
                    out.append(Token("-", pos, pos + 1))
                    origin.append(i - 1)
                    pos += 1
                if part:
                    out.append(Token(part, pos, pos + len(part)))
                    origin.append(i - 1)
                    pos += len(part)
        return out, origin


def _uncontracted(t: Token, after: str) -> Token:
    """The word the parser reads for ``t`` (``after``: the next token in lower case): "n't" as
    "not", "wo" before it as "will", a curly apostrophe straight; offsets unchanged.

    >>> [_uncontracted(Token(w, 0, len(w)), a).text for w, a in (("Wo", "n’t"), ("n’t", "."),
    ...                                                         ("’s", ""), ("wo", "men"))]
    ['Will', 'not', "'s", 'wo']
    """
    word = t.text.replace("’", "'")
    if word.lower() == "n't":
        word = "not"
    elif after.replace("’", "'") == "n't" and word.lower() in _CONTRACTED:
        full = _CONTRACTED[word.lower()]
        word = full.capitalize() if word[:1].isupper() else full
    return t if word == t.text else Token(word, t.start, t.end)
