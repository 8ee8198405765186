"""Drills that coordinated actors hold, aimed at nobody, are their joint drills.

"AS dan Filipina menggelar latihan militer", "The US and the Philippines held military drills":
a show of force (MOBILIZES) named by a drill word (grammar ``drill_words``) whose subject is two
or more coordinated actors and that has no target of its own is military cooperation between
them (CAMEO 062), as "latihan gabungan" and "joint drills" are (CAMEO.2.0 BEGIN '* JOINT
EXERCISE' [062]); drills aimed at somebody ("held drills near Taiwan") stay a show of force.
:mod:`.article` asks :func:`joint_drill` of every MOBILIZES cue.

>>> from geopolgraph.model import Article
>>> from geopolgraph.loaders.extract import extract_triples
>>> text = "AS dan Filipina menggelar latihan militer."
>>> sorted((t.source, t.relation, t.target) for t in extract_triples(Article(id="a", text=text,
...  lang="id")))
[('PHL', 'COOPERATES', 'USA'), ('USA', 'COOPERATES', 'PHL')]
"""

from __future__ import annotations

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.cues import Cue
from geopolgraph.loaders.extract.frames import sides_for_cue
from geopolgraph.loaders.extract.reader import SentenceReader
from geopolgraph.loaders.lexicons import Lexicon

__all__ = ["JOINT_DRILL", "joint_drill"]

JOINT_DRILL = rules.register(
    "noun.joint_drill", "'AS dan Filipina menggelar latihan militer', 'The US and the "
    "Philippines held military drills': drills (grammar drill_words) that coordinated actors "
    "hold, aimed at nobody, are their joint drills: military cooperation (CAMEO 062), as "
    "'latihan gabungan' is")
#: the relation and CAMEO code of joint drills
JOINT = ("COOPERATES", "062")


def joint_drill(cue: Cue, reader: SentenceReader, lex: Lexicon) -> bool:
    """Whether the MOBILIZES cue ``cue`` names drills that two or more coordinated actors hold
    and that are aimed at nobody (the cue finds no target as a show of force, and as
    cooperation it finds a pair)."""
    if not rules.on(JOINT_DRILL) or not any(t in reader.lang.drill_words
                                            for t in cue.pattern.tokens):
        return False
    if sides_for_cue(cue, reader, lex.props(cue.pattern.relation), None):
        return False  # "held drills near Taiwan": aimed at Taiwan
    return bool(sides_for_cue(cue, reader, lex.props(JOINT[0]), None))
