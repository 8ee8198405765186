"""Headlines: a Title Case line read the way body text is.

News headlines capitalise every content word ("Korut Luncurkan Rudal, Korsel dan Jepang Siaga")
and Indonesian ones drop the meN- prefix of their verbs ("Rusia Kirim Rudal ke Korut"). The
parsers learnt sentence case and prefixed verbs from the treebanks, so they read such a line as
one long name. A sentence is a headline when, outside actor names and its first word, its
capitalised words outnumber twice its lower-case ones (the function words a title keeps in lower
case, ``title_case_lowercase`` in the grammar, do not count) and its cue words after the first
word are capitalised. Then:

- the parser reads a copy (:func:`parser_view`): words outside actor names in lower case and a
  cue's bare verb, or the bare verb right before a noun cue ("Beri Hibah"), in its meN- form
  when the lexicon knows that form ("kirim" → "mengirim");
  only the words change, never the offsets, and the parse is folded back onto the sentence's
  own tokens, so the evidence is the text as written;
- a bare noun cue right after its subject is the verb it stands for (:func:`verbal_cues`) when
  its meN- form is an active cue of the same relation ("Jepang Protes China": "memprotes");
- a comma joins two clauses ("…, Korsel dan Jepang Siaga"): a subjectless clause after it
  shares the headline's subject ("Israel Abaikan Gencatan Senjata, Akan Serang Hizbullah";
  :attr:`~.reader.SentenceReader.headline`, read by :mod:`.syntax`).

>>> from geopolgraph.loaders.lexicons import load_lexicon
>>> from geopolgraph.loaders.mentions import Memory, find_mentions
>>> from geopolgraph.loaders.text import tokenize
>>> from geopolgraph.loaders.extract.lang import language
>>> lex = load_lexicon(); lang = language(lex, "id")
>>> def title(text):
...     toks = tokenize(text)
...     return is_headline(toks, find_mentions(toks, lex, "id", Memory()), lang)
>>> title("Rusia Kirim Rudal ke Korut"), title("Rusia mengirim rudal ke Korea Utara.")
(True, False)
"""

from __future__ import annotations

from dataclasses import replace

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.cues import Cue, pattern_index
from geopolgraph.loaders.extract.lang import Language
from geopolgraph.loaders.lexicons import Lexicon
from geopolgraph.loaders.mentions import Mention
from geopolgraph.loaders.text import Token

__all__ = ["is_headline", "parser_view", "reciprocal_view", "verbal_cues"]

PARSE = rules.register("headline.parse", "a Title Case headline is parsed from a copy with "
                       "words outside names in lower case and bare verbs in their meN- form")
NOUN_STAYS = rules.register("headline.noun_stays", "'UE Siapkan Sanksi Baru': a noun cue "
                            "the headline does not use as its verb is no meN- verb for the "
                            "parser ('menyanksi')")
OBJECT_VERB = rules.register(
    "headline.object_verb", "'Jepang Beri/Kirim Hibah ke Indonesia': a headline's bare word "
    "right before a noun cue is read in its meN- form when the lexicon knows that form "
    "('memberi', 'mengirim'): the verb whose object the noun is")
RECIPROCAL_ROOT = rules.register(
    "parse.reciprocal_root", "'Kamboja dan Thailand saling tuding': a cue's bare root right "
    "after a reciprocal marker (grammar reciprocal_markers) is read by the parser in its meN- "
    "form ('menuding'), as a headline's bare verb is")
VERB = rules.register("headline.verb", "'Jepang Protes China': a bare noun cue after its "
                      "subject in a headline is its meN- verb ('memprotes')")


def _named(mentions: list[Mention]) -> set[int]:
    return {k for m in mentions for k in range(m.start, m.end)}


def is_headline(tokens: list[Token], mentions: list[Mention], lang: Language,
                cues: list[Cue] | None = None) -> bool:
    """Whether the sentence is written in Title Case (see the module's description); with
    ``cues``, its cue words must be capitalised too ("Menteri Luar Negerinya mengecam …" is a
    title followed by sentence case)."""
    named = _named(mentions)
    if cues is not None:
        cased = [tokens[c.start].text[:1].isupper() for c in cues if c.start > 0]
        if not any(cased) or not all(cased):
            return False
    titled = lowered = 0
    for k, t in enumerate(tokens):
        word = t.text
        if k == 0 or k in named or not word[:1].isalpha() or t.lower in lang.title_lowercase:
            continue
        if word[:1].isupper():
            titled += not word.isupper()  # "AS", "PBB": acronyms say nothing of the case
        else:
            lowered += 1
    return titled >= 1 and titled >= 2 * lowered


def parser_view(tokens: list[Token], mentions: list[Mention], cues: list[Cue],
                lang: Language) -> list[Token]:
    """The words the parser reads for a headline: lower case outside actor names, a cue's bare
    verb, or the bare verb right before a noun cue ("Beri Hibah"), in the form the treebanks
    have ("Kirim" → "mengirim"); offsets unchanged."""
    if not rules.on(PARSE):
        return tokens
    named = _named(mentions)
    # a noun cue stays a noun ("UE Siapkan Sanksi"), unless verbal_cues made it the verb
    starts = {c.start for c in cues if c.pattern.frame != "noun" or not rules.on(NOUN_STAYS)}
    # "Jepang Beri Hibah": the noun's verb
    before = {c.start - 1 for c in cues if c.pattern.frame == "noun"} if rules.on(
        OBJECT_VERB) else set()
    # "AS Perketat Sanksi": the word between the subject and the noun is the verb
    subject_verb = before & {m.end for m in mentions if m.actor}
    out = []
    for k, t in enumerate(tokens):
        if k in named:
            out.append(t)
            continue
        if k in starts:
            word = lang.headline_verb(t.lower)
        else:
            word = ((k in before and lang.headline_verb(t.lower)) or lang.headline_kan_verb(
                t.lower) or (lang.headline_subject_verb(t.lower) if k in subject_verb else ""))
        word = word or t.lower
        out.append(Token(word, t.start, t.end) if word != t.text else t)
    return out


def reciprocal_view(tokens: list[Token], cues: list[Cue], lang: Language) -> list[Token]:
    """The words the parser reads for a sentence in running text: a cue's bare root right after
    a reciprocal marker in its meN- form ("saling tuding" → "saling menuding"); offsets
    unchanged.

    >>> from geopolgraph.loaders.lexicons import load_lexicon
    >>> from geopolgraph.loaders.extract.cues import find_cues
    >>> from geopolgraph.loaders.extract.lang import language
    >>> from geopolgraph.loaders.text import tokenize
    >>> lex = load_lexicon()
    >>> toks = tokenize("Kamboja dan Thailand saling tuding.")
    >>> [t.text for t in reciprocal_view(toks, find_cues(toks, lex, "id"), language(lex, "id"))]
    ['Kamboja', 'dan', 'Thailand', 'saling', 'menuding', '.']
    """
    markers = {m[-1] for m in lang.reciprocal_markers}
    starts = {c.start for c in cues if c.start > 0 and tokens[c.start - 1].lower in markers}
    if not starts or not rules.on(RECIPROCAL_ROOT):
        return tokens
    out = list(tokens)
    for k in starts:
        word = lang.headline_verb(tokens[k].lower)
        if word:
            out[k] = Token(word, tokens[k].start, tokens[k].end)
    return out


def verbal_cues(cues: list[Cue], mentions: list[Mention], lex: Lexicon,
                lang: Language) -> list[Cue]:
    """The headline's cues, a one-word noun cue right after an actor (its subject) read as
    the active cue of its meN- form when that has the same relation ("Jepang Protes China")."""
    if not rules.on(VERB):
        return cues
    ends = {m.end for m in mentions if m.actor and m.kind not in ("media", "place")}
    index = pattern_index(lex, lang.lang)
    out = []
    for c in cues:
        if c.pattern.frame == "noun" and len(c.pattern.tokens) == 1 and c.start in ends:
            form = lang.headline_verb(c.pattern.tokens[0])
            verb = next((p for p in index.get(form, ()) if len(p.tokens) == 1
                         and p.frame == "active" and p.relation == c.pattern.relation), None)
            if verb is not None:
                c = replace(c, pattern=verb)
        out.append(c)
    return out
