"""The subject a verb without its own takes from the verb governing it.

Coordinated verbs share their subject, an ``xcomp`` takes its controller, a subjectless
``advcl``/``ccomp`` the governing verb's subject, a fronted clause the main clause's. Split out
of :mod:`.syntax`, whose :func:`~.syntax.subject_of` asks it (the rules it reads are
registered there); imported at that module's end.

>>> from geopolgraph.model import Article
>>> from geopolgraph.loaders.extract import extract_triples
>>> text = "Rusia membantah tuduhan itu dan mengancam Ukraina."
>>> [(t.source, t.relation, t.target) for t in extract_triples(Article(id="a", text=text,
...  lang="id"))]
[('RUS', 'THREATENS', 'UKR')]
"""

from __future__ import annotations

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.asked import asked_doer, asked_request
from geopolgraph.loaders.extract.light_verbs import light_verb_subject
from geopolgraph.loaders.extract.parse import Parse
from geopolgraph.loaders.extract.passives import (
    SUBJECT_CONTROLS,
    agent_clause_doer,
    object_gap,
    passive_subjects,
)
from geopolgraph.loaders.extract.phrases import rel_base, side_at
from geopolgraph.loaders.extract.reader import NOBODY, SentenceReader, Side
from geopolgraph.loaders.extract.stray_subjects import NOMINAL, misattached_subject
from geopolgraph.loaders.extract.syntax import (
    ACCUSED_ACT,
    BARE_CLAUSE_CONTROL,
    CLAUSE_SUBJECT,
    CONTROL,
    CONTROL_CLAUSE,
    CONTROLLING_OBJECT,
    FRONTED_BARE,
    FRONTED_CLAUSE,
    GERUND_OBJECT,
    HEADLINE_INFINITIVE,
    INFINITIVE_NOUN,
    LEFT_GOVERNOR,
    MISATTACHED_VERB,
    PARATAXIS,
    PASSIVE_GERUND,
    PURPOSE_OBLIQUE,
    RAISED_SUBJECT,
    RELATIVE,
    SHARED_SUBJECT,
    UP_ONE,
    _author,
    _on_copular_predicate,
    subject_of,
)

__all__ = ["coordinated_with", "governing_subject"]


def _control_clause(reader: SentenceReader, p: Parse, h: int) -> bool:
    """Whether the verb at ``h`` opens a to-clause ("to", "untuk" right before it) that the
    parse hangs as an adverbial on a cue of object control after that cue's object ("urged
    Peru/iobj to end/advcl …"): an xcomp by another label (rule ``syntax.control_clause``)."""
    head = p.heads[h]
    return (p.deps[h] == "advcl" and head in reader.controlling and rules.on(CONTROL_CLAUSE)
            and any(k == h - 1 and reader.words[k] in reader.lang.purpose
                    for k in p.kids(h, "mark"))
            and any(head < o < h for o in p.kids(head, "obj", "iobj")))


def governing_subject(reader: SentenceReader, p: Parse, h: int, depth: int) -> Side | None:
    """The subject a verb without its own takes from the verb governing it."""
    dep, head = p.deps[h], p.heads[h]
    if head == h:
        fronted = p.kids(h, "mark") or (h == 0 and rules.on(FRONTED_BARE) and any(
            reader.words[k] == "," for k in range(h, len(p.heads))))
        if fronted and rules.on(FRONTED_CLAUSE):
            # "Usai Bertemu Putin, Trump Kecam Ukraina" parsed with the fronted clause as root:
            # its subject is the main clause's
            for c in p.kids(h, "advcl", "parataxis", "conj"):
                for s in (k for k in p.kids(c, "nsubj") if c > h):
                    found = side_at(reader, p, s)
                    if found is not None:
                        return found
        return None
    if dep == "conj" and rules.on(SHARED_SUBJECT) and not p.kids(h, "det", "amod", "nummod"):
        # a noun with a determiner or adjective ("and a long-simmering dispute") is no verb
        found = subject_of(reader, p, head, depth + 1)
        if found is None and p.deps[head] in ("obj", "obl") and rules.on(UP_ONE):
            # "Beijing membantah tuduhan itu dan mengancam …": the verb hangs on the object
            found = subject_of(reader, p, p.heads[head], depth + 1)
        elif found is None and (a := coordinated_with(p, h)) != head:
            # "meminta semua pihak/nsubj-of-bertindak menahan diri dan mendesak/conj-of-pihak
            # PBB": the nearest verb above the noun that stands before it
            found = subject_of(reader, p, a, depth + 1)
        return found
    asked = asked_request(reader, p, h)  # "France's demand to/mark withdraw/acl"
    if asked is not None:
        return asked_doer(reader, p, asked, h, depth)
    if (dep == "xcomp" or (dep == "obl" and rules.on(PURPOSE_OBLIQUE) and any(
            k == h - 1 and reader.words[k] in reader.lang.purpose for k in p.kids(h, "case")
    )) or (dep == "advcl" and rules.on(BARE_CLAUSE_CONTROL) and not p.kids(h, "mark") and any(
        # "mencegah Iran/obj menyerang/advcl Israel": an unmarked clause right after the
        # governing verb's object is an xcomp by another label
        h > 0 and p.under(h - 1, o) for o in p.kids(head, "obj")
    )) or _control_clause(reader, p, h)) and rules.on(CONTROL):
        controllers = p.kids(head, "obj", "iobj", "nsubj:pass")
        if rules.on(SUBJECT_CONTROLS) and passive_subjects(reader, p, head):
            # "Korea Utara dituduh Korea Selatan/obj meluncurkan/xcomp": after a passive verb
            # the object is its bare agent; its subject does the clause
            controllers = passive_subjects(reader, p, head)
        for c in controllers:
            # "urged Y to withdraw", "Y was urged to …", "officials are expected to visit"
            side = side_at(reader, p, c)
            if side is not None:
                return side
        if p.heads[head] == head and p.kids(h, "mark") and rules.on(HEADLINE_INFINITIVE):
            # "Germany/ROOT to send/xcomp tanks to Ukraine": a headline's "X to <verb>"
            side = side_at(reader, p, head)
            if side is not None:
                return side
        return subject_of(reader, p, head, depth + 1)
    if dep.startswith("acl") and rules.on(RELATIVE):
        doer = agent_clause_doer(reader, p, h)
        if doer is not None:  # "dituding oleh Israel/obl mendukung/acl": the passive's subject
            return side_at(reader, p, doer) or NOBODY
        found = side_at(reader, p, head)
        if found is not None and head in reader.reacting and rules.on(ACCUSED_ACT) and any(
                reader.words[k] in reader.lang.object_control_marks for k in p.kids(h, "mark")):
            return NOBODY  # "the US accusation of supplying arms": the accused's act, not the US's
        if found is None and rules.on(GERUND_OBJECT) and any(
            reader.words[k] in reader.lang.object_control_marks for k in p.kids(h, "mark")
        ):
            return NOBODY  # "sanctioned Chinese companies for helping Iran": the companies did
        if found is None and rules.on(INFINITIVE_NOUN) and any(
            reader.words[k] in reader.lang.purpose for k in p.kids(h, "mark")
        ):
            # "made a decision to help Peru", "it is time to recognise Chile": whoever the
            # noun's clause says wants it, the subject of its verb or of the noun as predicate
            found = (subject_of(reader, p, head, depth + 1) if p.kids(head, "nsubj")
                     else light_verb_subject(reader, p, head)[0])
        if found is None and _on_copular_predicate(reader, p, h):
            return None  # "menjadi tujuan pengungsi … sebelum terbang": the noun's own clause
        return found or _author(reader, p, head, depth)
    if dep == "advcl" and rules.on(GERUND_OBJECT) and any(
        reader.words[k] in reader.lang.object_control_marks for k in p.kids(h, "mark")
    ):
        objects = p.kids(head, "obj", "iobj") if rules.on(CONTROLLING_OBJECT) else p.kids(
            head, "obj")
        if not objects and object_gap(reader, p, head):
            objects = [p.heads[head]]  # "companies it accused of helping Iran": the companies
        for c in objects:
            side = side_at(reader, p, c)
            if side is not None:
                return side
        if objects and rules.on(CONTROLLING_OBJECT):
            return NOBODY  # "warned the West against sending troops": the West, no actor
        if rules.on(PASSIVE_GERUND):  # "Russia was accused of attacking Ukraine": Russia
            found = next((side for c in passive_subjects(reader, p, head)
                          if (side := side_at(reader, p, c)) is not None), None)
            if found is not None:
                return found
    if rel_base(dep) in NOMINAL and rules.on(MISATTACHED_VERB):
        return misattached_subject(reader, p, h)
    if (dep in ("advcl", "ccomp") or (dep == "parataxis" and rules.on(PARATAXIS))) and rules.on(
        CLAUSE_SUBJECT
    ):
        # "Israel … dengan menuding …", "Campbell berjanji akan melakukan …"
        found = subject_of(reader, p, head, depth + 1)
        if found is None and dep == "ccomp" and rules.on(RAISED_SUBJECT):
            # "Putin dikabarkan akan mengunjungi …": the passive reporting verb's subject
            for c in p.kids(head, "nsubj"):
                if p.deps[c] == "nsubj:pass" and (found := side_at(reader, p, c)) is not None:
                    break
        return found
    return None


_NOMINAL_DEPS = ("nsubj", "obj", "iobj", "obl", "nmod")


def coordinated_with(p: Parse, h: int) -> int:
    """The verb the ``conj`` at ``h`` is coordinated with: its head, or, when the parse hung it
    on a noun (a subject, object or oblique), the nearest verb above that noun standing before
    it (rule syntax.left_governor), which it shares its subject, negation and plan with.

    >>> p = Parse.of((1, 1, 5, 4, 2, 1), ("nsubj", "ROOT", "nsubj", "cc", "conj", "advcl"))
    >>> coordinated_with(p, 4)
    1
    """
    head = p.heads[h]
    if p.deps[head].split(":")[0] not in _NOMINAL_DEPS or not rules.on(LEFT_GOVERNOR):
        return head
    a = p.heads[head]
    while a != p.heads[a] and a > head:
        a = p.heads[a]
    return a if a < head else head
