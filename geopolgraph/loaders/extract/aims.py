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
from geopolgraph.loaders.extract.frames import Frame, cue_head
from geopolgraph.loaders.extract.reader import Side
from geopolgraph.loaders.extract.syntax import side_at

__all__ = ["aims_at_doer", "purpose_target", "rejected_act", "retaliates", "welcomed_act"]

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


WELCOMED_ACT = rules.register(
    "active.welcomed_act", "'Japan lifted sanctions on Iran. Tehran welcomed the decision', "
    "'Teheran menyambut baik keputusan itu': a verb of welcoming an act (grammar "
    "welcoming_verbs) whose object names an act back is aimed at whoever did it, as one "
    "answering an act is")


def welcomed_act(f: Frame) -> bool:
    """Whether the cue is a verb of welcoming an act (grammar ``welcoming_verbs``: "welcomed
    the decision", "menyambut baik langkah tersebut"), whose object may name an act back."""
    return f.cue.pattern.tokens[0] in f.reader.lang.welcoming_verbs and rules.on(WELCOMED_ACT)


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


PURPOSE_TARGET = rules.register(
    "active.purpose_target", "'Beijing summoned the Philippine ambassador to lodge a protest': "
    "a cue with no object of its own, in a purpose clause under a verb whose object is another "
    "actor than the cue's doer, is aimed at that object")


def purpose_target(f: Frame, source: Side | None) -> Side | None:
    """The object of the verb whose purpose clause the cue opens ("summoned the Philippine
    ambassador/obj to lodge a protest"), when it is an actor other than the cue's doer (an
    object that does the clause's verb, "urged Russia to withdraw", is its doer)."""
    p, reader = f.reader.parse, f.reader
    if p is None or source is None or not rules.on(PURPOSE_TARGET):
        return None
    h = cue_head(p, f.cue.start, f.cue.head_end)
    verb = p.heads[h]
    if verb == h or p.deps[h].split(":")[0] not in ("advcl", "xcomp", "acl") or not any(
            f.words[k] in reader.lang.purpose for k in p.kids(h, "mark")) or any(
            not f.cue.start <= o < f.cue.end for o in p.kids(h, "obj")):
        return None  # "anger Japan to provoke such action/obj": the cue's own object
    for o in p.kids(verb, "obj"):
        side = side_at(reader, p, o, patient=True)
        if side is not None and side.actors and not set(side.actors) & set(source.actors):
            return side
    return None
