"""A noun set beside a clause that names the clause's own act: "…, a move condemned by Norway".

"Russia closed its embassy in Oslo, a move condemned by Norway", "Rusia menutup kedutaannya di
Oslo, langkah yang dikecam Norwegia", "…, a step that Norway criticised", "… in a move that
Norway condemned": the noun (grammar ``clause_nouns``) stands for what the clause says its
subject did, so a cue aimed at an act's doer in a relative clause on it is aimed at that
subject. The parser hangs such a noun on the clause's verb (parataxis, or an oblique opened by
grammar ``clause_noun_preps``) or on the verb's object (apposition).

>>> from geopolgraph.model import Article
>>> from geopolgraph.loaders.extract import extract_triples
>>> text = "Russia closed its embassy in Oslo, a move criticised by Norway."
>>> def facts():
...     return [(t.source, t.relation, t.target)
...             for t in extract_triples(Article(id="a", text=text, lang="en"))]
>>> ("NOR", "CRITICIZES", "RUS") in facts()
True
>>> with rules.disabled(CLAUSE_ACT):
...     ("NOR", "CRITICIZES", "RUS") in facts()
False
"""

from __future__ import annotations

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.cues import Cue
from geopolgraph.loaders.extract.frames import cue_head
from geopolgraph.loaders.extract.parse import Parse
from geopolgraph.loaders.extract.reader import SentenceReader, Side
from geopolgraph.loaders.extract.syntax import NOBODY, subject_of

__all__ = ["CLAUSE_ACT", "clause_act", "clause_act_of_cue"]

CLAUSE_ACT = rules.register(
    "syntax.clause_act", "'Russia closed its embassy, a move condemned by Norway', 'Rusia "
    "menutup kedutaannya, langkah yang dikecam Norwegia': a noun naming an act (grammar "
    "clause_nouns) set beside a clause is that clause's act, so a cue aimed at an act's doer "
    "in a relative clause on it is aimed at the clause's subject")


def clause_act(reader: SentenceReader, p: Parse, noun: int) -> Side | None:
    """The doer of the clause whose act the noun at ``noun`` names beside it, else None."""
    lang, words = reader.lang, reader.words
    if words[noun].lower() not in lang.clause_nouns or not rules.on(CLAUSE_ACT):
        return None
    dep, verb = p.deps[noun].split(":")[0], p.heads[noun]
    first = min(k for k in range(noun + 1) if p.under(k, noun) and p.deps[k] != "punct")
    after_comma = first > 0 and words[first - 1] == ","
    cased = [words[c].lower() for c in p.kids(noun, "case")]
    if dep == "appos" and p.deps[verb].split(":")[0] in ("obj", "obl", "ccomp"):
        # "closed its embassy, a step that …": beside the object; "China says the sea is its
        # territory/ccomp, a claim …": beside what was said, the sayer's
        verb = p.heads[verb]
    elif dep == "appos" and p.kids(verb, "nsubj"):
        pass  # "China claimed the islands, a claim/appos-of-claimed Japan rejects"
    elif dep in ("obj", "obl") and (all(w in lang.clause_noun_preps for w in cased) if cased
                                     else after_comma):
        pass  # "closed its embassy in a move that …", ", a move/obl:unmarked that …"
    elif not (dep == "parataxis" or (dep == "conj" and after_comma)):
        return None  # ", kebijakan/conj-of-the-verb yang …" is beside the clause too
    if verb == noun:
        return None
    for c in reader.cues:
        doers = reader.doers_here.get(c.pattern.relation) if c.start <= verb < c.end else None
        if doers:
            return Side(doers, (), 3, "pronoun")
    side = subject_of(reader, p, verb)
    return side if side is not None and side is not NOBODY else None


def clause_act_of_cue(reader: SentenceReader, cue: Cue) -> Side | None:
    """:func:`clause_act` for the noun a relative or participle clause at ``cue`` is on."""
    p = reader.parse
    if p is None:
        return None
    h = cue_head(p, cue.start, cue.head_end)
    return clause_act(reader, p, p.heads[h]) if p.deps[h].startswith("acl") else None
