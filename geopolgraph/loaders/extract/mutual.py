"""Whether a cue's act is done by its sides with each other.

A reciprocal relation (relations.tsv ``reciprocal``: agree, talk, meet, fight) or a pattern
naming an act both sides do (grammar ``mutual_patterns``: "agreed to … ceasefire") makes a
coordinated subject each other's partners ("X dan Y sepakat …"). Two kinds of cue do not:
a promise is made to somebody ("The US and South Korea vowed to retaliate …"), unless what is
promised is done together; and an act both sides do that its subject only asks for or seeks
("Egypt and Qatar sought a ceasefire in Gaza") is asked of others. A cue word with a party
of its own hung on it ("air strikes on Houthi targets") is no act of the sentence's first pair
with each other.
"""

from __future__ import annotations

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.cues import Cue
from geopolgraph.loaders.extract.parse import Parse
from geopolgraph.loaders.extract.phrases import rel_base
from geopolgraph.loaders.extract.reader import SentenceReader
from geopolgraph.loaders.lexicons import RelationProps
from geopolgraph.loaders.mentions import Mention

__all__ = ["ASKED_MUTUAL", "ONE_WAY_PROMISE", "OWN_PARTY", "mutual_cue", "own_party",
           "sought_mutual"]

ASKED_MUTUAL = rules.register(
    "syntax.asked_mutual", "'Egypt and Qatar sought a ceasefire in Gaza', 'Mesir dan Qatar "
    "mengupayakan gencatan senjata': an act both sides do that a cue of asking names "
    "(relations.tsv object_control) or a verb of seeking governs (grammar seeking_verbs) is "
    "asked of others: its askers are no parties to it")
ONE_WAY_PROMISE = rules.register(
    "cue.one_way_promise", "'The US and South Korea vowed to retaliate', 'Jepang dan Filipina "
    "berjanji …': a promise (grammar promise_words) is made to somebody, so a coordinated "
    "subject of one does not agree with each other, as one of 'agreed' does")
OWN_PARTY = rules.register(
    "frame.own_party", "'The US and Britain responded with air strikes on Houthi targets': a "
    "cue word with no sides of its own but an actor the parse hangs on it (compound, nmod, "
    "possessor) that is not of the sentence's first pair is about that actor, not what the "
    "pair did to each other")


def mutual_cue(reader: SentenceReader, cue: Cue, props: RelationProps, head: int) -> bool:
    """Whether ``cue`` (its head word at ``head``) is done by its sides with each other: its
    relation is reciprocal (but for a promise: "X and Y vowed to …") or its pattern names an
    act both sides do ("agreed to … ceasefire"), and its subject does not only ask for or seek
    it ("sought a ceasefire")."""
    p = reader.parse
    reciprocal = props.reciprocal and not (
        reader.words[cue.start] in reader.lang.promise_words and rules.on(ONE_WAY_PROMISE)
        and not _together(reader, p, head))
    if not (reciprocal or reader.lang.is_mutual(cue.pattern.text)):
        return False
    return not sought_mutual(reader, p, head, props.object_control)


def _together(reader: SentenceReader, p: Parse | None, head: int) -> bool:
    """Whether a mutual adverb (grammar ``mutual_adverbs``) hangs under the cue's head word
    ("vowed to stand together", "berjanji bekerja sama"; not the noun "kerja sama"): a
    promise made to each other."""
    return p is not None and any(
        reader.words[k] in reader.lang.mutual_adverbs and p.deps[k] != "compound"
        and p.under(k, head) for k in range(head + 1, len(reader.words)))


def sought_mutual(reader: SentenceReader, p: Parse | None, head: int, asks: bool) -> bool:
    """Whether the act both sides do at ``head`` (a cue's head word) is only asked for or
    sought by its subject, so that a coordinated subject is no pair of parties ("Egypt and
    Qatar sought a ceasefire"): its cue's relation asks (``asks``: relations.tsv
    object_control, "demanded a ceasefire"), or a verb of seeking (grammar
    ``seeking_verbs``) governs it, directly or through the verb it completes ("mengupayakan
    gencatan senjata", "berupaya mewujudkan gencatan senjata").

    >>> from geopolgraph.loaders.extract.lang import language
    >>> from geopolgraph.loaders.lexicons import load_lexicon
    >>> from geopolgraph.loaders.mentions import Memory
    >>> from geopolgraph.loaders.text import tokenize
    >>> reader = SentenceReader(tokenize("Mesir mengupayakan gencatan senjata"), [],
    ...                         language(load_lexicon(), "id"), Memory(), "")
    >>> p = Parse.of((1, 1, 1, 2), ("nsubj", "ROOT", "obj", "compound"))
    >>> sought_mutual(reader, p, 2, False), sought_mutual(reader, p, 1, False)
    (True, False)
    """
    if not rules.on(ASKED_MUTUAL):
        return False
    if asks:
        return True
    seeking = reader.lang.seeking_verbs
    for _ in range(2):
        if p is None or p.deps[head] not in ("obj", "xcomp", "ccomp") or p.heads[head] == head:
            return False
        head = p.heads[head]
        if reader.words[head] in seeking:
            return True
    return False


def own_party(reader: SentenceReader, p: Parse | None, head: int, pair: list[Mention]) -> bool:
    """Whether an actor none of ``pair`` names, not a place ("a meeting in Hanoi") nor a bare
    agent word ("joint military exercises" with open actors), hangs on the cue's head word
    ``head`` as its compound, nmod, amod or possessor ("Houthi targets"): the cue's word is
    about that actor.

    >>> from geopolgraph.loaders.extract.lang import language
    >>> from geopolgraph.loaders.lexicons import load_lexicon
    >>> from geopolgraph.loaders.mentions import Memory
    >>> from geopolgraph.loaders.text import tokenize
    >>> words = tokenize("Japan and Korea hit Iran targets")
    >>> m = [Mention(k, k + 1, a, "", w, "state") for k, a, w in
    ...      ((0, "JPN", "Japan"), (2, "KOR", "Korea"), (4, "IRN", "Iran"))]
    >>> reader = SentenceReader(words, m, language(load_lexicon(), "en"), Memory(), "")
    >>> p = Parse.of((3, 0, 0, 3, 5, 3), ("nsubj", "cc", "conj", "ROOT", "compound", "obj"))
    >>> own_party(reader, p, 5, m[:2]), own_party(reader, p, 3, m[:2])
    (True, False)
    """
    if p is None or not rules.on(OWN_PARTY):
        return False
    return any(k != head and p.heads[k] == head
               and rel_base(p.deps[k]) in ("compound", "nmod", "amod")
               for m in reader.mentions if m not in pair and not m.locative
               and not m.actor.startswith("agent:")  # an open actor's bare "military"
               for k in range(m.start, m.end))
