"""Repairs of a sentence's parse made before any frame reads it.

Mistakes the words themselves show, whatever cue the sentence holds: a manner adverb read as
the head of the object's phrase ("mengecam keras/obj serangan Israel"), a two-word noun's
second word read as a preposition ("kerja sama/case Indonesia"), a second past-tense verb read
as an adjective of the name after it ("criticised Taiwan and praised/amod Japan"), a
reduced relative clause read as the main verb ("The sanctions imposed/ROOT on Russia by the EU
were extended"), a preposition that is also a verb read as a clause ("memprotes China
terkait/advcl serangan"), and a fronted phrase of topic read as the subject ("Soal Taiwan,
China mengecam Jepang"). :func:`repair` applies them all; the roles of a single cue whose parse is
wrong are :mod:`.misparse`'s.

>>> p = Parse.of((1, 1, 1, 2, 2), ("nsubj", "ROOT", "obj", "nmod", "nmod"))
>>> rehang_adverbs(p, ["x", "mengecam", "keras", "serangan", "israel"], frozenset({"keras"})).deps
('nsubj', 'ROOT', 'advmod', 'obj', 'nmod')
"""

from __future__ import annotations

from collections.abc import Callable

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.adjective_verbs import subject_adjectives
from geopolgraph.loaders.extract.adverbs import adverb_subjects
from geopolgraph.loaders.extract.intensifiers import intensified
from geopolgraph.loaders.extract.lang import Language
from geopolgraph.loaders.extract.parse import Parse
from geopolgraph.loaders.extract.subordinates import subordinate_subjects
from geopolgraph.loaders.extract.zero_relatives import zero_relatives

__all__ = ["comma_subjects", "conjoined_participles", "fronted_phrases", "nouns_as_clauses",
           "object_participles", "reduced_relatives", "rehang_adverbs", "rejoin_compounds",
           "repair", "verbal_prepositions"]

ADVERB_AS_OBJECT = rules.register(
    "parse.adverb_as_object", "'mengecam keras/obj serangan/nmod Israel': a manner adverb right "
    "after the verb it hangs on, which the parse made the head of the object's phrase, is the "
    "verb's adverb, and the first word under it after it is the object")
BARE_ADVERB = rules.register(
    "parse.bare_adverb", "'Jepang memprotes keras/amod.': a manner adverb right after the verb "
    "it hangs on, with nothing under it, is the verb's adverb, not its object or modifier")
PREPOSITION_IN_COMPOUND = rules.register(
    "parse.preposition_in_compound", "'Kerja sama/case Indonesia-Rusia': the second word of a "
    "two-word noun that is also a preposition ('sama'), parsed as the case marker of the name "
    "after it, is part of the noun, and the name its bare modifier")
CONJOINED_PARTICIPLE = rules.register(
    "parse.conjoined_participle", "'China criticised Taiwan and praised/amod Japan/conj': a past "
    "form right after a coordinator, parsed as a modifier of a capitalised noun conjoined to a "
    "verb's object, is a second verb of that verb's subject, with the noun as its object")
REDUCED_RELATIVE = rules.register(
    "parse.reduced_relative", "'The attack carried/ROOT out by Israel against Lebanon drew/advcl "
    "criticism': a past form right after its subject, with no auxiliary and no object, a by-"
    "phrase or a later verb with an auxiliary, and a later verb with no subject, marker or "
    "coordinator of its own, is a clause on that subject; the later verb is the main one")
VERBAL_PREPOSITION = rules.register(
    "parse.verbal_preposition", "'memprotes China terkait/advcl serangan/obl ke kapal "
    "Filipina': a word used as a preposition that is also a verb (grammar verbal_preps), parsed "
    "as a clause with the noun after it as its argument, is that noun's case marker; the noun "
    "takes its place and what else hung on the word after it hangs on the noun")
FRONTED_PHRASE = rules.register(
    "parse.fronted_phrase", "'Soal Taiwan, China mengecam Jepang': a sentence opened by a "
    "preposition of topic or reason (grammar topic_preps, cause_preps) and a comma, whose verb "
    "the parse gives a subject before that comma, has that phrase as an oblique and the word "
    "after the comma as the subject")
NOUN_AS_CLAUSE = rules.register(
    "parse.noun_as_clause", "'Kamboja membantah tuduhan/acl Thailand', 'Iran mengecam "
    "kekejaman/nsubj yang …': a noun by its form (Indonesian -an) right after a verb, parsed as "
    "that verb's clause with no subject or marker of its own, or as a second subject after it, "
    "is the verb's object when the verb has none")
OBJECT_PARTICIPLE = rules.register(
    "parse.object_participle", "'condemned the attacks carried/advcl out by Israel': a past "
    "form right after a verb's object, parsed as a clause of that verb, with a by/oleh phrase "
    "and no subject, auxiliary or marker of its own, is a reduced relative clause on the object")
COMMA_SUBJECT = rules.register(
    "parse.comma_subject", "'Israel Serang Iran, Rusia/obj dan China Kecam/xcomp': a verb's "
    "second object or its object's conjunct, after a comma, ending right before a later verb "
    "hung on the first with no subject of its own, is that later verb's subject (a new "
    "clause); the mention groups split there too")
OBJECT_RELATIVE = rules.register(
    "parse.object_relative", "'held drills that/nsubj:pass were slammed/ccomp by North Korea': "
    "a clause opened by a relative pronoun as its subject right after a verb's object, parsed "
    "as a clause of that verb, is a relative clause on the object")
#: the labels of a later verb the parse hung on an earlier one
_LATER_VERB = ("xcomp", "conj", "parataxis", "advcl", "ccomp")
#: the labels of a participle the parse hung on the verb before its object
_PARTICIPLE_READ_AS = ("advcl", "xcomp", "ccomp", "conj", "parataxis")
#: the labels of a noun the parse read as a verb's clause
_NOUN_CLAUSE = ("acl", "xcomp", "ccomp", "advcl")
#: the labels of a verbal preposition the parse read as a clause
_PREPOSITION_READ_AS = ("acl", "advcl", "xcomp")
#: the labels of the noun a verbal preposition marks
_NOUN_READ_AS = ("obl", "obj", "nmod")
#: the labels of an adverb the parse took for the head of the object's phrase
_ADVERB_READ_AS = ("obj", "obl", "nmod", "compound", "xcomp", "nsubj")


def rehang_adverbs(p: Parse | None, words: list[str], adverbs: frozenset[str],
                   is_noun: Callable[[str], bool] = lambda word: False) -> Parse | None:
    """The parse with each manner adverb in ``adverbs`` that hangs on the word right before it
    as an argument ("mengecam keras/obj serangan/nmod Israel") made that word's ``advmod``;
    the first word hanging on the adverb after it takes the adverb's place, the others hang on
    that word. One with nothing under it is the advmod of a word before it that is no derived
    noun ("memprotes keras/amod"; not "kecaman keras").

    >>> p = Parse(heads=(1, 1, 1, 2, 2), deps=("nsubj", "ROOT", "obj", "nmod", "nmod"),
    ...           children=((), (0, 2), (3, 4), (), ()))
    >>> fixed = rehang_adverbs(p, ["x", "mengecam", "keras", "serangan", "israel"],
    ...                        frozenset({"keras"}))
    >>> fixed.heads, fixed.deps
    ((1, 1, 1, 1, 3), ('nsubj', 'ROOT', 'advmod', 'obj', 'nmod'))
    """
    if p is None or not adverbs:
        return p
    heads, deps = list(p.heads), list(p.deps)
    for a, word in enumerate(words):
        if word not in adverbs or heads[a] != a - 1:
            continue
        after = [c for c in p.children[a] if c > a]
        if (not p.children[a] and rules.on(BARE_ADVERB) and not is_noun(words[a - 1])
                and deps[a].split(":")[0] in (*_ADVERB_READ_AS, "amod")):
            deps[a] = "advmod"  # "memprotes keras/amod."
        if (not after or deps[a].split(":")[0] not in _ADVERB_READ_AS
                or not rules.on(ADVERB_AS_OBJECT)):
            continue
        first = after[0]
        heads[first], deps[first], deps[a] = heads[a], deps[a], "advmod"
        for c in after[1:]:
            heads[c] = first
    if heads == list(p.heads) and deps == list(p.deps):
        return p
    return Parse.of(tuple(heads), tuple(deps), p.clitics)


def rejoin_compounds(p: Parse | None, words: list[str],
                     compounds: frozenset[tuple[str, str]]) -> Parse | None:
    """The parse with the second word of each two-word noun in ``compounds`` that the parse
    made a case marker ("kerja sama/case Indonesia") hung back on the first word, and the word
    it marked made the noun's ``nmod``.

    >>> p = Parse.of((0, 2, 0, 0), ("ROOT", "case", "obl", "punct"))
    >>> fixed = rejoin_compounds(p, ["kerja", "sama", "rusia", "."],
    ...                          frozenset({("kerja", "sama")}))
    >>> fixed.heads, fixed.deps
    ((0, 0, 0, 0), ('ROOT', 'compound', 'nmod', 'punct'))
    """
    if p is None or not compounds or not rules.on(PREPOSITION_IN_COMPOUND):
        return p
    heads, deps = list(p.heads), list(p.deps)
    for i in range(len(words) - 1):
        marked = heads[i + 1]
        if (words[i], words[i + 1]) not in compounds or deps[i + 1] != "case" or marked <= i + 1:
            continue
        heads[i + 1], deps[i + 1] = i, "compound"
        if heads[marked] in (i, marked) or not p.under(i, marked):
            heads[marked], deps[marked] = i, "nmod"
    if heads == list(p.heads) and deps == list(p.deps):
        return p
    return Parse.of(tuple(heads), tuple(deps), p.clitics)


def conjoined_participles(p: Parse | None, texts: list[str], lang: Language) -> Parse | None:
    """The parse with each past form right after a coordinator that it made a modifier of a
    capitalised noun conjoined to a verb's object ("China criticised/ROOT Taiwan/obj and
    praised/amod Japan/conj") made a conjunct of that verb, with the noun as its object: a
    second verb of the same subject; so too when the parse conjoined the noun to the verb itself
    ("hit Taiwan but praised/amod Japan/conj-of-hit"). A name after the form tells it from an
    adjective ("and armed groups").

    >>> from geopolgraph.loaders.lexicons import load_lexicon
    >>> from geopolgraph.loaders.extract.lang import language
    >>> p = Parse.of((1, 1, 1, 5, 5, 2), ("nsubj", "ROOT", "obj", "cc", "amod", "conj"))
    >>> words = ["China", "criticised", "Taiwan", "and", "praised", "Japan"]
    >>> fixed = conjoined_participles(p, words, language(load_lexicon(), "en"))
    >>> fixed.heads, fixed.deps
    ((1, 1, 1, 4, 1, 4), ('nsubj', 'ROOT', 'obj', 'cc', 'conj', 'obj'))
    """
    if p is None or not rules.on(CONJOINED_PARTICIPLE):
        return p
    heads, deps = list(p.heads), list(p.deps)
    for i in range(1, len(texts) - 1):
        noun = heads[i]
        if (deps[i] != "amod" or noun <= i or not texts[i + 1][:1].isupper()
                or deps[i - 1] != "cc" or not texts[i - 1].isalpha()
                or not lang.is_participle(texts[i].lower())
                or deps[noun] != "conj" or heads[noun] >= i - 1):
            continue
        first = heads[noun]
        while deps[first] == "conj" and heads[first] < first:
            first = heads[first]  # the first conjunct
        # conjoined to the verb's object ("hit Taiwan and praised Japan") or to the verb itself
        if deps[first].split(":")[0] in ("obj", "obl", "iobj"):
            verb = heads[first]
        elif deps[first] == "ROOT" or p.kids(first, "nsubj"):
            verb = first
        else:
            continue
        heads[i], deps[i], heads[noun], deps[noun], heads[i - 1] = verb, "conj", i, "obj", i
    if heads == list(p.heads):
        return p
    return Parse.of(tuple(heads), tuple(deps), p.clitics)


def reduced_relatives(p: Parse | None, words: list[str], lang: Language) -> Parse | None:
    """The parse with a past form that it made the main verb of the noun before it but that
    only qualifies that noun ("The sanctions imposed/ROOT on Russia by the EU were
    extended/conj") made a clause on the noun (``acl``), and the later verb, with no subject,
    marker or coordinator of its own, the main one, with the noun as its subject. The past
    form takes no object, and has a by-phrase or the later verb an auxiliary: "Israel attacked
    Gaza, killing …" stays. So too when the parse made the noun the root and the later verb a
    complement of the clause ("The missiles/ROOT fired/acl by Russia hit/xcomp Ukraine",
    "Drone/ROOT yang diluncurkan/acl:relcl Iran menyerang/xcomp Israel").

    >>> from geopolgraph.loaders.lexicons import load_lexicon
    >>> from geopolgraph.loaders.extract.lang import language
    >>> words = ["the", "sanctions", "imposed", "by", "eu", "were", "extended", "."]
    >>> p = Parse.of((1, 2, 2, 4, 2, 6, 2, 2),
    ...              ("det", "nsubj", "ROOT", "case", "obl", "aux:pass", "conj", "punct"))
    >>> fixed = reduced_relatives(p, words, language(load_lexicon(), "en"))
    >>> fixed.heads, fixed.deps[1], fixed.deps[2], fixed.deps[6]
    ((1, 6, 1, 4, 2, 6, 6, 6), 'nsubj:pass', 'acl', 'ROOT')
    """
    if p is None or not rules.on(REDUCED_RELATIVE):
        return p
    heads, deps = list(p.heads), list(p.deps)
    for v, word in enumerate(words):
        noun = heads[v]
        if (deps[v].startswith("acl") and heads[noun] == noun and noun < v
                and (word in lang.doing_verbs or lang.is_participle(word))):
            # "The missiles/ROOT fired/acl by Russia hit/xcomp Ukraine", "Drone/ROOT yang
            # diluncurkan/acl:relcl Iran menyerang/xcomp Israel": the noun was made the root
            later = _later_verb(p, v)
            if later is not None:
                _promote(p, heads, deps, noun, later, (v, noun))
            continue
        subjects = [c for c in p.kids(v, "nsubj") if c < v]
        if (heads[v] != v or not subjects or not lang.is_participle(word)
                or not all(p.under(k, subjects[0]) for k in range(subjects[0], v))
                or p.kids(v, "aux", "cop", "obj")):
            continue
        agent = any(deps[c] == "obl:agent" or any(words[k] in lang.passive_agent
                                                  for k in p.kids(c, "case"))
                    for c in p.kids(v, "obl") if c > v)
        later = _later_verb(p, v)
        if later is None or not (agent or p.kids(later, "aux")):
            continue
        heads[v], deps[v] = subjects[0], "acl"
        _promote(p, heads, deps, subjects[0], later, (v,))
    if heads == list(p.heads):
        return p
    return Parse.of(tuple(heads), tuple(deps), p.clitics)


def _later_verb(p: Parse, v: int) -> int | None:
    """A verb after ``v`` hung on it with no subject, marker or coordinator of its own."""
    return next((w for w in p.children[v] if w > v and p.deps[w] in (
        "conj", "advcl", "parataxis", "xcomp") and not p.kids(w, "nsubj", "mark", "cc")), None)


def _promote(p: Parse, heads: list[int], deps: list[str], noun: int, later: int,
             old: tuple[int, ...]) -> None:
    """Make ``later`` the root with ``noun`` its subject; what hung on the ``old`` heads after
    ``later`` now hangs on it."""
    heads[later], deps[later] = later, "ROOT"
    heads[noun], deps[noun] = later, "nsubj:pass" if p.kids(later, "aux:pass") else "nsubj"
    for o in old:
        for c in p.children[o]:
            if c > later:
                heads[c] = later


def verbal_prepositions(p: Parse | None, words: list[str],
                        preps: frozenset[str]) -> Parse | None:
    """The parse with each word of ``preps`` read as a clause ("terkait/advcl serangan/obl")
    made the case marker of the first noun after it that hangs on it (with none, of the noun
    right after it that shares its head: "sanksi terkait/acl invasi/nmod"). The noun takes the
    word's place, an oblique of the verb it hung on, or of the verb whose object the noun it
    hung on is ("mengecam China/obj terkait/acl invasi": the reason for the verb's act); the
    later words hanging on the word hang on the noun.

    >>> p = Parse.of((1, 1, 1, 2, 3, 6, 3), ("nsubj", "ROOT", "obj", "acl", "obl", "case",
    ...                                      "obl"))
    >>> words = ["jepang", "mengecam", "china", "terkait", "serangan", "ke", "kapal"]
    >>> fixed = verbal_prepositions(p, words, frozenset({"terkait"}))
    >>> fixed.heads, fixed.deps
    ((1, 1, 1, 4, 1, 6, 4), ('nsubj', 'ROOT', 'obj', 'case', 'obl', 'case', 'nmod'))
    >>> relative = Parse.of((4, 2, 0, 2, 4, 4), ("nsubj:pass", "nsubj", "acl:relcl", "obj",
    ...                                          "ROOT", "obl"))
    >>> words = ["kasus", "yang", "menyangkut", "pejabat", "dikecam", "china"]
    >>> verbal_prepositions(relative, words, frozenset({"menyangkut"})) is relative
    True
    """
    if p is None or not preps or not rules.on(VERBAL_PREPOSITION):
        return p
    heads, deps = list(p.heads), list(p.deps)
    for a, word in enumerate(words):
        if word not in preps or deps[a] not in _PREPOSITION_READ_AS:
            continue  # not "yang terkait/acl:relcl": a relative clause's own verb
        after = [c for c in p.children[a] if c > a and deps[c].split(":")[0] != "case"]
        if not after and a + 1 < len(words) and heads[a + 1] == heads[a]:
            after = [a + 1]  # "sanksi terkait/acl invasi/nmod": its sibling
        if not after or deps[after[0]].split(":")[0] not in _NOUN_READ_AS or p.kids(
                after[0], "case"):
            continue
        noun, host = after[0], heads[a]
        heads[noun], deps[noun] = host, "obl"
        if deps[a].startswith("acl"):
            if deps[host] == "obj" and heads[host] != host:
                heads[noun] = heads[host]  # "mengecam China/obj terkait invasi"
            else:
                deps[noun] = "nmod"
        heads[a], deps[a] = noun, "case"
        for c in after[1:]:
            heads[c] = noun
            if deps[c].split(":")[0] in ("obl", "obj"):  # now on a noun
                deps[c] = "nmod"
    if heads == list(p.heads):
        return p
    return Parse.of(tuple(heads), tuple(deps), p.clitics)


def fronted_phrases(p: Parse | None, words: list[str], preps: frozenset[str]) -> Parse | None:
    """The parse with a phrase opening the sentence with a word of ``preps`` and closed by a
    comma, which the parse made the subject of the verb after it ("Soal/nsubj Taiwan, China/appos
    mengecam"), made that verb's oblique, and the word after the comma its subject.

    >>> p = Parse.of((4, 0, 0, 0, 4, 4), ("nsubj", "flat", "punct", "appos", "ROOT", "obj"))
    >>> words = ["soal", "taiwan", ",", "china", "mengecam", "jepang"]
    >>> fixed = fronted_phrases(p, words, frozenset({"soal"}))
    >>> fixed.heads, fixed.deps
    ((1, 4, 4, 4, 4, 4), ('case', 'obl', 'punct', 'nsubj', 'ROOT', 'obj'))
    >>> cased = Parse.of((5, 2, 5, 2, 2, 5, 5), ("nsubj", "case", "nsubj", "punct", "appos",
    ...                                          "ROOT", "obj"))
    >>> words = ["terkait", "dengan", "taiwan", ",", "china", "mengecam", "jepang"]
    >>> fronted_phrases(cased, words, frozenset({"terkait"})) is cased
    True
    """
    if p is None or len(words) < 4 or words[0] not in preps or not rules.on(FRONTED_PHRASE):
        return p
    comma = next((k for k in range(2, min(len(words), 8)) if words[k] == ","), 0)
    root = next((k for k in range(len(words)) if p.heads[k] == k), 0)
    if (not comma or root <= comma + 1 or p.deps[1] == "case"
            or not any(k < comma for k in p.kids(root, "nsubj"))):
        return p  # not "Terkait dengan/case …": the phrase's noun is the word after it
    heads, deps = list(p.heads), list(p.deps)
    heads[0], deps[0] = 1, "case"
    heads[1], deps[1] = root, "obl"
    for k in range(2, comma):
        if heads[k] == 0 or not 1 <= heads[k] < comma:
            heads[k] = 1  # "Taiwan/flat:name-of-Soal": now under the phrase's noun
    heads[comma], deps[comma] = root, "punct"
    subject = comma + 1
    heads[subject], deps[subject] = root, "nsubj"
    for k in range(subject + 1, root):
        if heads[k] < subject:
            heads[k] = subject  # a word the parse hung in the phrase: the subject's
    return Parse.of(tuple(heads), tuple(deps), p.clitics)


def repair(p: Parse | None, words: list[str], texts: list[str], lang: Language) -> Parse | None:
    """``p`` with every repair of this module: ``words`` lowercased, ``texts`` as written."""
    p = subject_adjectives(p)
    p = rehang_adverbs(p, words, lang.manner_adverbs, lang.is_derived_noun)
    p = intensified(p, words, lang.intensifiers)
    p = adverb_subjects(p, words, lang.skip_before_cue)
    p = rejoin_compounds(p, words, lang.preposition_compounds)
    p = verbal_prepositions(p, words, lang.verbal_preps)
    p = fronted_phrases(p, words, lang.topic_preps | lang.cause_preps)
    p = subordinate_subjects(p, words, lang)
    p = reduced_relatives(p, words, lang)
    p = nouns_as_clauses(p, words, lang)
    p = object_participles(p, words, lang)
    p = comma_subjects(p, words)
    p = zero_relatives(p, words, texts, lang.appositive_articles)
    return conjoined_participles(p, texts, lang)


def nouns_as_clauses(p: Parse | None, words: list[str], lang: Language) -> Parse | None:
    """The parse with a derived noun right after the verb it hangs on as a clause, with no
    subject of its own, or as a second subject, made that verb's ``obj`` when the verb has none
    ("membantah tuduhan/acl Thailand", "Iran mengecam kekejaman/nsubj yang dilakukan Israel").

    >>> from geopolgraph.loaders.lexicons import load_lexicon
    >>> from geopolgraph.loaders.extract.lang import language
    >>> p = Parse.of((1, 1, 1, 2, 1), ("nsubj", "ROOT", "acl", "nmod", "punct"))
    >>> words = ["kamboja", "membantah", "tuduhan", "thailand", "."]
    >>> nouns_as_clauses(p, words, language(load_lexicon(), "id")).deps
    ('nsubj', 'ROOT', 'obj', 'nmod', 'punct')
    """
    if p is None or not rules.on(NOUN_AS_CLAUSE):
        return p
    deps = list(p.deps)
    for i in range(1, len(words)):
        # "mengecam kekejaman/nsubj yang …": a second subject after a verb that has one
        second = deps[i] == "nsubj" and any(s < i - 1 for s in p.kids(i - 1, "nsubj"))
        if ((deps[i] in _NOUN_CLAUSE or second) and p.heads[i] == i - 1
                and lang.is_derived_noun(words[i]) and not p.kids(i, "nsubj", "mark")
                and not p.kids(i - 1, "obj", "iobj")):
            deps[i] = "obj"
    if deps == list(p.deps):
        return p
    return Parse.of(p.heads, tuple(deps), p.clitics)


def object_participles(p: Parse | None, words: list[str], lang: Language) -> Parse | None:
    """The parse with a past form right after a verb's object, which it hung on the verb as a
    clause, made a clause on the object (``acl``) when it has a by/oleh phrase and no subject,
    auxiliary or marker of its own ("condemned the attacks carried/advcl out by Israel"); and a
    clause opened there by a relative pronoun as its subject ("held drills that were
    slammed/ccomp by …") made a relative clause on the object (``acl:relcl``).

    >>> from geopolgraph.loaders.lexicons import load_lexicon
    >>> from geopolgraph.loaders.extract.lang import language
    >>> words = ["iran", "condemned", "the", "attacks", "carried", "out", "by", "israel", "."]
    >>> p = Parse.of((1, 1, 3, 1, 1, 4, 7, 4, 1), ("nsubj", "ROOT", "det", "obj", "advcl",
    ...              "compound:prt", "case", "obl:agent", "punct"))
    >>> fixed = object_participles(p, words, language(load_lexicon(), "en"))
    >>> fixed.heads[4], fixed.deps[4]
    (3, 'acl')
    """
    if p is None or not rules.on(OBJECT_PARTICIPLE):
        return p
    heads, deps = list(p.heads), list(p.deps)
    for v, word in enumerate(words):
        verb = heads[v]
        if deps[v] not in _PARTICIPLE_READ_AS or verb >= v:
            continue
        first = min(k for k in range(v + 1) if p.under(k, v))
        relative = [k for k in p.kids(v, "nsubj") if k == first and words[k] in lang.relative]
        obj = _object_before(p, verb, first)
        if obj is None:
            continue
        if relative and rules.on(OBJECT_RELATIVE):
            # "held drills that/nsubj:pass were slammed/ccomp by North Korea"
            heads[v], deps[v] = obj, "acl:relcl"
        elif first == v and not p.kids(v, "nsubj", "aux", "mark") and (
                word in lang.doing_verbs or lang.is_participle(word)) and any(
                deps[c] == "obl:agent" or any(words[k] in lang.passive_agent
                                              for k in p.kids(c, "case"))
                for c in p.kids(v, "obl", "nmod") if c > v):
            heads[v], deps[v] = obj, "acl"
    if heads == list(p.heads):
        return p
    return Parse.of(tuple(heads), tuple(deps), p.clitics)


def _object_before(p: Parse, verb: int, at: int) -> int | None:
    """The object of ``verb`` whose phrase ends right before token ``at``, else None."""
    return next((o for o in p.kids(verb, "obj") if verb < o < at
                 and max(k for k in range(o, at) if p.under(k, o)) == at - 1), None)


def comma_subjects(p: Parse | None, words: list[str]) -> Parse | None:
    """The parse with a verb's second object (or a conjunct of its object) after a comma made
    the subject of a later verb hung on the first with no subject of its own, when the
    coordination ends right before that verb ("Israel Serang Iran, Rusia/obj dan China
    Kecam/xcomp", "Iran, Belarus/conj dan Belize/conj Kecam": they condemn; the later verb
    becomes a ``parataxis``, the later conjuncts the subject's).

    >>> words = ["israel", "serang", "iran", ",", "rusia", "dan", "china", "kecam"]
    >>> p = Parse.of((1, 1, 1, 4, 1, 6, 4, 1),
    ...              ("nsubj", "ROOT", "obj", "punct", "obj", "cc", "conj", "xcomp"))
    >>> fixed = comma_subjects(p, words)
    >>> fixed.heads[4], fixed.deps[4], fixed.deps[7]
    (7, 'nsubj', 'parataxis')
    """
    if p is None or not rules.on(COMMA_SUBJECT):
        return p
    heads, deps = list(p.heads), list(p.deps)
    for verb in range(len(words)):
        objects = p.kids(verb, "obj")
        # the objects, and the conjuncts of the first ("Iran, Belarus/conj dan Belize/conj")
        chain = sorted(objects + (p.kids(objects[0], "conj") if objects else []))
        for n, o in enumerate(chain[1:], 1):
            first = min(k for k in range(o + 1) if p.under(k, o) and words[k] != ",")
            later = 1 + max(k for c in chain[n:] for k in range(c, len(words)) if p.under(k, c))
            if (first == 0 or words[first - 1] != "," or later >= len(words)
                    or heads[later] != verb or deps[later] not in _LATER_VERB
                    or p.kids(later, "nsubj")):
                continue
            heads[o], deps[o], deps[later] = later, "nsubj", "parataxis"
            for c in chain[n + 1:]:
                heads[c], deps[c] = o, "conj"
            break
    if heads == list(p.heads):
        return p
    return Parse.of(tuple(heads), tuple(deps), p.clitics)
