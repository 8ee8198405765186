"""Find actor mentions in a tokenised sentence: names, aliases, titles, appositions, surnames.

A mention spans tokens ``[start, end)`` and carries the actor it rolls up to (a state, IGO or
group) and the person who spoke or acted when there is one. Titles glue a body or an office to
its state ("Kementerian Luar Negeri Seoul" → KOR, "Presiden Rusia, Vladimir Putin" → RUS with
Putin as the person); a bare surname reuses the article's earlier resolution, and a surname
followed by another name ("Kim Hong-kyun") is somebody else.

>>> from geopolgraph.loaders.lexicons import load_lexicon
>>> from geopolgraph.loaders.text import tokenize
>>> toks = tokenize("Presiden Rusia, Vladimir Putin tiba di Pyongyang.")
>>> [(m.actor, m.person, m.text) for m in find_mentions(toks, load_lexicon(), "id", Memory())]
[('RUS', 'person:vladimir-putin', 'Presiden Rusia, Vladimir Putin'), ('PRK', '', 'Pyongyang')]
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from geopolgraph.loaders.currencies import names_money
from geopolgraph.loaders.lexicons import Lexicon
from geopolgraph.loaders.mention_words import (
    leader_roles,
    openers,
    relation_verbs,
    title_words,
    word_sets,
)
from geopolgraph.loaders.text import Token

__all__ = ["Memory", "Mention", "find_mentions", "shortened"]

_NAME_PARTICLES = frozenset({"bin", "al", "el", "de", "van", "von", "der", "da", "di", "ibn"})
_MAX_NAME_TOKENS = 4


@dataclass(frozen=True, slots=True)
class Mention:
    start: int  # token index
    end: int  # token index, exclusive
    actor: str  # rolled-up actor id ("" while unresolved)
    person: str = ""  # person id, or "name:<text>" for a titled person not in the lexicon
    text: str = ""
    kind: str = ""  # state | igo | group | media | person | org
    char_start: int = 0
    char_end: int = 0
    locative: bool = False  # "di Ukraina": a place, not an agent
    modifier: bool = False  # "buatan Korea Utara", "surat kabar Rusia": not an agent
    instrument: bool = False  # a modifier by a state's vehicle or weapon: "drone Rusia"


@dataclass
class Memory:
    """What the article has said so far: surnames seen, last group, last speaker."""

    surnames: dict[str, tuple[str, str]] = field(default_factory=dict)  # surname -> (person, actor)
    last_group: tuple[str, ...] = ()
    last_dialogue: tuple[str, ...] = ()  # the last two parties who talked, met or agreed
    first_pair: tuple[str, ...] = ()  # the two of the article's first one-way act
    last_person: str = ""  # actor id of the last person mentioned
    last_speaker: str = ""  # actor id of the last speaker
    speaker_recent: int = 0  # sentences left in which "dia"/"he" still means the last speaker
    last_sources: tuple[str, ...] = ()  # source actors of the last triple
    last_doers: tuple[str, ...] = ()  # who did the last reported act ("peluncuran tersebut")
    act_doers: tuple[tuple[str, ...], ...] = ()  # who did each act of that sentence, in order
    doers: dict[str, tuple[str, ...]] = field(default_factory=dict)  # relation -> last doers
    last_of_kind: dict[str, tuple[str, ...]] = field(default_factory=dict)  # kind -> recent actors
    date: str = ""  # the article's date, for dated roles


def _is_capitalised(token: Token) -> bool:
    return token.text[:1].isupper() and any(c.isalpha() for c in token.text)


def _match_alias(tokens: list[Token], i: int, lex: Lexicon) -> tuple[int, str] | None:
    """Longest alias starting at token ``i``: (end, entity id)."""
    lengths = lex.alias_lengths.get(tokens[i].lower, ())
    pair = (tokens[i].lower, tokens[i + 1].lower) if lengths and i + 1 < len(tokens) else ("", "")
    for length in lengths:
        if i + length > len(tokens) or (length >= 2 and pair not in lex.alias_pairs):
            continue
        key = tuple(t.lower for t in tokens[i : i + length])
        entries = lex.aliases.get(key)
        if not entries:
            continue
        surface = [t.text for t in tokens[i : i + length]]
        for ident, exact in entries:
            # acronyms match only as written ("AS" is the US, "as" is not)
            if exact and "".join(surface) != exact.replace(" ", "") and " ".join(surface) != exact:
                continue
            if not exact and length == 1 and not _is_capitalised(tokens[i]):
                continue  # one-word names are capitalised in news text
            return i + length, ident
    return None


def _match_title(tokens: list[Token], i: int, lex: Lexicon, lang: str) -> tuple[int, str] | None:
    titles = lex.titles.get(lang, {})
    for length in lex.title_lengths.get(lang, {}).get(tokens[i].lower, ()):
        if i + length > len(tokens):
            continue
        kind = titles.get(tuple(t.lower for t in tokens[i : i + length]))
        if kind:
            return i + length, kind
    word = tokens[i].lower
    if word.endswith("nya") and i + 1 < len(tokens) and tokens[i + 1].lower == "dari" and (
            word[:-3] in title_words(lex, lang).counterparts):
        # "mitranya dari China": a counterpart's "dari" phrase names the state it acts for (but
        # "pasukannya dari Suriah" are the clitic's own troops)
        kind = titles.get((word[:-3],))
        if kind:
            return i + 1, kind
    return None


def _name_span(tokens: list[Token], i: int, verbs: frozenset[str] = frozenset(),
               locative: frozenset[str] = frozenset()) -> int:
    """End of a run of capitalised name tokens starting at ``i`` (``i`` when there is none);
    a relation verb in ``verbs`` ends it ("Kemlu RI Panggil Dubes …": a headline's verb), and so
    does a name particle that is the language's locative preposition ("Presiden Xi di Beijing"
    is no "Xi di Beijing", as "Luigi di Maio" would be)."""
    j = i
    while j < len(tokens) and j - i < _MAX_NAME_TOKENS:
        tok = tokens[j]
        if tok.lower in verbs:
            break
        if (_is_capitalised(tok) and tok.text.isupper() is False) or (
            # "George W Bush": a middle initial between two names, written without its stop
            j > i and len(tok.text) == 1 and tok.text.isupper() and j + 1 < len(tokens)
            and _is_capitalised(tokens[j + 1]) and tokens[j + 1].text.isupper() is False
        ) or (
            tok.lower in _NAME_PARTICLES
            and tok.lower not in locative
            and j > i
            and j + 1 < len(tokens)
            and _is_capitalised(tokens[j + 1])
        ):
            j += 1
        else:
            break
    return j


def _roles_held(lex: Lexicon, person: str, date: str) -> list[str]:
    """The roles ``person`` holds on ``date`` (every role when the date is unknown).

    >>> from geopolgraph.loaders.lexicons import load_lexicon
    >>> _roles_held(load_lexicon(), "person:xi-jinping", "2024-06-01")
    ['General Secretary', 'President']
    """
    return [role for _, role, start, end in lex.people[person].roles
            if (not start or not date or start <= date) and (not end or not date or date <= end)]


class _Finder:
    def __init__(
        self,
        tokens: list[Token],
        lex: Lexicon,
        lang: str,
        memory: Memory,
        open_actors: bool = False,
        leaders: bool = True,
    ) -> None:
        self.tokens = tokens
        self.leaders = leaders
        self.lex = lex
        self.lang = lang
        self.words: list[str] = []  # the token texts, made when a currency check needs them
        self.memory = memory
        self.open_actors = open_actors
        (self.not_names, self.honorifics, self.locative, self.modifiers,
         self.modified, self.instruments) = word_sets(lex, lang)
        self.verbs = relation_verbs(lex, lang)
        self.openers = openers(lex, lang, self.honorifics)

    def entity(self, ident: str) -> tuple[str, str, str]:
        """(rolled-up actor, person id, kind) of a lexicon entity."""
        person = self.lex.people.get(ident)
        if person is not None:
            return person.acts_for(self.memory.date), ident, "person"
        actor = self.lex.actors.get(ident)
        if actor is not None and actor.kind == "people":
            return actor.country, "", "people"  # "Palestinians": the state's people
        return ident, "", actor.kind if actor else ""

    def make(self, start: int, end: int, actor: str, person: str, kind: str) -> Mention:
        toks = self.tokens
        prev = toks[start - 1].lower if start > 0 else ""
        after = toks[end].lower if end < len(toks) else ""
        if after == "-" and end + 1 < len(toks):
            after += toks[end + 1].lower  # "US-owned": "-owned", as "-made"
        text_start, text_end = toks[start].start, toks[end - 1].end
        # "killed three Palestinians": done to the state, never by it (but where anybody acts)
        people = kind == "people" and not self.open_actors
        modifier = people or prev in self.modifiers or after in self.modified
        # "drone Rusia", "Russian jets": a state's vehicle or weapon, not "rudal buatan Rusia"
        other = people or (prev in self.modifiers and prev not in self.instruments) or (
            after in self.modified and after not in self.instruments)
        return Mention(
            start,
            end,
            actor,
            person,
            _span_text(toks, start, end),
            "state" if kind == "people" else kind,
            text_start,
            text_end,
            locative=prev in self.locative,
            # "perusahaan China" (the noun before the name), "Chinese companies" (after it)
            modifier=modifier,
            instrument=modifier and not other,
        )

    def after_title(self, i: int, end: int, title_kind: str) -> tuple[int, str, str] | None:
        """Extend a title: optional state/IGO, optional comma, optional person name."""
        toks = self.tokens
        actor, person = "", ""
        j = end
        if j < len(toks) and self.acts_from(i, end, toks[j].lower, title_kind):
            j += 1
            if (j + 1 < len(toks) and toks[j].lower in title_words(self.lex, self.lang).articles
                    and _match_alias(toks, j + 1, self.lex)):
                j += 1  # "a delegation from the United States"
        alias = _match_alias(toks, j, self.lex) if j < len(toks) else None
        if alias:
            a_actor, a_person, a_kind = self.entity(alias[1])
            if a_kind == "media":
                return None
            actor, person = a_actor, a_person
            j = alias[0]
            if a_kind == "person":
                return j, actor, person
        k = j + 1 if j < len(toks) and toks[j].text == "," and actor else j
        inner = _match_title(toks, k, self.lex, self.lang) if k < len(toks) and not actor else None
        if inner and inner[0] > k:
            # "Juru bicara Kemlu China", "Jubir Kementerian Luar Negeri China Mao Ning": the
            # title of a body that names its state
            nested = self.after_title(k, inner[0], inner[1])
            if nested and nested[1]:
                return nested
        named = _match_alias(toks, k, self.lex) if k < len(toks) else None
        if named and self.lex.people.get(named[1]):
            p_actor, p_person, _ = self.entity(named[1])
            return named[0], actor or p_actor, p_person
        name_end = _name_span(toks, k, self.verbs, self.locative)
        roles = self.lex.title_roles.get(self.lang, {}).get(
            tuple(t.lower for t in toks[i:end]), frozenset())
        if name_end == k + 1 and not actor and (known := self.known_surname(toks[k], roles)):
            # "PM Wong", "Presiden Xi": a surname the article (or the lexicon, unambiguously
            # on the article's date) already knows
            person, actor = known
            return name_end, actor, person
        if name_end > k and (name_end - k >= 2 or actor == ""):
            name = " ".join(t.text for t in toks[k:name_end])
            if not _match_alias(toks, k, self.lex):
                for part in {toks[k].lower, toks[name_end - 1].lower}:
                    self.memory.surnames[part] = ("name:" + name, actor)
                return name_end, actor, "name:" + name
        if actor:
            return j, actor, person
        return None

    def acts_from(self, i: int, end: int, prep: str, kind: str) -> bool:
        """Whether the phrase ``prep`` opens after the title of ``kind`` at ``i:end`` names the
        state it acts for ("officials of China", "delegasi dari Jepang", "her counterpart from
        Japan", "a spokesperson for Hamas"; not "its troops from Syria")."""
        words = title_words(self.lex, self.lang)
        toks = self.tokens
        if prep in words.speaker_preps and kind == "spokesperson":
            return True
        return prep in words.preps and (prep != "from" or i == 0
                                        or toks[i - 1].lower not in words.owners
                                        or toks[end - 1].lower in words.counterparts)

    def honorific(self, i: int) -> Mention | None:
        """A surname after an honorific ("Mr Xi", "Pak Prabowo"), from the article or lexicon."""
        toks = self.tokens
        if toks[i].lower not in self.honorifics or i + 1 >= len(toks):
            return None
        name = toks[i + 1]
        if not _is_capitalised(name):
            return None
        known = self.known_surname(name)
        if not known:
            return None
        person, actor = known
        return self.make(i, i + 2, actor, person, "person")

    def known_surname(self, name: Token, roles: frozenset[str] = frozenset()
                      ) -> tuple[str, str] | None:
        """(person, actor) of a surname: the article's earlier resolution, else the one person
        of the lexicon with that surname in office on the article's date (with a title, the one
        holding one of its ``roles`` when several are: "PM Albanese")."""
        known = self.memory.surnames.get(name.lower)
        if known:
            return known
        date = self.memory.date

        def in_office(p: str, wanted: frozenset[str] = frozenset()) -> bool:
            return any(not wanted or role in wanted for role in _roles_held(self.lex, p, date))

        candidates = [p for p in self.lex.surnames.get(name.lower, ()) if in_office(p)]
        if not candidates:
            # "Mr Widodo": the last word of a full name whose curated surname differs ("Jokowi")
            candidates = [p for p in self.lex.last_names.get(name.lower, ()) if in_office(p)]
        if len(candidates) > 1 and roles:
            candidates = [p for p in candidates if in_office(p, roles)]
        if len(candidates) != 1:
            return None
        person = candidates[0]
        actor = self.lex.people[person].acts_for(date)
        self.memory.surnames[name.lower] = (person, actor)
        return person, actor

    def surname(self, i: int) -> Mention | None:
        tok = self.tokens[i]
        known = self.memory.surnames.get(tok.lower)  # first: most words are no known surname
        if not known and self.leaders and tok.lower in self.lex.surnames and _is_capitalised(tok):
            known = self.known_leader(tok)  # the dict first: most words are no surname at all
        if not known or not _is_capitalised(tok):
            return None
        nxt = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
        if (
            nxt is not None
            and _is_capitalised(nxt)
            and not _match_alias(self.tokens, i + 1, self.lex)
            and nxt.lower not in relation_verbs(self.lex, self.lang)
        ):
            return None  # "Kim Hong-kyun" is not a bare "Kim"; "Xi Tiba di Moskow" is
        person, actor = known
        return self.make(i, i + 1, actor, person, "person")

    def known_leader(self, name: Token) -> tuple[str, str] | None:
        """(person, actor) of a bare surname ("Xi", "Marcos") that belongs to exactly one person
        of the lexicon in office on the article's date (none without a date), when that person
        heads a state or government then: news names leaders by surname alone; anybody else
        needs a title, an honorific or an earlier full name."""
        date = self.memory.date
        if not date:
            return None  # undated text: who is in office is unknown
        tops = leader_roles(self.lex)
        held = [(p, role) for p in self.lex.surnames.get(name.lower, ())
                for role in _roles_held(self.lex, p, date)]
        people = {p for p, _ in held}
        if len(people) != 1 or not any(role in tops for _, role in held):
            return None
        person = people.pop()
        actor = self.lex.people[person].acts_for(date)
        self.memory.surnames[name.lower] = (person, actor)
        return person, actor

    def money(self, start: int, end: int, ident: str) -> bool:
        """Whether the alias at ``start:end`` names its state's currency ("dolar AS")."""
        if not self.words:
            self.words = [t.text for t in self.tokens]
        return names_money(self.words, start, end, ident, self.lang)

    def find(self) -> list[Mention]:
        toks = self.tokens
        out: list[Mention] = []
        i = 0
        openers, surnames = self.openers, self.memory.surnames
        while i < len(toks):
            low = toks[i].lower
            if low not in openers and low not in surnames and not self.open_actors:
                i += 1  # most words start no mention: no title, alias or surname lookups
                continue
            title = _match_title(toks, i, self.lex, self.lang)
            if title:
                extended = self.after_title(i, title[0], title[1])
                if extended:
                    end, actor, person = extended
                    out.append(self.make(i, end, actor, person, "person" if person else "body"))
                    i = end
                    continue
                if self.open_actors:
                    # "police", "the court", "protesters": an agent of no known state
                    end = title[0]
                    out.append(self.make(i, end, _slug("agent", toks[i:end]), "", "org"))
                    i = end
                    continue
            alias = _match_alias(toks, i, self.lex)
            if alias and alias[0] < len(toks) and toks[alias[0]].text == "$":
                alias = None  # "US$190 billion" is money, not the US
            if alias and self.money(i, *alias):
                i = alias[0]  # "dolar AS", "the Japanese yen": a currency, not the state
                continue
            honorific = self.honorific(i) if not alias else None
            if honorific:
                out.append(honorific)
                i += 2
                continue
            if alias:
                end, ident = alias
                actor, person, kind = self.entity(ident)
                # "Russian President Vladimir Putin": state, title, name as one mention
                if kind in ("state", "igo") and end < len(toks):
                    at = end + 1 if toks[end].text in ("'s", "’s") else end
                    title = _match_title(toks, at, self.lex, self.lang) if at < len(toks) else None
                    if title:
                        extended = self.after_title(at, title[0], title[1])
                        if extended and extended[0] > title[0] and extended[2]:
                            _, _, p_person = extended
                            out.append(self.make(i, extended[0], actor, p_person, "person"))
                            i = extended[0]
                            continue
                        # "Syrian army", "American troops", "Chinese government": the state
                        out.append(self.make(i, title[0], actor, "", "body"))
                        i = title[0]
                        continue
                if person:
                    surname = self.lex.people[person].surname
                    if surname:
                        self.memory.surnames[surname.lower()] = (person, actor)
                out.append(self.make(i, end, actor, person, kind))
                i = end
                continue
            bare = self.surname(i)
            if bare:
                out.append(bare)
            elif self.open_actors and toks[i].text not in self.not_names:
                end = _name_span(toks, i, locative=self.locative)
                if end > i:
                    out.append(self.make(i, end, _slug("org", toks[i:end]), "", "org"))
                    i = end
                    continue
            i += 1
        return out


def _slug(prefix: str, tokens: list[Token]) -> str:
    words = "-".join(t.lower for t in tokens if any(c.isalnum() for c in t.text))
    return f"{prefix}:{words}"


def _span_text(tokens: list[Token], start: int, end: int) -> str:
    parts = []
    for k in range(start, end):
        tok = tokens[k]
        if k > start and tokens[k - 1].end < tok.start:
            parts.append(" ")
        parts.append(tok.text)
    return "".join(parts)


def shortened(mention: Mention, tokens: list[Token], end: int, kind: str) -> Mention:
    """``mention`` ending at token ``end`` instead, a possessive "'s" before it dropped, as a
    ``kind`` ("US military" -> "US", "Russia's intelligence" -> "Russia").

    >>> from geopolgraph.loaders.text import tokenize
    >>> toks = tokenize("Russia's intelligence sharing")
    >>> m = Mention(0, 3, "RUS", text="Russia's intelligence", kind="body")
    >>> s = shortened(m, toks, 2, "state")
    >>> (s.start, s.end, s.text, s.kind, s.char_end)
    (0, 1, 'Russia', 'state', 6)
    """
    if end - 1 > mention.start and tokens[end - 1].text in ("'s", "’s"):
        end -= 1
    return replace(mention, end=end, text=_span_text(tokens, mention.start, end), kind=kind,
                   char_end=tokens[end - 1].end)


def find_mentions(
    tokens: list[Token], lex: Lexicon, lang: str, memory: Memory, open_actors: bool = False,
    leaders: bool = True,
) -> list[Mention]:
    """Every actor mention in ``tokens`` (updating ``memory`` with the surnames seen).

    With ``open_actors`` unknown capitalised names and bare agents ("police", "protesters")
    become actors too (ids ``org:<slug>``, ``agent:<slug>``), for text about anybody. With
    ``leaders`` a bare surname the article has not named yet may still be a head of state or
    government in office ("Xi", "Marcos"; ``_Finder.known_leader``).
    """
    mentions = _Finder(tokens, lex, lang, memory, open_actors, leaders).find()
    # A titled person whose state is not named and not known ("kantor Perdana Menteri Wallonia
    # Adrien Dolimont") is nobody's: taking the nearest state named before them put people on
    # the wrong side. With open actors the person is their own actor.
    resolved: list[Mention] = []
    for m in mentions:
        if not m.actor:
            actor = ""
            if open_actors and m.person.startswith("name:"):
                actor = "org:" + "-".join(m.person[5:].lower().split())
            if not actor:
                continue
            if m.person.startswith("name:"):
                parts = m.person[5:].split()
                for part in {parts[0].lower(), parts[-1].lower()}:
                    memory.surnames[part] = (m.person, actor)
            m = replace(m, actor=actor)
        if m.person and not m.person.startswith("name:"):
            surname = lex.people[m.person].surname
            if surname:
                memory.surnames[surname.lower()] = (m.person, m.actor)
        resolved.append(m)
    return resolved
