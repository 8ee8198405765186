"""Help named as the means of an act: "Israel intercepted the drones with the help of the US".

A phrase opened by a means preposition (grammar ``means_preps``: "with", "dengan", "berkat")
whose noun is a cue of help (SUPPORTS or SUPPLIES: "help", "support", "bantuan", "dukungan")
names who helped the clause's doer, not whom the clause's act is aimed at: the noun's owner
("of the US", "from the US", "US support", "bantuan Amerika Serikat") supports that doer.

>>> from geopolgraph.model import Article
>>> from geopolgraph.loaders.extract import extract_triples
>>> text = "Israel mencegat rudal itu dengan dukungan Amerika Serikat."
>>> [(t.source, t.relation, t.target) for t in extract_triples(Article(id="a", text=text,
...  lang="id"))]
[('USA', 'SUPPORTS', 'ISR')]
"""

from __future__ import annotations

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.cues import Cue
from geopolgraph.loaders.extract.parse import Parse, cue_head
from geopolgraph.loaders.extract.reader import SentenceReader, Side
from geopolgraph.loaders.extract.syntax import NOBODY, possessor_of, side_at, subject_of

__all__ = ["MEANS", "means_phrase", "means_sides"]

MEANS = rules.register(
    "noun.means_helper", "'Israel intercepted the drones with the help of the US', 'dengan "
    "dukungan Amerika Serikat': a help noun in a means phrase (grammar means_preps) names who "
    "helped the clause's doer, never whom the clause's act is aimed at")

_HELP = frozenset({"SUPPORTS", "SUPPLIES"})


def means_phrase(reader: SentenceReader, p: Parse, c: int) -> bool:
    """Whether the phrase whose noun is at ``c`` is a means phrase of help ("with the help
    of …", "dengan bantuan …")."""
    # (not a role noun: "talks with arms suppliers" are with the suppliers)
    return rules.on(MEANS) and reader.words[c] not in reader.lang.role_nouns and any(
        reader.words[k] in reader.lang.means_preps for k in p.kids(c, "case")) and any(
        cue.start <= c < cue.end and cue.pattern.relation in _HELP for cue in reader.cues)


def means_sides(reader: SentenceReader, cue: Cue) -> tuple[Side | None, Side | None] | None:
    """(helper, helped) of a help cue heading a means phrase, else None: the noun's owner helps
    the subject of the verb the phrase qualifies (or of the verb whose object it hangs on);
    None too when either is not named (the noun's own frame reads it then)."""
    p = reader.parse
    if p is None:
        return None
    h = cue_head(p, cue.start, cue.head_end)
    if not means_phrase(reader, p, h):
        return None
    helper = possessor_of(reader, p, h) or next((
        side for c in p.kids(h, "nmod") if any(reader.words[k] in reader.lang.genitive_preps
                                               for k in p.kids(c, "case"))
        and (side := side_at(reader, p, c)) is not None), None)  # "the help of the US"
    verb = p.heads[h]
    while verb != p.heads[verb] and p.deps[verb].split(":")[0] in ("obj", "nmod", "obl"):
        verb = p.heads[verb]  # "mencegat 99 persen/obj drone dengan/nmod-of-persen bantuan …"
    helped = subject_of(reader, p, verb) if verb != h else None
    if helper is None or helped is None or helper is NOBODY or helped is NOBODY or set(
            helper.actors) & set(helped.actors):
        return None  # "with a contribution of €56 million": its own help, the noun's frame's
    return helper, helped
