"""Visits: verbless destinations ("Prabowo ke China", "Putin akan ke Korea Utara pekan depan"),
and who travels.

Indonesian news, headlines above all, leaves out the verb of going: a clause whose subject is an
actor and whose predicate is a destination phrase ("ke" + an actor) says the subject travels
there, a visit (CAMEO 042, as "pergi ke"). Such a clause has no cue word, so the phrase's
preposition is made the cue of the grammar's ``goal_verb`` ("mengunjungi"), and the parser
reads that verb in the preposition's place (:func:`goal_view`; offsets unchanged, the evidence
is the text as written). Only a clause that opens the sentence with its subject counts: every
word before the preposition is an actor's name, a coordinator, an auxiliary ("akan",
"juga") or a negator ("batal ke China", a visit called off), so "Ekspor Indonesia ke China"
(a noun before the name) or "Dari Jakarta ke Beijing" is none. English headlines do the same
with "in" ("Blinken in Beijing for talks", "The Japanese president in Paris"), for a person only
(grammar ``goal_travellers``): "US troops in Syria" is no visit.

A visit is made by people: an act or goods that travels ("Bantuan AS tiba di Gaza", "US aid
arrived in Gaza": the subject is a noun cue) is no visit of its owner (:func:`travelling_act`;
where it arrived is the act's target, rule ``noun.arrived``).

>>> from geopolgraph.loaders.lexicons import load_lexicon
>>> from geopolgraph.loaders.mentions import Memory, find_mentions
>>> from geopolgraph.loaders.text import tokenize
>>> from geopolgraph.loaders.extract.lang import language
>>> lex = load_lexicon(); lang = language(lex, "id")
>>> def goals(text):
...     toks = tokenize(text)
...     found = goal_cues(toks, find_mentions(toks, lex, "id", Memory()), [], lex, lang)
...     return [(toks[c.start].text, c.pattern.text, c.pattern.relation) for c in found]
>>> goals("Putin akan ke Korea Utara."), goals("Ekspor Indonesia ke China naik.")
([('ke', 'mengunjungi', 'VISITS')], [])
"""

from __future__ import annotations

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.cues import Cue, pattern_index
from geopolgraph.loaders.extract.frames import cue_head
from geopolgraph.loaders.extract.lang import Language
from geopolgraph.loaders.extract.phrases import mention_index
from geopolgraph.loaders.extract.reader import SentenceReader
from geopolgraph.loaders.lexicons import Lexicon
from geopolgraph.loaders.mentions import Mention
from geopolgraph.loaders.text import Token

__all__ = ["goal_cues", "goal_view", "travelling_act"]

BARE_GOAL = rules.register(
    "cue.bare_goal", "'Prabowo ke China', 'Putin akan ke Korea Utara': a clause opening the "
    "sentence whose predicate is a destination phrase (grammar goal_preps) on an actor, with no "
    "verb, visits it: the preposition is the cue of the grammar's goal_verb ('mengunjungi')")
THING_TRAVELS = rules.register(
    "cue.thing_travels", "'Bantuan AS tiba di Gaza', 'US aid arrived in Gaza': a visit cue "
    "whose subject is another cue's noun (an act or goods) is no visit of the noun's owner")
#: the kinds of actor that travel, and that are travelled to
_TRAVELLERS = frozenset({"person", "state", "body", "igo", "group"})
_PLACES = frozenset({"state", "igo"})


def goal_cues(tokens: list[Token], mentions: list[Mention], cues: list[Cue], lex: Lexicon,
              lang: Language) -> list[Cue]:
    """``cues`` with the verbless destination of a clause opening the sentence, if any."""
    if not lang.goal_preps or not rules.on(BARE_GOAL):
        return cues
    starts = {m.start: m for m in mentions if m.actor and not m.modifier}
    travellers = lang.goal_travellers or _TRAVELLERS  # English: "Blinken in Beijing", persons
    k = 0
    subjects = 0
    while k < len(tokens):  # the subject: names, coordinators and auxiliaries only
        m = starts.get(k)
        if m is not None and (m.kind in travellers or (
                "person" in travellers and lang.is_person(m, [t.lower for t in tokens]))):
            subjects += 1
            k = m.end
        elif k == 0 and tokens[k].lower in lang.item_articles:
            k += 1  # "The Japanese president in Beijing"
        elif subjects and (tokens[k].lower in lang.coordinators
                           or tokens[k].lower in lang.skip_before_cue
                           or tokens[k].lower in lang.planned_words
                           or tokens[k].lower in lang.negators):  # "batal ke China"
            k += 1
        else:
            break
    goal = starts.get(k + 1)
    if (not subjects or k >= len(tokens) or tokens[k].lower not in lang.goal_preps
            or goal is None or goal.kind not in _PLACES or any(c.start < k for c in cues)):
        return cues
    verb = next((p for p in pattern_index(lex, lang.lang).get(lang.goal_verb, ())
                 if p.tokens == (lang.goal_verb,) and p.frame == "active"), None)
    if verb is None:
        return cues
    return sorted([*cues, Cue(k, k + 1, verb, k + 1)], key=lambda c: c.start)


def goal_view(tokens: list[Token], cues: list[Cue], lang: Language) -> list[Token]:
    """The words the parser reads: a verbless destination's preposition as the goal verb
    ("Prabowo mengunjungi China"); offsets unchanged."""
    places = [c.start for c in cues if c.pattern.tokens == (lang.goal_verb,)
              and tokens[c.start].lower in lang.goal_preps]
    if not places:
        return tokens
    out = list(tokens)
    for k in places:
        out[k] = Token(lang.goal_verb, tokens[k].start, tokens[k].end)
    return out


def travelling_act(reader: SentenceReader, cue: Cue) -> bool:
    """Whether the subject of the visit cue ``cue`` is the word of another cue, an act or goods
    that travelled ("Bantuan AS tiba di Gaza"), not an actor named inside that cue's pattern."""
    p = reader.parse
    if p is None or not rules.on(THING_TRAVELS):
        return False
    head = cue_head(p, cue.start, cue.head_end)
    # an actor named is no act or goods ("summoned Tokyo's envoy/nsubj-of-visited after Japanese
    # lawmakers visited Taiwan": the parse's subject is the summoning pattern's named object)
    named = mention_index(reader)
    return any(c is not cue and c.start <= k < c.end and c.pattern.relation != "VISITS"
               for k in p.kids(head, "nsubj") if k not in named for c in reader.cues)
