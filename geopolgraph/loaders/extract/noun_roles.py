"""Parties of a noun cue that the parse puts outside its noun phrase: the from-phrase of the
receiving verb that governs it ("China faced sanctions from the EU")."""

from __future__ import annotations

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.frames import Frame
from geopolgraph.loaders.extract.parse import Parse
from geopolgraph.loaders.extract.reader import Side
from geopolgraph.loaders.extract.syntax import side_at

__all__ = ["received_from"]

RECEIVED_FROM = rules.register(
    "noun.received_from", "'China faced sanctions from the EU': the from-phrase the parse hangs on "
    "the receiving verb names the owner of the noun cue it governs")


def received_from(f: Frame, p: Parse, governed: int) -> Side | None:
    """The from-phrase of the receiving verb that governs the noun cue, hung on the verb by
    the parse ("China faces new sanctions/obj from/case the EU/obl-of-faces"): whom the noun's
    act comes from.

    >>> from geopolgraph.loaders.extract import extract_triples, rules
    >>> from geopolgraph.model import Article
    >>> text = "China faces new sanctions from the EU."
    >>> def facts():
    ...     return [(t.source, t.relation, t.target)
    ...             for t in extract_triples(Article(id="x", text=text, lang="en"))]
    >>> facts()
    [('EU', 'SANCTIONS', 'CHN')]
    >>> with rules.disabled(RECEIVED_FROM):
    ...     facts()
    [('CHN', 'SANCTIONS', 'EU')]
    """
    verb = p.heads[governed]
    lang = f.reader.lang
    if verb == governed or f.words[verb] not in lang.receiving_verbs or not rules.on(RECEIVED_FROM):
        return None
    for c in p.kids(verb, "obl"):
        cases = [f.words[j] for j in p.kids(c, "case")]
        if c >= f.cue.end and cases and all(w in lang.source_preps for w in cases):
            return side_at(f.reader, p, c)
    return None
