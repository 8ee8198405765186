"""Made-up sentences through the extractor, for the generated lexicon checks: the asserted
facts a text gives, and whether one of several texts gives a fact."""

from __future__ import annotations

from collections.abc import Iterable

from geopolgraph.loaders.extract import extract_triples
from geopolgraph.model import Article


def facts(lex, lang: str, text: str, published: str = "") -> set[tuple[str, str, str]]:
    """The (source, relation, target) of every asserted triple of ``text``."""
    return {(t.source, t.relation, t.target) for t in extract_triples(
        Article(id="x", text=text, lang=lang, published=published), lex) if not t.negated}


def one_word_states(lex, *exclude: str) -> list[tuple[str, str]]:
    """(code, name) of every state of the lexicon whose name is one word, but those of
    ``exclude``: the states a template is filled with."""
    return [(code, a.name) for code, a in lex.actors.items() if a.kind == "state"
            and len(a.name.split()) == 1 and code not in exclude]


def any_gives(lex, lang: str, texts: Iterable[str], fact: tuple[str, str, str],
              published: str = "") -> bool:
    """Whether one of ``texts`` yields ``fact`` (asserted)."""
    return any(fact in facts(lex, lang, text, published) for text in texts)


def mutual_count(lex, lang: str, template: str, relation: str, other: str) -> int:
    """Over every one-word state (``{state}`` in ``template``): how often the state and
    ``other`` both do ``relation`` to each other."""
    n = 0
    for code, name in one_word_states(lex, other):
        got = facts(lex, lang, template.format(state=name))
        n += (code, relation, other) in got and (other, relation, code) in got
    return n


#: the place of the template's state in a fact counted by :func:`count_states`
STATE = "{state}"


def count_states(lex, lang: str, template: str, fact: tuple[str, str, str]) -> int:
    """Over every one-word state but the fact's other actor (its name for ``{state}`` in
    ``template``): how many texts give ``fact`` with the state's code for :data:`STATE`."""
    other = [a for a in (fact[0], fact[2]) if a != STATE]
    return sum(tuple(code if x == STATE else x for x in fact)
               in facts(lex, lang, template.format(state=name))
               for code, name in one_word_states(lex, *other))


def act_noun(lex, p) -> bool:
    """Whether the relation pattern ``p`` is a noun cue naming an act: not a role noun (grammar
    ``role_nouns``: "backer", "sekutu"), which names the doer of its act (rule noun.role)."""
    from geopolgraph.loaders.extract.lang import language

    return p.frame == "noun" and p.text not in language(lex, p.lang).role_nouns


def rule_gives(lang: str, template: str, fact: tuple[str, str, str], rule: str,
               at_least: float = 0.95, off_at_most: float = 0.1) -> None:
    """Assert that ``template``, filled with every one-word state (but the fact's other actor),
    gives ``fact`` for at least ``at_least`` of them, and with ``rule`` switched off for at most
    ``off_at_most``: the shape of a rule's template test."""
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, *(a for a in (fact[0], fact[2]) if a != STATE)))
    assert count_states(lex, lang, template, fact) >= at_least * n
    with rules.disabled(rule):
        assert count_states(lex, lang, template, fact) <= off_at_most * n


def count_modes(lex, lang: str, template: str, fact: tuple[str, str, str], mode: str) -> int:
    """As :func:`count_states`, but a text counts only when it gives ``fact`` with modality
    ``mode`` ("planned", "asserted")."""
    other = [a for a in (fact[0], fact[2]) if a != STATE]
    n = 0
    for code, name in one_word_states(lex, *other):
        want = (*(code if x == STATE else x for x in fact), mode)
        n += any((t.source, t.relation, t.target, t.modality) == want for t in extract_triples(
            Article(id="x", text=template.format(state=name), lang=lang), lex))
    return n

