"""A noun's possessor ("kunjungan Putin", "Putin's visit", "US sanctions", "dukungan dari
Iran", "dukungannya", "its invasion") and the reference a "-nya" clitic stands for in the role
its host gives it (owner, agent or object).

Owners the parse names further from the noun are :mod:`.owners`' (read last here); an owner
clitic on a light verb's object is that verb's subject (:mod:`.light_verbs`). :mod:`.syntax`,
whose subjects read a predicate's possessor, imports this module at its end and re-exports its
names: import them from there.
"""

from __future__ import annotations

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.cataphors import cataphor
from geopolgraph.loaders.extract.clitics import clitic_role
from geopolgraph.loaders.extract.light_verbs import light_verb_subject
from geopolgraph.loaders.extract.owners import (
    COMPOUND_OWNER,
    CUE_PART_OWNER,
    MISPLACED_AGENT,
    compound_owner,
    cue_part_owner,
    misplaced_agent,
)
from geopolgraph.loaders.extract.parse import Parse
from geopolgraph.loaders.extract.phrases import (
    POSSESSIVE,
    agent_phrases,
    mention_index,
    possession_between,
    side_at,
)
from geopolgraph.loaders.extract.reader import NOBODY, SentenceReader, Side
from geopolgraph.loaders.extract.references import clitic_reference

__all__ = ["BARE_OWNER", "NOUN_AGENT", "NO_BARE_OWNER_AFTER", "OWNER_PRONOUN", "clitic_side",
           "possessor_of"]

OWNER_PRONOUN = rules.register("syntax.owner_pronoun", "'sanctions on Russia over its invasion': "
                               "a possessive 'its' is the actor named last before it")
NO_BARE_OWNER_AFTER = rules.register(
    "syntax.no_bare_owner_after", "'talks with Chilean presidents Gabriel/nmod-of-talks Boric': "
    "a name right after an English noun cue without a preposition is no owner (English owners "
    "come before the noun or after 'of'/'by'; the parse misread an apposition)")
BARE_OWNER = rules.register("syntax.bare_owner", "'desakan Israel': a bare noun after an "
                            "Indonesian noun is its owner, whatever the parse's label")
OWNER_IN_MENTION = rules.register(
    "syntax.owner_in_mention", "'Menlu Jepang mengadakan pembicaraan dengan mitranya dari/case "
    "AS/nmod-of-pembicaraan': a from-phrase the parse hung on a noun cue but inside a mention "
    "opened after the noun ('mitranya dari AS') is that mention's, not the noun's owner")
NOUN_AGENT = rules.register("syntax.noun_agent", "'a visit to Sri Lanka by the Norwegian "
                            "minister': a noun's by/oleh modifier is its doer")
# what a "-nya" clitic on a verb (its object), a noun (its owner) or a passive verb (its agent)
# may be labelled: the parser often mislabels the clitic on its host (advmod, amod, xcomp); the
# host's form decides first (clitics.clitic_role: "mengkritiknya" obj, "dukungannya" owner);
# the labels for an agent are syntax._CLITIC_AGENT, for an object objects._CLITIC_OBJECT
_CLITIC_OWNER = ("nmod", "amod", "det", "compound", "flat", "advmod", "obj", "nsubj")


def possessor_of(reader: SentenceReader, p: Parse, h: int, pronoun: bool = True) -> Side | None:
    """The possessor of the noun at ``h``: "kunjungan Putin", "Putin's visit", "US sanctions",
    "dukungan dari Iran" (not across a comma: "…, Houthi" is the next clause's subject),
    "dukungannya", with ``pronoun`` "its invasion"."""
    lang = reader.lang
    clitic = clitic_side(reader, p, h, _CLITIC_OWNER, "nmod:poss")
    if clitic is not None:
        return clitic
    if rules.on(NOUN_AGENT):
        # "pengusiran diplomat Rusia/nmod oleh Jerman": the agent's phrase names the doer, a
        # bare name before it whom the act was done to
        for c in agent_phrases(reader, p, h):
            if (side := side_at(reader, p, c)) is not None:
                return side
    for c in p.kids(h, "nmod", "compound", "amod", "flat"):
        if pronoun and p.deps[c] == "nmod:poss" and rules.on(OWNER_PRONOUN) and (
            reader.words[c] in lang.owner_pronouns  # "his visit" only ahead: ref.cataphor
            or (reader.words[c] in lang.person_pronouns and cataphor(reader, c))
        ):
            # "sanctions on Russia over its invasion of Ukraine": "its" is the actor named last
            # before it, as the clitic "-nya" is ("atas invasinya"), not the clause's subject
            return clitic_reference(reader, c)
        cases = [reader.words[k] for k in p.kids(c, "case")]
        if not cases and c > h and p.deps[c] == "nmod" and rules.on(NO_BARE_OWNER_AFTER) and (
            not lang.head_first_compounds
        ):
            continue  # "talks with Chilean presidents Gabriel/nmod Boric": no English owner
        if not cases and possession_between(reader, h, c):
            continue  # "pelanggaran kedaulatan Yaman/nmod": Yemen's sovereignty was violated
        if cases and p.deps[c] != "nmod:poss" and not any(
            w in POSSESSIVE or w in lang.source_preps
            or (w in lang.passive_agent and rules.on(NOUN_AGENT))  # "a visit … by X"
            for w in cases
        ):
            continue
        lo, hi = min(c, h), max(c, h)
        if any(reader.words[k] in (",", ";", ":") for k in range(lo, hi)):
            continue
        if cases and rules.on(OWNER_IN_MENTION) and any(
                h < m.start < k and c < m.end and reader.words[k] in lang.source_preps
                for m in reader.mentions for k in p.kids(c, "case")):
            continue  # "pembicaraan dengan mitranya dari/case AS": the counterpart's, not theirs
        side = side_at(reader, p, c)
        if side is not None:
            return side
    if rules.on(NOUN_AGENT) and rules.on(MISPLACED_AGENT):
        found = misplaced_agent(reader, p, h)
        if found is not None:
            return found
    if rules.on(CUE_PART_OWNER):
        found = cue_part_owner(reader, p, h)
        if found is not None:
            return found
    if lang.head_first_compounds and rules.on(COMPOUND_OWNER):
        found = compound_owner(reader, p, h)
        if found is not None:
            return found
    if lang.head_first_compounds and h + 1 < len(p.heads) and rules.on(BARE_OWNER):
        # "desakan Israel kepada …": a bare noun right after a noun is its owner, whatever
        # label the parse gave it
        c = h + 1
        if p.heads[c] == h and p.deps[c] in ("obj", "obl", "nsubj", "appos") and not p.kids(
            c, "case"
        ):
            return side_at(reader, p, c)
    return None


def clitic_side(reader: SentenceReader, p: Parse, h: int, deps: tuple[str, ...],
            role: str) -> Side | None:
    """The reference a "-nya" clitic on ``h`` stands for when the host's form gives it ``role``
    ("mengkritiknya": obj, whatever the parse's label) or its parsed relation is one of ``deps``
    (not the subject of ``h`` itself: "Kim menyambutnya" is somebody else)."""
    found = p.clitics.get(h)
    if found is None:
        return None
    if clitic_role(reader.words[h][:-3]) != role and found[1].split(":", 1)[0] not in deps:
        return None
    if deps is _CLITIC_OWNER:
        # "Korea Utara menyatakan dukungannya": an owner clitic on an object is the subject's
        subject = light_verb_subject(reader, p, h)[0]
        if subject is not None and subject is not NOBODY:
            return subject
    index = mention_index(reader)
    own = tuple(index[c].actor for c in p.kids(h, "nsubj") if c in index)
    return clitic_reference(reader, h, own)
