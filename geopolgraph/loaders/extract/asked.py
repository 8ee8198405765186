"""The doer of the act a request asks for: whom it asks, never who asks.

"Israel rejected France's demand to withdraw from Lebanon", "Israel menolak seruan PBB untuk
berhenti menyerang Lebanon": the act a noun of asking (grammar ``asking_nouns``: a demand, call,
appeal; not an offer, whose act is its maker's) names is asked of somebody. When the request is
the object of a verb that answers it (a cue whose relation answers what was said to its subject,
``relations.tsv`` answers, or a verb of approving, grammar ``approving_verbs``), that verb's
subject was asked; otherwise the text does not name whom, and the act has no doer here. The
request's owner or by-phrase is who asked, and taking them as the doer gave "UN ATTACKS LBN".

This calls :func:`.syntax.subject_of`, which calls it back, so :mod:`.syntax` imports it at its
end.
"""

from __future__ import annotations

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.cues import Cue
from geopolgraph.loaders.extract.parse import Parse
from geopolgraph.loaders.extract.phrases import side_at
from geopolgraph.loaders.extract.reader import NOBODY, SentenceReader, Side
from geopolgraph.loaders.extract.syntax import subject_of

__all__ = ["ANSWERED_REQUEST", "ASKED_DOER", "asked_doer", "asked_request", "asking",
           "request_verb"]

ASKED_DOER = rules.register(
    "syntax.asked_doer", "'Israel rejected France's demand to withdraw', 'PBB mengeluarkan "
    "seruan untuk berhenti menyerang Lebanon': a subjectless clause on a noun of asking (grammar "
    "asking_nouns), or on the verb whose object it is, is done by whom it asks (the subject of a "
    "verb answering or approving it), else by nobody; never by who asks")

ANSWERED_REQUEST = rules.register(
    "noun.answered_request", "'Israel rejected France's demand to withdraw': a verb cue whose "
    "word is a noun of asking or offering (grammar request_nouns), the object of a cue that "
    "answers it, is that noun, an answered claim (noun.answered_claim): FRA DEMANDS ISR")


def request_verb(reader: SentenceReader, cue: Cue) -> bool:
    """Whether ``cue`` is one word of a verb pattern that is also a noun of asking or offering
    (grammar ``request_nouns``: "demand", "appeal"), which :func:`.frames.answered_claim` may
    read as that noun ("rejected France's demand")."""
    return (cue.pattern.frame == "active" and cue.end - cue.start == 1
            and reader.words[cue.start] in reader.lang.request_nouns
            and rules.on(ANSWERED_REQUEST))


def asking(reader: SentenceReader, k: int) -> bool:
    """Whether the word at ``k`` is a noun of asking (grammar ``asking_nouns``) and the rule
    is on."""
    return reader.words[k] in reader.lang.asking_nouns and rules.on(ASKED_DOER)


def asked_request(reader: SentenceReader, p: Parse, h: int) -> int | None:
    """The noun of asking whose asked-for clause the subjectless verb at ``h`` heads: the
    clause hangs on the noun ("France's demand to/mark withdraw/acl") or on the verb whose
    object, before it, the noun is ("menolak seruan/obj PBB untuk berhenti/xcomp", "issued an
    appeal/obj to stop/advcl"), and opens with a purpose word (not "an appeal backed by");
    else None.

    >>> p = Parse.of((1, 1, 3, 1), ("det", "ROOT", "mark", "acl"))
    >>> from geopolgraph.loaders.extract.reader import SentenceReader
    >>> from geopolgraph.loaders.extract.lang import language
    >>> from geopolgraph.loaders.lexicons import load_lexicon
    >>> from geopolgraph.loaders.mentions import Memory
    >>> from geopolgraph.loaders.text import tokenize
    >>> reader = SentenceReader(tokenize("the demand to withdraw"), [],
    ...                         language(load_lexicon(), "en"), Memory(), "")
    >>> asked_request(reader, p, 3)
    1
    """
    if not rules.on(ASKED_DOER):
        return None
    words, lang = reader.words, reader.lang
    head, dep = p.heads[h], p.deps[h]
    if dep.startswith("acl"):
        noun = head if words[head] in lang.asking_nouns else None
    elif dep in ("xcomp", "advcl"):
        noun = next((o for o in p.kids(head, "obj") if o < h and words[o] in lang.asking_nouns),
                    None)
    else:
        return None
    if noun is None or not any(words[k] in lang.purpose for k in p.kids(h, "mark")):
        return None
    return noun


def asked_doer(reader: SentenceReader, p: Parse, noun: int, clause: int, depth: int) -> Side:
    """Who does the act the request at ``noun`` asks for in the clause at ``clause``: whom a
    phrase of address on the request, or on its verb before the clause, names (grammar
    ``addressee_preps``: "an ultimatum to Sudan to normalize …"), else the subject of the verb
    whose object the request is, when that verb answers or approves it ("Israel rejected/ignored
    the UN's appeal to …"); else :data:`NOBODY` (who was asked is not said here).

    >>> from geopolgraph.loaders.extract import extract_triples
    >>> from geopolgraph.loaders.lexicons import load_lexicon
    >>> from geopolgraph.model import Article
    >>> text = "The UN's appeal to stop attacking Lebanon went unheeded."
    >>> [t.source for t in extract_triples(Article(id="a", text=text, lang="en"),
    ...                                    load_lexicon()) if t.relation == "ATTACKS"]
    []
    """
    verb = p.heads[noun]
    addressed = [*p.kids(noun, "nmod", "obl"),
                 *(c for c in p.kids(verb, "obl") if noun < c < clause and verb != noun)]
    for c in addressed:
        if any(reader.words[k] in reader.lang.addressee_preps for k in p.kids(c, "case")):
            found = side_at(reader, p, c)
            if found is not None:
                return found
    if p.deps[noun] == "obj" and verb != noun and (reader.approves(verb) or any(
            c.start <= verb < c.head_end and c.pattern.relation in reader.lang.answering
            for c in reader.cues)):
        found = subject_of(reader, p, verb, depth + 1)
        if found is not None:
            return found
    return NOBODY
