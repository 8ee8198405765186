"""Actors by name: turn what a user types (an id, a name or alias in Indonesian or English, a
person) into an actor id, and list the actors of a graph.

Names come from the packaged lexicon (``actors.jsonl``, ``people.jsonl``: CLDR, ISO and curated
names, demonyms, capitals), plus the ``name`` attribute of a graph's nodes for actors the lexicon
does not know (GDELT codes, unnamed groups). A person resolves to the actor of their latest role,
with a note saying so. A name that fits several actors or people is an
:class:`AmbiguousActor` error listing them (the CLI exits 2).

>>> resolve_actor("Kamboja").id, resolve_actor("Cambodia").id, resolve_actor("KHM").id
('KHM', 'KHM', 'KHM')
>>> r = resolve_actor("Putin")
>>> r.id, r.person
('RUS', 'person:vladimir-putin')
>>> print(r.note)
Putin is a person: Vladimir Putin, resolved to RUS (President since 2012-05-07, the latest role)
>>> resolve_actor("Wong")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
geopolgraph.actors.AmbiguousActor: 'Wong' could be 4 actors: person:lawrence-wong (Lawrence ...
"""

from __future__ import annotations

import difflib
import functools
import json
import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import networkx as nx
import pandas as pd

from geopolgraph.errors import InputError
from geopolgraph.loaders.lexicons import Lexicon, Person, _lexicon_dir, alias_tokens, load_lexicon

__all__ = [
    "AmbiguousActor",
    "Resolution",
    "UnknownActor",
    "actor_names",
    "actor_table",
    "announce",
    "resolve_actor",
    "resolve_actor_id",
]

#: At most this many candidates are named in an ambiguity message.
MAX_CANDIDATES = 8


class AmbiguousActor(InputError):
    """A name that fits several actors or people; ``candidates`` holds them (best first)."""

    def __init__(self, text: str, candidates: list[tuple[str, str]]) -> None:
        self.candidates = candidates
        shown = ", ".join(f"{ident} ({label})" for ident, label in candidates[:MAX_CANDIDATES])
        more = len(candidates) - MAX_CANDIDATES
        tail = f", and {more} more" if more > 0 else ""
        super().__init__(
            f"{text!r} could be {len(candidates)} actors: {shown}{tail}; give an id or a full name"
        )


class UnknownActor(InputError):
    """A name no actor, alias or person has."""


@dataclass(frozen=True, slots=True)
class Resolution:
    """What ``text`` resolved to: the actor ``id``, how (``via``), the person if one was named,
    and a one-line ``note`` when the answer is not the literal text (a person's state)."""

    text: str
    id: str
    via: str  # "id", "alias", "person", "graph name", "as given"
    person: str = ""
    note: str = ""


def _recency(role: tuple[str, str, str, str]) -> tuple[bool, str, str]:
    return (role[3] == "", role[3], role[2])


def _latest_role(person: Person) -> tuple[str, str, str, str]:
    """The role with the latest end (open-ended counts as latest), then the latest start."""
    return max(person.roles, key=_recency, default=("", "", "", ""))


def _from_person(text: str, person: Person) -> Resolution:
    actor, role, start, end = _latest_role(person)
    span = f"since {start}" if not end else f"{start or '?'} to {end}"
    note = (
        f"{text} is a person: {person.name}, resolved to {actor} "
        f"({role or 'role'} {span}, the latest role)"
    )
    return Resolution(text, actor, "person", person.id, note)


def _label(lex: Lexicon, ident: str) -> str:
    person = lex.people.get(ident)
    if person is not None:
        return f"{person.name}, {_latest_role(person)[0]}" if person.roles else person.name
    actor = lex.actors.get(ident)
    return actor.name if actor else ident


def _graph_names(graph: nx.MultiDiGraph | None, wanted: str) -> list[str]:
    if graph is None:
        return []
    return sorted(
        str(n)
        for n, d in graph.nodes(data=True)
        if str(d.get("name", "")).casefold() == wanted or str(n).casefold() == wanted
    )


def resolve_actor(
    text: str,
    graph: nx.MultiDiGraph | None = None,
    lexicon: Lexicon | None = None,
    strict: bool = True,
) -> Resolution:
    """The actor ``text`` names: an id, a name or alias (id/en), a person, or a graph node name.

    An id wins over everything (``graph`` nodes, then the lexicon's actors). A text nothing knows
    raises :class:`UnknownActor` naming the closest names, or, with ``strict=False``, comes back
    as given (``via="as given"``) for the caller to check.

    >>> resolve_actor("Tiongkok").id, resolve_actor("north korea").id, resolve_actor("AS").id
    ('CHN', 'PRK', 'USA')
    >>> resolve_actor("Presiden Xi").via, resolve_actor("Xi Jinping").id
    ('person', 'CHN')
    >>> resolve_actor("Kambodja")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    geopolgraph.actors.UnknownActor: unknown actor 'Kambodja': closest: Kamboja (KHM), ...
    """
    lex = lexicon or load_lexicon()
    given = " ".join(str(text).split())
    if not given:
        raise UnknownActor("an actor must be an id, a name or a person, got an empty value")
    if graph is not None and given in graph:
        return Resolution(given, given, "id")
    for ident in (given, given.upper()):  # "rus" is RUS; a person or place id is no actor id
        if ident in lex.actors and lex.actors[ident].kind not in ("person", "place", "people"):
            return Resolution(given, ident, "id")
    ids = _alias_ids(lex, given)
    if not ids:
        ids = _titled(lex, given)
    if len(ids) == 1:
        return _one(lex, given, ids[0])
    states = {_latest_role(lex.people[i])[0] for i in ids if i in lex.people}
    if len(states) == 1 and all(i in lex.people for i in ids):
        state = states.pop()
        note = f"{given} could be {len(ids)} people, all acting for {state} in their latest role"
        return Resolution(given, state, "person", "", note)
    if ids:
        raise AmbiguousActor(given, [(i, _label(lex, i)) for i in ids])
    named = _graph_names(graph, given.casefold())
    if len(named) == 1:
        return Resolution(given, named[0], "graph name")
    if named:
        assert graph is not None
        raise AmbiguousActor(given, [(n, str(graph.nodes[n].get("name", n))) for n in named])
    if not strict:
        return Resolution(given, given, "as given")
    near = _closest(lex, graph, given)
    hint = f"closest: {', '.join(near)}" if near else "no actor id, name, alias or person has it"
    raise UnknownActor(f"unknown actor {given!r}: {hint}")


def _alias_ids(lex: Lexicon, text: str) -> list[str]:
    """Entity ids whose alias is ``text`` (an all-caps alias only as written), then surnames."""
    entries = lex.aliases.get(alias_tokens(text), [])
    ids = [ident for ident, exact in entries if not exact or exact == text]
    if ids:
        return list(dict.fromkeys(ids))
    people = lex.surnames.get(text.casefold(), [])
    return sorted(people, key=lambda p: _recency(_latest_role(lex.people[p])), reverse=True)


@functools.cache
def _title_roles(directory: str) -> dict[tuple[str, ...], frozenset[str]]:
    """Title tokens -> the people.jsonl role names it denotes (titles.jsonl ``roles``)."""
    out: dict[tuple[str, ...], frozenset[str]] = {}
    with open(f"{directory}/titles.jsonl", encoding="utf-8") as stream:
        for line in stream:
            rec = json.loads(line)
            if rec.get("roles"):
                key = alias_tokens(rec["title"])
                out[key] = out.get(key, frozenset()) | frozenset(rec["roles"])
    return out


def _titled(lex: Lexicon, text: str) -> list[str]:
    """``Presiden Xi``, ``PM Wong``, ``Menlu Wang``: a title, then a name or surname.

    Among several people with that surname, those who held a role the title denotes are kept.
    """
    tokens = alias_tokens(text)
    words = text.split()
    for n in range(min(len(tokens), len(words)) - 1, 0, -1):
        if not any(tokens[:n] in titles for titles in lex.titles.values()):
            continue
        ids = _alias_ids(lex, " ".join(words[n:]))
        roles = _title_roles(str(_lexicon_dir())).get(tokens[:n], frozenset())
        fitting = [
            i for i in ids if i in lex.people and roles & {r[1] for r in lex.people[i].roles}
        ]
        return fitting or ids
    return []


def _one(lex: Lexicon, text: str, ident: str) -> Resolution:
    person = lex.people.get(ident)
    if person is not None:
        if not person.roles:
            raise UnknownActor(f"{text!r} is {person.name}, who has no role for any actor")
        return _from_person(text, person)
    actor = lex.actors.get(ident)
    if actor is not None and actor.kind == "place":
        raise UnknownActor(f"{text!r} is a place ({actor.name}), not an actor")
    if actor is not None and actor.kind == "people":  # "Palestinians": the state's people
        return Resolution(text, actor.country, "alias")
    return Resolution(text, ident, "alias")


def resolve_actor_id(text: str, graph: nx.MultiDiGraph | None = None) -> str:
    """The actor id for ``text`` (:func:`resolve_actor`), announcing any note on stderr. An
    unknown text that looks like an id comes back as given, for the caller's own id check (it
    knows the graph's ids); an unknown name is an :class:`UnknownActor` naming close names.

    >>> resolve_actor_id("Kamboja"), resolve_actor_id("XYZGOV")
    ('KHM', 'XYZGOV')
    """
    resolution = resolve_actor(text, graph, strict=not _looks_like_id(text))
    announce(resolution)
    return resolution.id


def _looks_like_id(text: str) -> bool:
    """``KHM``, ``USAGOV``, ``group:hamas``, ``bq-1a2b:A00100`` (a prefixed id): left for the
    caller's id check when unknown; a name has no colon inside a word.

    >>> [_looks_like_id(t) for t in ("KHM", "group:hamas", "bq-1a2b:A00100", "Kamboja")]
    [True, True, True, False]
    """
    return bool(re.fullmatch(r"[A-Z0-9_.-]+|[\w.-]+:[\w.:-]+", text.strip()))


@functools.cache
def _announce_once(note: str) -> None:
    print(f"geopolgraph: note: {note}", file=sys.stderr)


def announce(resolution: Resolution) -> None:
    """Print the resolution's note (a person taken for their state) once per process."""
    if resolution.note:
        _announce_once(resolution.note)


def _closest(lex: Lexicon, graph: nx.MultiDiGraph | None, text: str) -> list[str]:
    names: dict[str, str] = {}
    for ident, aliases in actor_names(lex).items():
        for alias in aliases:
            names.setdefault(alias.casefold(), f"{alias} ({ident})")
    for node, data in graph.nodes(data=True) if graph is not None else ():
        names.setdefault(str(data.get("name", node)).casefold(), f"{data.get('name')} ({node})")
    hits = difflib.get_close_matches(text.casefold(), list(names), n=3, cutoff=0.6)
    return [names[h] for h in hits]


def actor_table(
    graph: nx.MultiDiGraph,
    search: str | None = None,
    lexicon: Lexicon | None = None,
) -> pd.DataFrame:
    """One row per actor of ``graph``: id, name, kind, country, triples (as source, as target),
    and its other names (the lexicon's aliases, first few). ``search`` keeps actors whose id,
    name or alias contains it (case-insensitive), or the one it resolves to ("Putin" → RUS).

    >>> from geopolgraph.graph.mirror import build_mirror
    >>> from geopolgraph.model import Actor, Triple
    >>> G = build_mirror([Triple("KHM", "ACCUSES", "THA", article_id="a")],
    ...                  {"KHM": Actor("KHM", "Cambodia"), "THA": Actor("THA", "Thailand")})
    >>> actor_table(G, search="kamboja")[["id", "name", "triples", "as_source"]]
        id      name  triples  as_source
    0  KHM  Cambodia        1          1
    """
    lex = lexicon or load_lexicon()
    names = actor_names(lex)
    rows = []
    for node, data in graph.nodes(data=True):
        ident = str(node)
        out_n = graph.out_degree(node)
        in_n = graph.in_degree(node)
        rows.append(
            {
                "id": ident,
                "name": str(data.get("name") or ident),
                "kind": str(data.get("kind") or ""),
                "country": str(data.get("country") or ""),
                "triples": out_n + in_n - graph.number_of_edges(node, node),
                "as_source": out_n,
                "as_target": in_n,
                "aliases": ", ".join(names.get(ident, [])[:6]),
            }
        )
    columns = ["id", "name", "kind", "country", "triples", "as_source", "as_target", "aliases"]
    frame = pd.DataFrame(rows, columns=columns)
    if search:
        frame = frame[_matches(frame, names, search, graph, lex)]
    frame = frame.sort_values(["triples", "id"], ascending=[False, True], kind="stable")
    return frame.reset_index(drop=True)


def actor_names(lex: Lexicon | None = None) -> dict[str, list[str]]:
    """Actor id -> its names as written in actors.jsonl, shortest first (no people, no places;
    a body's names under the actor it rolls up to).

    >>> actor_names()["KHM"][:3]
    ['Kamboja', 'Cambodia', 'Cambodian']
    """
    lex = lex or load_lexicon()
    names = lex.derived.get("actor_names")
    if names is None:
        names = _read_names(str(_lexicon_dir()))
        lex.derived["actor_names"] = names
    return names


@functools.cache
def _read_names(directory: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    with open(f"{directory}/actors.jsonl", encoding="utf-8") as stream:
        for line in stream:
            rec = json.loads(line)
            if "_meta" not in rec:
                key = rec.get("parent") or rec["id"]
                out.setdefault(key, []).extend([rec.get("name", rec["id"]), *rec["aliases"]])
    return {k: sorted(set(v), key=lambda s: (len(s), s)) for k, v in out.items()}


def _matches(
    frame: pd.DataFrame,
    names: Mapping[str, Iterable[str]],
    search: str,
    graph: nx.MultiDiGraph,
    lex: Lexicon,
) -> Any:
    needle = search.strip().casefold()
    try:
        found = resolve_actor(search, graph, lex)
        announce(found)
        resolved = {found.id}
    except InputError as exc:
        resolved = {i for i, _ in getattr(exc, "candidates", [])}
        resolved |= {_latest_role(lex.people[i])[0] for i in resolved if i in lex.people}

    def hit(row: Any) -> bool:
        pool = [row.id, row.name, *names.get(row.id, [])]
        return row.id in resolved or any(needle in str(x).casefold() for x in pool)

    return [hit(row) for row in frame.itertuples(index=False)]
