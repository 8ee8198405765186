"""Whether a cue is asserted, and whether as the sentence's own event.

A noun event asked for or threatened ("menyerukan gencatan senjata") and a verb denied, warned
of or threatened ("membantah memasok rudal") did not happen (:func:`_not_asserted`), nor did one
in a conditional clause ("if Israel had joined …", :func:`_conditional`); a cue
governed by another ("agreed to withdraw") or in a clause on a noun ("warplanes supported by
Russia") is background to the sentence's own event, less certain (:func:`_governed`,
:func:`_background_clause`). :mod:`.article` asks these of every cue.
"""

from __future__ import annotations

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.cues import Cue
from geopolgraph.loaders.extract.frames import cue_head
from geopolgraph.loaders.extract.lang import Language
from geopolgraph.loaders.extract.parse import Parse
from geopolgraph.loaders.lexicons import Lexicon
from geopolgraph.loaders.text import Token

__all__: list[str] = []

BACKGROUND_CLAUSE = rules.register(
    "cue.background_clause", "'Syrian warplanes supported by Russia pounded …', 'Ukraine, which "
    "Russia invaded, …': a cue in a clause on a noun is background to the sentence's own event: "
    "less confident, as a governed cue is")
NOT_ASSERTED = rules.register("cue.not_asserted", "'menyerukan gencatan senjata': a noun event "
                              "asked for or threatened did not happen")
NOT_ASSERTED_VERB = rules.register("cue.not_asserted_verb", "'membantah memasok rudal', "
                                   "'threatened to shell': a verb denied, warned of or threatened "
                                   "is not asserted either")
WARNED_THREAT = rules.register(
    "cue.warned_threat", "'China warned it would attack Japan': a planned act of force under a "
    "warning or threat is the threat itself (CAMEO 13x), not dropped as a warned-of act")
CONDITIONAL = rules.register(
    "cue.conditional", "'even if Israel had joined the Arab League', 'jika Rusia menyerang': a "
    "cue in a clause opened by a conditional conjunction (grammar conditionals) is hypothetical, "
    "not asserted (GUIDE.md: allowed, not required)")
CONDITIONAL_DEED = rules.register(
    "cue.conditional_deed", "'warned Beijing of consequences if it provided lethal aid to "
    "Moscow', 'jika China memberikan bantuan militer kepada Rusia': for cue.conditional, a noun "
    "cue that a verb of doing (grammar doing_verbs) in the clause takes as its object is that "
    "clause's act, as hypothetical as a verb cue there; another noun's act stays presupposed")
COORDINATED = rules.register(
    "cue.coordinated", "'China denied the report and warned Japan': a verb the parse "
    "coordinates with a cue before it is the sentence's own event too, neither denied, asked for "
    "nor governed by that cue")
MARKED_GOVERNOR = rules.register(
    "cue.marked_governor", "'China warned the US against selling arms to Taiwan': a cue whose "
    "gerund clause the parse hangs on another cue's verb, opened by a mark of object control "
    "(grammar object_control_marks), is governed by it however far apart: warned against, it "
    "is not asserted")
SPANNING_GOVERNOR = rules.register(
    "cue.spanning_governor", "'Trump threatened to impose tariffs on India', 'China threatened "
    "to attack Taiwan': a cue whose gapped pattern runs over a verb cue's first word ('threatened "
    "… to attack') governs it as a cue ending just before it would: threatened, it is not "
    "asserted (a noun cue stays: 'is planning an attack on Iran' is a planned attack)")
SPANNING_NOUN = rules.register(
    "cue.spanning_noun", "'Trump threatened new tariffs on China', 'called for … ceasefire': a "
    "noun cue on the last word of a verb cue's gapped pattern is governed by that verb, as one "
    "right after it would be: threatened or asked for, it did not happen")
#: the relations whose planned act of force is a threat of it
_WARNINGS = frozenset({"WARNS", "THREATENS"})


def _not_asserted(cue: Cue, relation: str, governors: list[Cue], lex: Lexicon) -> bool:
    """Whether a cue governing ``cue`` only asks for, threatens or denies it: "menyerukan
    gencatan senjata", "condemned the bombing" (a noun event), "membantah memasok rudal",
    "threatened to shell" (a verb); an urged object's own act ("desak Rusia tarik pasukan")
    stays, and so does a warning's planned act, which is the threat ("China warned it would
    attack Japan")."""
    if not rules.on(NOT_ASSERTED):
        return False
    return any(
        lex.props(o.pattern.relation).not_asserted
        and (cue.pattern.frame == "noun" or (
            rules.on(NOT_ASSERTED_VERB) and not lex.props(o.pattern.relation).object_control))
        and not (relation == "THREATENS" and o.pattern.relation in _WARNINGS
                 and rules.on(WARNED_THREAT))
        for o in governors)


def _ungoverning(cue: Cue, near: list[Cue], p: Parse | None) -> list[Cue]:
    """The cues of ``near`` (those just before ``cue``) that may govern it: not one whose verb
    the parse coordinates ``cue``'s verb with ("China denied/ROOT the report and warned/conj
    Japan", where "deny … report" ends two words before "warned").

    >>> from geopolgraph.loaders.lexicons import load_lexicon
    >>> from geopolgraph.loaders.extract.cues import find_cues
    >>> from geopolgraph.loaders.text import tokenize
    >>> toks = tokenize("China denied the report and warned Japan")
    >>> denied, warned = find_cues(toks, load_lexicon(), "en")
    >>> parse = Parse.of((1, 1, 3, 1, 5, 1, 5),
    ...                  ("nsubj", "ROOT", "det", "obj", "cc", "conj", "obj"))
    >>> _ungoverning(warned, [denied], parse)
    []
    """
    if p is None or not near or not rules.on(COORDINATED):
        return near
    k = cue_head(p, cue.start, cue.head_end)
    if p.deps[k] != "conj":
        return near
    return [o for o in near if not o.start <= p.heads[k] < o.head_end]


def _marked_governors(cue: Cue, cues: list[Cue], p: Parse | None, tokens: list[Token],
                      lang: Language) -> list[Cue]:
    """The cues whose verb the parse hangs ``cue``'s gerund clause (or the clause whose object
    ``cue`` is) on, opened by a mark of object control ("warned/WARNS the US against/mark
    selling/advcl arms"): they govern it as a cue just before it does (``_not_asserted``
    decides by their relation: a warning's is not asserted, an accusation's is).

    >>> from geopolgraph.loaders.lexicons import load_lexicon
    >>> from geopolgraph.loaders.extract.cues import find_cues
    >>> from geopolgraph.loaders.extract.lang import language
    >>> from geopolgraph.loaders.text import tokenize
    >>> lex, toks = load_lexicon(), tokenize("China warned the US against selling arms")
    >>> cues = find_cues(toks, lex, "en")
    >>> parse = Parse.of((1, 1, 3, 1, 5, 1, 5), ("nsubj", "ROOT", "det", "iobj", "mark", "advcl",
    ...                                          "obj"))
    >>> [c.pattern.relation for c in _marked_governors(cues[1], cues, parse, toks,
    ...                                               language(lex, "en"))]
    ['WARNS']
    """
    if p is None or not rules.on(MARKED_GOVERNOR):
        return []
    k = cue_head(p, cue.start, cue.head_end)
    for _ in range(2):  # the gerund's own cue, or a noun cue that is its object ("arms")
        verb = p.heads[k]
        if verb == k:
            return []
        if p.deps[k] == "advcl" and any(tokens[m].lower in lang.object_control_marks
                                        for m in p.kids(k, "mark")):
            return [o for o in cues if o is not cue and o.start <= verb < o.head_end]
        if p.deps[k] not in ("obj", "obl"):
            return []
        k = verb
    return []


def _spanning_governors(cue: Cue, cues: list[Cue], lang: Language | None = None) -> list[Cue]:
    """The cues whose pattern starts before the verb cue ``cue`` and runs over its first word
    ("threatened … to attack" over "attack"): a longer pattern governing it, which the cues
    ending before it leave out. For a noun cue, only a verb's pattern ending on the noun's first
    word, after a gap ("threatened … tariffs" over "tariffs on": what is threatened), and not
    one of planning (``lang``'s plan words: "planning … attack" is a planned attack).

    >>> from geopolgraph.loaders.lexicons import load_lexicon
    >>> from geopolgraph.loaders.extract.cues import find_cues
    >>> from geopolgraph.loaders.text import tokenize
    >>> cues = find_cues(tokenize("China threatened to attack Taiwan"), load_lexicon(), "en")
    >>> [(c.pattern.relation, [g.pattern.relation for g in _spanning_governors(c, cues)])
    ...  for c in cues]
    [('THREATENS', []), ('ATTACKS', ['THREATENS'])]
    """
    if cue.pattern.frame == "noun":
        # "threatened … tariffs" over "tariffs on": the noun ending a verb's gapped pattern is
        # what that verb threatens, asks for or denies (cue.spanning_noun)
        # (not a plan's: "is planning … an attack on Iran" is a planned attack, which happens)
        plans = set() if lang is None else {p[0] for p in lang.planned_phrases}
        return [o for o in cues if o.pattern.frame != "noun" and o.start < cue.start == o.end - 1
                and o.head_end < cue.start and o.pattern.tokens[0] not in plans
                ] if rules.on(SPANNING_NOUN) else []
    if not rules.on(SPANNING_GOVERNOR):
        return []
    return [o for o in cues if o.start < cue.start < o.end]


def _background_clause(cue: Cue, p: Parse | None, tokens: list[Token], lang: Language) -> bool:
    """Whether the parse puts ``cue`` in a relative clause or a participle clause on a noun
    ("Ukraine, which Russia invaded/acl:relcl", "warplanes supported/acl by Russia"); not an
    -ing clause, which may be what the noun says ("a resolution demanding …").

    >>> from geopolgraph.loaders.lexicons import load_lexicon
    >>> from geopolgraph.loaders.extract.cues import find_cues
    >>> from geopolgraph.loaders.extract.lang import language
    >>> from geopolgraph.loaders.text import tokenize
    >>> lex, toks = load_lexicon(), tokenize("jets supported by Iran")
    >>> [cue] = find_cues(toks, lex, "en")
    >>> parse = Parse.of((0, 0, 3, 1), ("ROOT", "acl", "case", "obl"))
    >>> _background_clause(cue, parse, toks, language(lex, "en"))
    True
    """
    if p is None or not rules.on(BACKGROUND_CLAUSE):
        return False
    k = cue_head(p, cue.start, cue.head_end)
    if p.heads[k] >= k:
        return False
    word = tokens[k].lower
    return p.deps[k] == "acl:relcl" or (
        p.deps[k] == "acl" and lang.is_participle(word) and not lang.is_gerund(word))


def _governed(cue: Cue, near: list[Cue], tokens: list[Token], lang: Language) -> bool:
    """"agreed to withdraw", "threatened to strike", "setuju untuk menarik": the governing verb
    carries the event, its complement is less certain; what an actor "must" do is asked for.
    ``near``: the cues ending at most three tokens before ``cue``."""
    if any(o.pattern.frame == "modal" for o in near):
        return True
    near = [o for o in near if cue.start <= o.end + 2]
    if not near:
        return False
    if cue.start > 0 and tokens[cue.start - 1].lower in lang.purpose:
        return True
    # "lifted sanctions on", "condemned the bombing of": the noun is the object
    return cue.pattern.frame == "noun" and any(o.pattern.frame != "noun" for o in near)


def _conditional(cue: Cue, p: Parse | None, tokens: list[Token], lang: Language) -> bool:
    """Whether ``cue`` is in a clause opened by a conditional conjunction ("even if Israel had
    joined/advcl the Arab League", "jika Rusia menyerang"): one before it with no comma or
    clause break between, or one the parse marks on the clause's verb (the cue's head, or the
    verb it is the complement of: "if Russia decides to attack/xcomp"). A noun cue is not: the
    act it names is presupposed ("if Washington joins the war between Israel and Iran"), but
    for one a verb of doing takes as its object ("if it provided lethal aid to Moscow").

    >>> from geopolgraph.loaders.lexicons import load_lexicon
    >>> from geopolgraph.loaders.extract.cues import find_cues
    >>> from geopolgraph.loaders.extract.lang import language
    >>> from geopolgraph.loaders.text import tokenize
    >>> lex, toks = load_lexicon(), tokenize("if Russia attacks Ukraine")
    >>> [cue] = find_cues(toks, lex, "en")
    >>> parse = Parse.of((2, 2, 2, 2), ("mark", "nsubj", "ROOT", "obj"))
    >>> _conditional(cue, parse, toks, language(lex, "en"))
    True
    """
    if not rules.on(CONDITIONAL):
        return False
    if cue.pattern.frame == "noun":
        k = cue_head(p, cue.start, cue.head_end) if p is not None else cue.start
        if p is None or p.deps[k] != "obj" or tokens[p.heads[k]].lower not in lang.doing_verbs \
                or not rules.on(CONDITIONAL_DEED):
            return False
    # the parse may misread the clause: "if" before the cue, no comma or clause break between
    for t in reversed(tokens[:cue.start]):
        if t.lower in lang.conditionals:
            return True
        if t.text in ",;:" or t.lower in lang.clause_breaks:
            break
    if p is None:
        return False
    k = cue_head(p, cue.start, cue.head_end)
    for _ in range(2):
        if any(tokens[m].lower in lang.conditionals for m in p.kids(k, "mark")):
            return True
        if p.deps[k].split(":")[0] not in ("obj", "obl", "nmod", "xcomp") or p.heads[k] == k:
            return False
        k = p.heads[k]  # the verb governing the clause's head
    return False
