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

from geopolgraph.loaders.lexicons import Lexicon

__all__ = ["leader_roles", "openers", "relation_verbs", "word_sets"]


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


def title_words(lex: Lexicon, lang: str) -> tuple[frozenset[str], ...]:
    """The grammar's title prepositions, owner pronouns, counterpart titles, speaker
    prepositions and title articles, as sets (built once per lexicon): a title's "of"/"dari"/
    "from" phrase names the state it acts for, "from" only without an owner pronoun before the
    title ("its troops from Syria"), but always after a counterpart ("her counterpart from
    Japan", "mitranya dari China"); a spokesperson's "for" phrase names whom they speak for; an
    article may come before the name ("from the United States")."""
    key = ("title_words", lang)
    if key not in lex.derived:
        grammar = lex.grammar.get(lang, {})
        lex.derived[key] = tuple(frozenset(grammar.get(name, ())) for name in (
            "title_preps", "owner_pronouns", "counterpart_titles", "speaker_preps",
            "title_articles"))
    found: tuple[frozenset[str], ...] = lex.derived[key]
    return found


def openers(lex: Lexicon, lang: str, honorifics: frozenset[str]) -> frozenset[str]:
    """The words a mention can start with, lower case: the first word of a title or an alias,
    an honorific, a surname of the lexicon (built once per lexicon). Any other word is passed
    over at once, unless the article has met it as a surname or unknown names are actors."""
    key = ("mention_openers", lang)
    if key not in lex.derived:
        # "mitranya dari China": a counterpart with the clitic "-nya" (mentions._match_title)
        clitic_titles = frozenset(t + "nya" for t in title_words(lex, lang)[2])
        lex.derived[key] = frozenset(lex.title_lengths.get(lang, {})) | frozenset(
            lex.alias_lengths) | honorifics | frozenset(lex.surnames) | clitic_titles
    found: frozenset[str] = lex.derived[key]
    return found
