"""Whether a noun cue is governed by another cue, so that it is not that cue's subject's act.

"Indonesia condemned the attack on Lebanon": who condemns an act did not do it; so with "China
protested the visit to Taiwan" (the noun the object word of a reacting pattern), "The US and
South Korea protested against the agreement" (a phrase of a reacting cue with no object), and
"The attack on Kyiv was condemned by France" (the subject of a passive cue of another
relation). A light verb ("had a meeting") or a verb of approval ("menyetujui sanksi") governs
nothing of the kind. :mod:`.frames` asks :func:`governed_by_cue`; the article reader builds
:func:`reacted_nouns` once a sentence.

>>> from geopolgraph.loaders.extract import extract_triples
>>> from geopolgraph.model import Article
>>> text = "Indonesia condemned the attack by Israel on Lebanon."
>>> [(t.source, t.relation, t.target) for t in extract_triples(Article(id="a", text=text,
...  lang="en"))]
[('IDN', 'CRITICIZES', 'ISR'), ('ISR', 'ATTACKS', 'LBN')]
"""

from __future__ import annotations

from collections.abc import Callable

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.cues import Cue
from geopolgraph.loaders.extract.parse import Parse
from geopolgraph.loaders.extract.passives import passive_subjects
from geopolgraph.loaders.extract.reader import SentenceReader
from geopolgraph.loaders.lexicons import RelationProps

__all__ = ["CUE_VERB", "PASSIVE_CUE_VERB", "REACTED_PHRASE", "REACTION", "governed_by_cue",
           "reacted_nouns"]

CUE_VERB = rules.register("noun.cue_verb", "'Indonesia condemned the attack on Lebanon': a noun "
                          "cue that is the object of another cue's verb is not that verb's "
                          "subject's act")
PASSIVE_CUE_VERB = rules.register(
    "noun.passive_cue_verb", "'The attack on Kyiv was condemned by France': a noun cue that is "
    "the subject of a passive cue verb of another relation is not its agent's act (noun.cue_verb "
    "for a passive)")
REACTION = rules.register(
    "noun.reaction", "'China protested the visit to Taiwan' (pattern 'protested … visit'): a "
    "noun cue that is the object word of another cue's pattern aimed at an act's doer is not "
    "that cue's subject's act")
REACTED_PHRASE = rules.register(
    "noun.reacted_phrase", "'AS dan Korsel menyatakan keprihatinan atas kesepakatan itu', 'The "
    "US and South Korea protested against the agreement': a noun cue in a phrase of another "
    "cue aimed at an act's doer (relations.tsv aimed_at_doer) with no object names the act "
    "reacted to, not one of that cue's subjects")

def governed_by_cue(reader: SentenceReader, p: Parse, governed: int, noun: int) -> bool:
    """Whether the verb whose object the noun cue at ``noun`` (or the noun it qualifies,
    ``governed``) is, is a cue of its own: "Indonesia condemned the attack on Lebanon" (who
    condemns an act did not do it), unlike a light verb ("had a meeting") or one of approval;
    or whether the noun is the object word of a pattern that reacts to an act ("protested …
    visit", :func:`reacted_nouns`) or in a phrase of such a cue ("protested against the
    agreement"); or the subject of a passive cue verb of another relation."""
    if noun in reader.reacted and rules.on(REACTION):
        return True
    verb = p.heads[governed]
    if verb == governed or not rules.on(CUE_VERB):
        return False
    if p.deps[governed] == "obj":  # "menyetujui sanksi": an approved act is the approver's
        return not reader.approves(verb) and any(
            c.start <= verb < c.end and not c.start <= noun < c.end for c in reader.cues)
    if (p.deps[governed].split(":")[0] in ("obl", "nmod") and rules.on(REACTED_PHRASE)
            and not p.kids(verb, "obj") and any(
                c.start in reader.reacting and c.start <= verb < c.end
                and not c.start <= noun < c.end for c in reader.cues)):
        # "protested against the agreement": the act reacted to ("criticised China for
        # arming Russia": the object's act, noun.cause_object)
        return True
    relation = next((c.pattern.relation for c in reader.cues if c.start == noun), None)
    return (rules.on(PASSIVE_CUE_VERB) and governed in passive_subjects(reader, p, verb)
            and any(c.start <= verb < c.head_end and c.pattern.relation != relation
                    for c in reader.cues))  # not "aid was sent/SUPPLIES by the US"


def reacted_nouns(cues: list[Cue], props: Callable[[str], RelationProps]) -> frozenset[int]:
    """The words of the noun cues that are the object word of another cue's pattern with
    another relation aimed at whoever did the act ("China protested … visit": CRITICIZES, not
    VISITS): who reacts to an act did not do it.

    >>> from geopolgraph.loaders.extract import extract_triples, rules
    >>> from geopolgraph.model import Article
    >>> text = "China protested the visit to Taiwan."
    >>> def facts():
    ...     return [(t.source, t.relation, t.target)
    ...             for t in extract_triples(Article(id="x", text=text, lang="en"))]
    >>> facts()
    [('CHN', 'CRITICIZES', 'TWN')]
    >>> with rules.disabled(REACTION):
    ...     facts()
    [('CHN', 'CRITICIZES', 'TWN'), ('CHN', 'VISITS', 'TWN')]
    """
    nouns = [c for c in cues if c.pattern.frame == "noun"]
    if not nouns:
        return frozenset()
    return frozenset(
        k for c in nouns for o in cues
        if o.pattern.frame != "noun" and o.start < c.start < o.end
        and o.pattern.relation != c.pattern.relation and props(o.pattern.relation).aimed_at_doer
        for k in range(c.start, c.end))
