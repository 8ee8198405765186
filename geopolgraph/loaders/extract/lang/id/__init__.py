"""Indonesian: ``di-`` passives whose agent may follow bare ("diserang Israel"), ``yang``
relatives, head-first noun compounds ("kesepakatan tarif" is an agreement, not tariffs), "-nya"
clitics split for the parser (``clitics_id.tsv``).

>>> from geopolgraph.loaders.lexicons import load_lexicon
>>> lang = Indonesian(load_lexicon(), "id")
>>> lang.is_passive_verb("didukung"), lang.is_passive_verb("mendukung")
(True, False)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.clitics import is_clitic_word, parser_tokens
from geopolgraph.loaders.extract.lang import Language
from geopolgraph.loaders.extract.lang.id.morphology import nasal
from geopolgraph.loaders.lexicons import Lexicon, lexicon_file, tsv_rows
from geopolgraph.loaders.text import Token

if TYPE_CHECKING:
    from geopolgraph.loaders.extract.cues import Cue
    from geopolgraph.loaders.extract.parse import Parse

__all__ = ["Indonesian"]

CLITICS = rules.register("parse.clitics", "'menyetujuinya': the parser reads 'menyetujui' + "
                         "'nya', as it learnt from UD; the clitic is a reference")
UNSEEN_VERB = rules.register(
    "parse.unseen_verb", "'Vietnam mengecam/amod China', 'Israel dikecam/case Indonesia': a "
    "sentence whose active or passive cue verb the parser read as no verb is parsed again with "
    "a verb of the same relation and voice from its treebanks in its place "
    "(parser_proxies_id.tsv)")
CASE_PASSIVE = rules.register(
    "parse.case_passive", "'Sanksi terhadap Korea Utara diperpanjang/case Dewan Keamanan PBB': "
    "a di- passive verb that is no cue, read by the parser as a case marker, is parsed again "
    "with a passive verb from its treebanks in its place, as parse.unseen_verb does for a cue")
BARE_VERB_NO_NOUN = rules.register(
    "lang.bare_verb_no_noun", "'Trump Ancam Kenakan Tarif pada Uni Eropa': a bare word whose "
    "meN- form opens a cue of the lexicon ('mengenakan') is a headline's verb, no noun derived "
    "with -an, though it ends in -an")
HEADLINE_KAN = rules.register(
    "headline.kan_verb", "'UE Siapkan Sanksi Baru untuk Rusia': a headline's bare -kan verb "
    "that is no cue is read in its meN- form too ('menyiapkan')")
#: the relations of a verb, or of a word the parse may make a verb's head (anything else says
#: the parser read the word as part of a noun phrase)
#: (a bare "acl" is none: Indonesian has no relative clause without "yang", so a verb hung
#: on the noun before it as one was misread: "Rusia menjumpai/acl Ukraina")
_VERBAL = frozenset({"ROOT", "root", "conj", "xcomp", "ccomp", "advcl", "acl:relcl",
                     "parataxis", "csubj"})
HEADLINE_SUBJECT_VERB = rules.register(
    "headline.subject_verb", "'AS Perketat Sanksi terhadap Iran': a headline's bare word "
    "between its subject and a noun cue is its verb; when the lexicon knows no meN- form of it "
    "the parser reads the most frequent active verb of its treebanks there "
    "(parser_proxies_id.tsv '*')")
HEADLINE_RECEIVING = rules.register(
    "headline.receiving_verb", "'Jepang Hadapi Kecaman dari China': a headline's bare receiving "
    "verb (grammar receiving_verbs) is read in its meN- form ('menghadapi')")
PARTICLES = rules.register("parse.particles", "'apakah', 'meskipun': the parser reads 'apa' + "
                           "'kah', 'meski' + 'pun', as it learnt from UD (particles_id.tsv)")


PREDICATE_ADJECTIVE = rules.register(
    "parse.predicate_adjective", "'India prihatin/amod atas uji coba rudal Korea Utara': an "
    "active cue word with no verbal prefix that the parser hung as an adjective or compound on "
    "the phrase right before it is the clause's predicate (Indonesian needs no copula), parsed "
    "again with a verb of the same relation in its place, as parse.unseen_verb does; kept only "
    "where the verb gets a subject")


#: the labels of a word the parse read as a modifier of the noun before it
_MODIFIER = frozenset({"amod", "compound"})


def _predicate(words: list[Token], first: Parse, w: int, frame: str) -> bool:
    """Whether word ``w``, the first of an active cue, is a bare word the parse made the
    adjective (or compound) of the phrase that ends right before it ("India prihatin/amod
    atas …", "Menteri Luar Negeri India prihatin/amod")."""
    if (frame != "active" or first.deps[w] not in _MODIFIER or first.heads[w] >= w
            or words[w].lower.startswith(("me", "di")) or not rules.on(PREDICATE_ADJECTIVE)):
        return False
    k = w - 1  # the phrase the adjective hangs on ends right before it
    for _ in range(4):
        if k == first.heads[w]:
            return True
        k = first.heads[k]
    return False


class Indonesian(Language):
    code = "id"
    bare_passive_agent = True
    passive_needs_auxiliary = False
    head_first_compounds = True
    reduced_relatives = False
    owner_clitics = True

    def __init__(self, lex: Lexicon, lang: str) -> None:
        super().__init__(lex, lang)
        clitics, particles = lexicon_file("clitics_id.tsv"), lexicon_file("particles_id.tsv")
        self.clitic_table: dict[str, bool] = {
            row["word"]: row["decision"] == "split"
            for _, row in (tsv_rows(clitics) if clitics.is_file() else ())
        }
        self.particle_words = frozenset(
            row["word"] for _, row in (tsv_rows(particles) if particles.is_file() else ()))
        #: prefixes of affixed verbs and their nouns (meN-, ber-, ter-, per-, peN-)
        self.verbal_prefixes = ("me", "ber", "ter", "per", "pe")
        proxies = lexicon_file("parser_proxies_id.tsv")
        #: (relation or "*", frame) -> the treebank verb the parser reads in a misread
        #: cue verb's place
        self.parser_proxies: dict[tuple[str, str], str] = {
            (row["relation"], row["frame"]): row["proxy"]
            for _, row in (tsv_rows(proxies) if proxies.is_file() else ())
        }
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

    def owned_form(self, word: str, stem: str) -> bool:
        return len(word) == len(stem) + 3 and word == stem + "nya" and rules.on(CLITICS)

    def owner_clitic(self, word: str) -> bool:
        return (word.endswith("nya") and len(word) > 6 and self.clitic_table.get(word, True)
                and rules.on(CLITICS))

    def has_clitic(self, words: set[str]) -> bool:
        return rules.on(CLITICS) and any(
            is_clitic_word(w, self.clitic_table, self.cue_words) for w in words
        )

    def parser_tokens(self, tokens: list[Token]) -> tuple[list[Token], list[int]]:
        """"-nya" clitics apart (:mod:`..clitics`), and the particles "-kah", "-lah", "-pun"
        of the words UD splits (``particles_id.tsv``: "apakah" = "apa" + "kah").

        >>> from geopolgraph.loaders.lexicons import load_lexicon
        >>> from geopolgraph.loaders.text import tokenize
        >>> words, origin = Indonesian(load_lexicon(), "id").parser_tokens(
        ...     tokenize("Apakah Rusia menyetujuinya?"))
        >>> [w.text for w in words], origin
        (['Apa', 'kah', 'Rusia', 'menyetujui', 'nya', '?'], [0, 0, 1, 2, -3, 3])
        """
        if rules.on(CLITICS):
            words, origin = parser_tokens(tokens, self.clitic_table, self.cue_words)
        else:
            words, origin = super().parser_tokens(tokens)
        if not rules.on(PARTICLES) or not any(w.lower in self.particle_words for w in words):
            return words, origin
        out: list[Token] = []
        kept: list[int] = []
        for w, o in zip(words, origin, strict=True):
            if w.lower in self.particle_words and len(w.text) == w.end - w.start:
                cut = w.end - 3  # "kah", "lah", "pun"
                out += [Token(w.text[:-3], w.start, cut), Token(w.text[-3:], cut, w.end)]
                kept += [o, o]
            else:
                out.append(w)
                kept.append(o)
        return out, kept

    def proxied_words(self, words: list[Token], origin: list[int], first: Parse,
                      cues: list[Cue]) -> list[Token] | None:
        """>>> from geopolgraph.loaders.lexicons import load_lexicon
        >>> from geopolgraph.loaders.text import tokenize
        >>> from geopolgraph.loaders.extract.cues import find_cues
        >>> lex = load_lexicon(); lang = Indonesian(lex, "id")
        >>> toks = tokenize("Vietnam mengecam China.")
        >>> cues = find_cues(toks, lex, "id")
        >>> from geopolgraph.loaders.extract.parse import Parse
        >>> misread = Parse.of((0, 0, 0, 0), ("ROOT", "amod", "flat", "punct"))
        >>> [w.text for w in lang.proxied_words(toks, [0, 1, 2, 3], misread, cues)]
        ['Vietnam', 'mempertanyakan', 'China', '.']
        >>> read = Parse.of((1, 1, 1, 1), ("nsubj", "ROOT", "obj", "punct"))
        >>> lang.proxied_words(toks, [0, 1, 2, 3], read, cues)
        >>> toks = tokenize("Israel dikecam Indonesia.")
        >>> misread = Parse.of((0, 2, 0, 0), ("ROOT", "case", "nmod", "punct"))
        >>> [w.text for w in lang.proxied_words(toks, [0, 1, 2, 3], misread,
        ...                                     find_cues(toks, lex, "id"))]
        ['Israel', 'diberikan', 'Indonesia', '.']
        """
        if not rules.on(UNSEEN_VERB):
            return None
        at = {o: w for w, o in reversed(list(enumerate(origin)))}  # a token's first word
        out = list(words)
        changed = False
        for cue in cues:
            w = at.get(cue.start)
            frame = cue.pattern.frame
            proxy = self.parser_proxies.get((cue.pattern.relation, frame)) or (
                self.parser_proxies.get(("*", frame)))
            if (w is None or proxy is None or first.deps[w] in _VERBAL
                    or not (words[w].lower.startswith(proxy[:2]) or _predicate(
                        words, first, w, frame)) or words[w].lower == proxy):
                continue  # a meN- verb for a meN- one, a di- passive for a di- one
            out[w] = Token(proxy, words[w].start, words[w].end)
            changed = True
        passive = self.parser_proxies.get(("*", "passive")) if rules.on(CASE_PASSIVE) else None
        for w, word in enumerate(words):
            # "diperpanjang/case Dewan Keamanan": no passive verb is a preposition
            if (passive and first.deps[w] == "case" and out[w] is word
                    and self.is_passive_verb(word.lower) and word.lower != passive):
                out[w] = Token(passive, word.start, word.end)
                changed = True
        return out if changed else None

    def reads_as_verb(self, parsed: Parse, i: int, first: Parse | None = None,
                      word: str = "") -> bool:
        """Whether word ``i`` has a label a verb has (a re-parse with a proxy verb is kept only
        where the proxy got one), and, where it stands for a bare ``word`` that ``first`` made
        a modifier, the subject that makes it a predicate (rule parse.predicate_adjective)."""
        bare_adjective = (first is not None and first.deps[i] in _MODIFIER
                          and not word.lower().startswith(("me", "di")))
        return parsed.deps[i] in _VERBAL and (not bare_adjective or any(
            parsed.deps[c].startswith("nsubj") for c in parsed.children[i]))

    def headline_verb(self, word: str) -> str:
        """>>> from geopolgraph.loaders.lexicons import load_lexicon
        >>> lang = Indonesian(load_lexicon(), "id")
        >>> [lang.headline_verb(w) for w in ("kirim", "luncurkan", "rusia", "perintahkan")]
        ['mengirim', 'meluncurkan', '', 'memerintahkan']
        """
        if not word.isalpha() or word.startswith("me"):
            return ""
        form = nasal("me", word)
        if form not in self.men_verbs and word.startswith("per"):
            form = "mem" + word[1:]  # a root in p-e-r ("perintah") drops its p as any p-root
        return form if form in self.men_verbs else ""

    def cancels(self, words: list[str]) -> bool:
        """Also the di- passive of a negator ("ditunda": "menunda").

        >>> from geopolgraph.loaders.lexicons import load_lexicon
        >>> lang = Indonesian(load_lexicon(), "id")
        >>> lang.cancels(["ditunda"]), lang.cancels(["dibatalkan"]), lang.cancels(["digelar"])
        (True, True, False)
        """
        word = words[0] if words else ""
        return super().cancels(words) or (
            word.startswith("di") and self.is_passive_verb(word)
            and nasal("me", word[2:]) in self.negators)

    def headline_subject_verb(self, word: str) -> str:
        """>>> from geopolgraph.loaders.lexicons import load_lexicon
        >>> lang = Indonesian(load_lexicon(), "id")
        >>> [lang.headline_subject_verb(w) for w in ("perketat", "tambah", "akan", "bantuan")]
        ['membantu', 'membantu', '', '']
        """
        # a bare root, or a causative per- verb ("perketat", "perpanjang"); a pe- noun is none
        root = word[3:] if word.startswith("per") else word
        if (not rules.on(HEADLINE_SUBJECT_VERB) or len(root) < 4 or not self.is_bare_root(root)
                or word in self.title_lowercase or word in self.negators
                or word in self.planned_words):
            return ""
        return self.parser_proxies.get(("*", "active"), "")

    def headline_kan_verb(self, word: str) -> str:
        """The meN- form of a headline's bare -kan verb that is no cue ("siapkan":
        "menyiapkan"; "-kan" makes a verb of whatever it ends), or of a bare receiving verb
        ("hadapi": "menghadapi"), else "".

        >>> from geopolgraph.loaders.lexicons import load_lexicon
        >>> lang = Indonesian(load_lexicon(), "id")
        >>> [lang.headline_kan_verb(w) for w in ("siapkan", "akan", "bukan", "menyiapkan")]
        ['menyiapkan', '', '', '']
        >>> [lang.headline_kan_verb(w) for w in ("hadapi", "tuai", "terima")]
        ['menghadapi', 'menuai', 'menerima']
        """
        if word in self.receiving_verbs and rules.on(HEADLINE_RECEIVING):
            form = nasal("me", word)
            if form in self.receiving_verbs:
                return form  # "Jepang Hadapi Kecaman dari China"
        if (len(word) < 6 or not word.isalpha() or not word.endswith("kan")
                or word.startswith(("me", "di", "ber", "ter")) or not rules.on(HEADLINE_KAN)):
            return ""
        return nasal("me", word)

    def is_bare_root(self, word: str) -> bool:
        """>>> from geopolgraph.loaders.lexicons import load_lexicon
        >>> lang = Indonesian(load_lexicon(), "id")
        >>> [lang.is_bare_root(w) for w in ("coba", "mencoba", "dicoba", "percobaan", "Coba")]
        [True, False, False, False, False]
        """
        return (word.isalpha() and word.islower() and not self.is_passive_verb(word)
                and not word.startswith(self.verbal_prefixes) and not word.endswith("an"))

    def is_derived_noun(self, word: str) -> bool:
        """>>> from geopolgraph.loaders.lexicons import load_lexicon
        >>> lang = Indonesian(load_lexicon(), "id")
        >>> [lang.is_derived_noun(w) for w in ("tuduhan", "kebijakan", "menyatakan", "bahan")]
        [True, True, False, False]
        """
        # -an, peN-/per-/ke- … -an; not a meN-, di-, ber- or ter- verb ("menyatakan"), nor a
        # headline's bare verb whose meN- form is a cue's ("Trump Ancam Kenakan Tarif …")
        return (len(word) > 6 and word.isalpha() and word.endswith("an")
                and not word.startswith(("me", "di", "ber", "ter"))
                and not (rules.on(BARE_VERB_NO_NOUN) and self.headline_verb(word)))

    def is_passive_verb(self, word: str) -> bool:
        # di- + root; "dia", "diri", "dimana" are not verbs
        return word.startswith("di") and len(word) > 4 and word not in self.reflexives
