"""Which verb's plan a cue in a purpose clause shares: "Prabowo will travel on to Washington to
meet/advcl Biden", "Prabowo akan melanjutkan perjalanan ke Washington untuk bertemu/advcl
Biden": the meeting is as planned as the journey it is the purpose of, though the plan word
("will", "akan") stands more than five words before it.

>>> from geopolgraph.loaders.extract import extract_triples
>>> from geopolgraph.model import Article
>>> text = "Prabowo akan terbang ke Washington untuk bertemu Presiden Joe Biden."
>>> sorted((t.relation, t.modality) for t in extract_triples(Article(id="a", text=text,
...                                                                     lang="id")))
[('MEETS', 'planned'), ('VISITS', 'planned')]
"""

from __future__ import annotations

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.cues import Cue
from geopolgraph.loaders.extract.frames import cue_head
from geopolgraph.loaders.extract.reader import SentenceReader

__all__ = ["PURPOSE_NOUN", "PURPOSE_PLAN", "purpose_governor"]

PURPOSE_PLAN = rules.register(
    "mod.purpose_plan", "'Prabowo akan terbang ke Washington untuk bertemu Biden', 'will travel "
    "on to Washington to meet Biden': a verb cue in a purpose clause (grammar purpose) of a "
    "planned verb is planned too")

PURPOSE_NOUN = rules.register(
    "mod.purpose_noun", "'Sugiono dijadwalkan melawat ke Tokyo untuk menghadiri pertemuan "
    "dengan Menlu Jepang', 'terbang ke Tokyo untuk perundingan dengan Jepang': a noun cue that "
    "is the object of a verb in a purpose clause, or opened by a purpose word itself, shares the "
    "plan of the verb the clause is the purpose of (mod.purpose_plan)")


def purpose_governor(reader: SentenceReader, cue: Cue) -> int | None:
    """The verb whose purpose clause (opened by a purpose word, grammar ``purpose``) the verb
    cue heads, standing before it (or whose object the parse hangs the clause on: "melanjutkan
    perjalanan ke Washington untuk/mark bertemu/acl"), when the rule is on; for a noun cue,
    the clause of the verb whose object it is, or the verb its purpose phrase hangs on
    ("terbang ke Tokyo untuk/case perundingan/obl", rule ``mod.purpose_noun``); else None."""
    p = reader.parse
    if p is None or not rules.on(PURPOSE_PLAN):
        return None
    h = cue_head(p, cue.start, cue.head_end)
    if cue.pattern.frame == "noun":
        if not rules.on(PURPOSE_NOUN) or p.heads[h] >= h:
            return None
        if p.deps[h].split(":")[0] in ("obl", "nmod") and any(
                reader.words[k] in reader.lang.purpose for k in p.kids(h, "case")):
            # "terbang ke Tokyo untuk perundingan dengan Jepang" (the parse may hang the phrase
            # on a noun of the verb's own phrase: "ke Tokyo pekan depan untuk/case …/nmod")
            k = p.heads[h]
            for _ in range(3):
                if p.deps[k].split(":")[0] not in ("obl", "nmod") or p.heads[k] == k:
                    break
                k = p.heads[k]
            return k if k < h else None
        verb = p.heads[h]
        if p.deps[h] != "obj" or (not reader.approves(verb) and any(
                c is not cue and c.start <= verb < c.end for c in reader.cues)):
            return None  # "will not … lift sanctions on Iran": what a cue acts on is no plan
        h = verb  # "untuk menghadiri pertemuan dengan …": the attending verb's clause
    head = p.heads[h]
    dep = p.deps[h].split(":")[0]
    if head >= h or dep not in ("advcl", "xcomp", "acl") or not any(
            reader.words[k] in reader.lang.purpose for k in p.kids(h, "mark")):
        return None
    if dep == "acl":
        # only on a verb's object, for that verb ("melanjutkan perjalanan/obj … untuk bertemu");
        # not a noun's complement elsewhere ("pressured Iran over its failure/obl to block …")
        return p.heads[head] if p.deps[head] == "obj" and p.heads[head] < head else None
    return head
