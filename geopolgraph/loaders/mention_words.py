"""The word sets the mention finder reads, built once per lexicon (kept in ``Lexicon.derived``)
rather than once per sentence: the first words of verb cues, the roles of heads of state and
government, the grammar's name-related word lists, and the words a mention can start with.

>>> from geopolgraph.loaders.lexicons import load_lexicon
>>> lex = load_lexicon()
>>> "menyerang" in relation_verbs(lex, "id"), "President" in leader_roles(lex)
(True, True)
>>> not_names, honorifics, *_ = word_sets(lex, "en")
>>> starts = openers(lex, "en", honorifics)
>>> "mr" in honorifics, "russia" in starts, "attacked" in starts
(True, True, False)
"""

from __future__ import annotations

from typing import NamedTuple

from geopolgraph.loaders.lexicons import Lexicon

__all__ = ["TitleWords", "leader_roles", "openers", "relation_verbs", "title_words", "word_sets"]


def relation_verbs(lex: Lexicon, lang: str) -> frozenset[str]:
    """The first words of the lexicon's verb cues (active, passive, receiving): no part of an
    unknown name after a title (built once per lexicon)."""
    key = ("relation_verbs", lang)
    if key not in lex.derived:
        lex.derived[key] = frozenset(
            p.tokens[0] for p in lex.relations.get(lang, ())
            if p.frame in ("active", "passive", "receive") and p.relation != "NONE"
        )
    found: frozenset[str] = lex.derived[key]
    return found


def leader_roles(lex: Lexicon) -> frozenset[str]:
    """The role names of heads of state and government (the people lexicon's names for what
    those titles hold), built once per lexicon."""
    key = ("leader_roles",)
    if key not in lex.derived:
        kinds = ("head_of_state", "head_of_government")
        lex.derived[key] = frozenset(
            role for lang, titles in lex.titles.items() for title, kind in titles.items()
            if kind in kinds for role in lex.title_roles.get(lang, {}).get(title, ()))
    found: frozenset[str] = lex.derived[key]
    return found


def word_sets(lex: Lexicon, lang: str) -> tuple[frozenset[str], ...]:
    """The grammar's not-names, honorifics, locative nouns, the nouns before and after a name
    that make it a modifier, and those of them that are a state's instruments, as sets (built
    once per lexicon, not once per sentence)."""
    key = ("mention_words", lang)
    if key not in lex.derived:
        grammar = lex.grammar.get(lang, {})
        lex.derived[key] = tuple(frozenset(grammar.get(name, ())) for name in (
            "not_names", "honorifics", "locative", "modifier_nouns", "modified_nouns",
            "instrument_nouns"))
    found: tuple[frozenset[str], ...] = lex.derived[key]
    return found


class TitleWords(NamedTuple):
    """The grammar's words around a title that say whom it acts for: a title's ``preps`` phrase
    ("of"/"dari"/"from") names its state, "from" not after one of the ``owners`` ("its troops
    from Syria") unless the title is one of the ``counterparts`` ("her counterpart from Japan",
    "mitranya dari China"); a spokesperson's ``speaker_preps`` phrase ("for") names whom they
    speak for; one of the ``articles`` may come before the name ("from the United States")."""

    preps: frozenset[str]
    owners: frozenset[str]
    counterparts: frozenset[str]
    speaker_preps: frozenset[str]
    articles: frozenset[str]


def title_words(lex: Lexicon, lang: str) -> TitleWords:
    """The grammar lists of :class:`TitleWords` as sets (built once per lexicon)."""
    key = ("title_words", lang)
    if key not in lex.derived:
        grammar = lex.grammar.get(lang, {})
        lex.derived[key] = TitleWords(*(frozenset(grammar.get(name, ())) for name in (
            "title_preps", "owner_pronouns", "counterpart_titles", "speaker_preps",
            "title_articles")))
    found: TitleWords = lex.derived[key]
    return found


def openers(lex: Lexicon, lang: str, honorifics: frozenset[str]) -> frozenset[str]:
    """The words a mention can start with, lower case: the first word of a title or an alias,
    an honorific, a surname of the lexicon (built once per lexicon). Any other word is passed
    over at once, unless the article has met it as a surname or unknown names are actors."""
    key = ("mention_openers", lang)
    if key not in lex.derived:
        # "mitranya dari China": a counterpart with the clitic "-nya" (mentions._match_title)
        clitic_titles = frozenset(t + "nya" for t in title_words(lex, lang).counterparts)
        lex.derived[key] = frozenset(lex.title_lengths.get(lang, {})) | frozenset(
            lex.alias_lengths) | honorifics | frozenset(lex.surnames) | clitic_titles
    found: frozenset[str] = lex.derived[key]
    return found
