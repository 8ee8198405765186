"""Whom a verb cue is aimed at when its object names an act: the act's doer, for a cue of
retaliating ("Iran retaliated against the attack by Israel", "Korea Selatan membalas
provokasi dari Korea Utara") as for one aimed at a doer (relations.tsv ``aimed_at_doer``), and
for one answering an act it names back that is no said act ("The US imposed sanctions on
China. China rejected the sanctions").

>>> from geopolgraph.loaders.extract import extract_triples
>>> from geopolgraph.model import Article
>>> text = "Iran retaliated against the attack by Israel."
>>> [(t.source, t.relation, t.target) for t in extract_triples(Article(id="a", text=text,
...  lang="en"))]
[('IRN', 'ATTACKS', 'ISR')]
"""

from __future__ import annotations

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.frames import Frame

__all__ = ["aims_at_doer", "rejected_act", "retaliates"]

RETALIATION_DOER = rules.register(
    "active.retaliation_doer", "'Iran retaliated against the attack by Israel', 'Korea Selatan "
    "membalas provokasi dari Korea Utara', 'membalas serangan yang dilancarkan Israel': a cue of "
    "retaliating (grammar retaliation_verbs) is aimed at the doer of the act it answers, as a "
    "cue aimed at a doer is, though its relation is done with each other too (an act of its "
    "own, 'membalas sanksinya ke Ukraina', answers nothing: the target phrase stands)")
REJECTED_ACT = rules.register(
    "active.rejected_act", "'The US imposed sanctions on China. China rejected the sanctions': "
    "a cue answering an act (not a denial, which is of one's own) that names it back is aimed "
    "at whoever did it, as one aimed at a doer is")


def rejected_act(f: Frame) -> bool:
    """Whether the cue answers an act it names back that is no said act ("rejected the
    sanctions"; a said one, "menolak desakan itu", is :func:`.references.said_reference`'s,
    with its recency limit) and is no denial (a denial is of one's own act)."""
    cue, said = f.cue, f.reader.lang.said_relations
    return (f.props.answers and not f.props.denial and rules.on(REJECTED_ACT) and not any(
        cue.head_end <= c.start <= cue.end + 1 and c.pattern.relation in said
        for c in f.reader.cues))


def aims_at_doer(f: Frame, retaliation: bool = True) -> bool:
    """Whether the cue is aimed at the doer of the act its object names: its relation is
    (relations.tsv aimed_at_doer), or it retaliates ("membalas provokasi dari Korea Utara")."""
    return f.props.aimed_at_doer or (retaliation and retaliates(f))


def retaliates(f: Frame) -> bool:
    """Whether the cue is one of retaliating (grammar ``retaliation_verbs``)."""
    return f.cue.pattern.tokens[0] in f.reader.lang.retaliation_verbs and rules.on(
        RETALIATION_DOER)
