"""Load the lexicon data files shipped in ``geopolgraph/loaders/lexicon/``.

Each file names its sources and licence in a header (``#`` lines for TSV, a ``_meta`` record for
JSON Lines). :class:`Lexicon` bundles them with the look-up tables the extractor needs; it is
built once and shared (``load_lexicon()`` caches it).

>>> lex = load_lexicon()
>>> lex.actors["RUS"].kind, lex.cameo["130"].plover, lex.cameo["130"].quad_class
('state', 'THREATEN', 3)
"""

from __future__ import annotations

import csv
import functools
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from geopolgraph.errors import LexiconError
from geopolgraph.loaders.text import tokenize
from geopolgraph.model import RELATIONS, Actor

__all__ = [
    "FRAME_NAMES",
    "GAP",
    "NOT_AN_EVENT",
    "CameoCode",
    "Furniture",
    "Lexicon",
    "Person",
    "RelationPattern",
    "RelationProps",
    "lexicon_file",
    "load_lexicon",
    "tsv_rows",
]

GAP = "…"
#: The relation of an idiom that only looks like a cue ("struck a … tone"): matched, then ignored.
NOT_AN_EVENT = "NONE"
#: CAMEO 043, host a visit: the host receives the guest (its VISITS run from guest to host).
HOSTED_VISIT = "043"
#: The frames a relation pattern may name. The extractor registers one handler per name
#: (``extract/frames.py``); a pattern naming another frame is a load error.
FRAME_NAMES = frozenset({"active", "passive", "noun", "receive", "agent", "charge", "modal"})


def alias_tokens(text: str) -> tuple[str, ...]:
    """Lower-cased tokens of an alias or pattern, split as the extractor splits text."""
    return tuple(t.lower for t in tokenize(text))


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    description: str
    goldstein: float
    plover: str
    quad_class: int
    relation: str


@dataclass(frozen=True, slots=True)
class RelationPattern:
    lang: str
    tokens: tuple[str, ...]
    relation: str
    cameo: str
    frame: str
    source: str = ""  # where the entry comes from (a file's source column, else its header)

    @property
    def text(self) -> str:
        return " ".join(self.tokens)


@dataclass(frozen=True, slots=True)
class RelationProps:
    """Every property of one relation label (a row of ``relations.tsv``)."""

    relation: str
    cameo_root: str
    inverse: str
    reciprocal: bool
    dialogue: bool
    aimed_at_doer: bool
    object_control: bool
    not_asserted: bool
    place_target: bool
    talk: bool
    description: str
    #: nothing below it in the parse is asserted ("membantah tuduhan … bahwa …")
    denial: bool = False
    #: an act of saying: rejecting or denying a noun of it presupposes it was said
    said: bool = False
    #: it answers what was said to its subject ("membantah tuduhan AS": USA ACCUSES the subject)
    answers: bool = False
    #: a phrase of nearness or a frontier names its target ("drills near Taiwan")
    near_target: bool = False
    #: the origin of goods it falls on names its target ("tarif impor barang China")
    goods_target: bool = False
    #: the owner of the goods or forces its noun's of-phrase names did it ("the sale of US
    #: weapons to Taiwan")
    goods_owner: bool = False
    #: the subject of a conditional clause after it is its target ("threatened to retaliate if
    #: the US …")
    if_target: bool = False


_FLAGS = ("reciprocal", "dialogue", "aimed_at_doer", "object_control", "not_asserted",
          "place_target", "talk")
_NO_PROPS = RelationProps(
    NOT_AN_EVENT, "", "", **dict.fromkeys(_FLAGS, False), description="an idiom, not an event"
)


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    name: str
    surname: str
    roles: tuple[tuple[str, str, str, str], ...]  # (actor, role, from, to)

    def acts_for(self, date: str) -> str:
        """The actor this person acts for on ``date`` (ISO); the latest role when unknown."""
        best = ""
        for actor, _role, start, end in self.roles:
            if not date or ((not start or start <= date) and (not end or date <= end)):
                return actor
            best = best or actor
        return best


@dataclass
class Furniture:
    """Page-furniture line patterns (furniture.jsonl).

    ``classify(line)`` says ``""`` (content), ``"line"`` (drop it), ``"block:N"`` (drop it and
    the N lines after it: a related-stories header and its headlines) or ``"rest"``.
    Datelines (action ``strip-prefix``) stay content, but name no actor: ``dateline_end(line)``
    says where the one opening ``line`` ends (0: none).
    """

    patterns: list[tuple[re.Pattern[str], str]] = field(default_factory=list)
    datelines: list[re.Pattern[str]] = field(default_factory=list)

    def classify(self, line: str) -> str:
        for pattern, verdict in self.patterns:
            if pattern.search(line):
                return verdict
        return ""

    def dateline_end(self, line: str) -> int:
        """Where the dateline opening ``line`` ends ("MOSCOW - Putin …": 9), else 0.

        >>> load_lexicon().furniture.dateline_end("HANOI - Vietnam protested.")
        8
        """
        for pattern in self.datelines:
            found = pattern.match(line)
            if found:
                return found.end()
        return 0


@dataclass
class Lexicon:
    """Every lexicon the extractor reads, with look-up tables built once."""

    actors: dict[str, Actor]
    people: dict[str, Person]
    #: alias tokens -> list of (entity id, exact surface form when matched case-sensitively)
    aliases: dict[tuple[str, ...], list[tuple[str, str]]]
    titles: dict[str, dict[tuple[str, ...], str]]  # lang -> title tokens -> kind
    relations: dict[str, list[RelationPattern]]  # lang -> patterns
    cameo: dict[str, CameoCode]
    grammar: dict[str, dict[str, Any]]
    furniture: Furniture
    #: relation label -> its properties (relations.tsv)
    relation_props: dict[str, RelationProps] = field(default_factory=dict)
    surnames: dict[str, list[str]] = field(default_factory=dict)  # lower surname -> person ids
    #: lower last word of a person's full name -> person ids ("widodo": Joko Widodo, whose
    #: curated surname is "Jokowi"); read after a title only ("Mr Widodo")
    last_names: dict[str, list[str]] = field(default_factory=dict)
    #: lang -> title tokens -> the roles (people.jsonl's) the title names ("PM": Prime Minister)
    title_roles: dict[str, dict[tuple[str, ...], frozenset[str]]] = field(default_factory=dict)
    max_alias_len: int = 1
    #: first token -> alias lengths starting with it, longest first (a fast pre-check)
    alias_lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)
    title_lengths: dict[str, dict[str, tuple[int, ...]]] = field(default_factory=dict)
    #: the first two tokens of every alias of two or more (a second pre-check: "a" starts many)
    alias_pairs: frozenset[tuple[str, str]] = frozenset()
    #: tables other modules derive from this lexicon, built once per lexicon (not per id())
    derived: dict[Any, Any] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self.alias_lengths = _lengths_by_first(self.aliases)
        self.alias_pairs = frozenset((k[0], k[1]) for k in self.aliases if len(k) >= 2)
        self.title_lengths = {lang: _lengths_by_first(t) for lang, t in self.titles.items()}

    def props(self, relation: str) -> RelationProps:
        """The properties of ``relation`` (an idiom's ``NONE`` has none set).

        >>> load_lexicon().props("ATTACKS").reciprocal, load_lexicon().props("RECEIVES").inverse
        (True, 'SUPPLIES')
        """
        return self.relation_props.get(relation, _NO_PROPS)

    def code(self, cameo: str) -> CameoCode:
        """The CAMEO record for ``cameo``, falling back to its parent codes."""
        for end in range(len(cameo), 1, -1):
            found = self.cameo.get(cameo[:end])
            if found:
                return found
        raise LexiconError(f"unknown CAMEO code {cameo!r}")


def _lengths_by_first(table: Any) -> dict[str, tuple[int, ...]]:
    lengths: dict[str, set[int]] = {}
    for key in table:
        lengths.setdefault(key[0], set()).add(len(key))
    return {first: tuple(sorted(ls, reverse=True)) for first, ls in lengths.items()}


def _lexicon_dir() -> Path:
    """The packaged lexicons, or the folder ``GEOPOLGRAPH_LEXICON_DIR`` names (own lexicons)."""
    override = os.environ.get("GEOPOLGRAPH_LEXICON_DIR")
    if override:
        return Path(override)
    return Path(str(resources.files("geopolgraph.loaders") / "lexicon"))


def lexicon_file(name: str) -> Path:
    """The path of lexicon data file ``name`` (in ``GEOPOLGRAPH_LEXICON_DIR`` when set)."""
    return _lexicon_dir() / name


def _read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as stream:
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise LexiconError(f"line {number} of {path}: {exc.msg}") from None
            if "_meta" not in record:
                yield record


def _read_tsv(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as stream:
        lines = (line for line in stream if line.strip() and not line.startswith("#"))
        yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)


def _load_cameo(directory: Path) -> dict[str, CameoCode]:
    table = {}
    for row in _read_tsv(directory / "cameo.tsv"):
        table[row["cameo"]] = CameoCode(
            row["cameo"], row["description"], float(row["goldstein"]), row["plover"],
            int(row["quad_class"]), row["relation"],
        )
    return table


def tsv_rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number in the file, row) for each data row of a TSV with a header row (lines
    starting with ``#`` are comments).

    >>> next(tsv_rows(lexicon_file("particles_id.tsv")))
    (8, {'word': 'adakah', 'split': '1', 'whole': '0'})
    """
    with path.open(encoding="utf-8", newline="") as stream:
        numbered = [(n, line) for n, line in enumerate(stream, start=1)
                    if line.strip() and not line.startswith("#")]
    if not numbered:
        return
    header = numbered[0][1].rstrip("\r\n").split("\t")
    for number, line in numbered[1:]:
        values = line.rstrip("\r\n").split("\t")
        if len(values) > len(header):
            raise LexiconError(f"line {number} of {path}: {len(values)} fields, expected "
                               f"{len(header)}")
        yield number, dict(zip(header, values + [""] * (len(header) - len(values)), strict=True))


def _header_source(path: Path) -> str:
    """The ``# Source:`` line of a lexicon file's header, for entries with no source column."""
    with path.open(encoding="utf-8") as stream:
        for line in stream:
            if not line.startswith("#"):
                break
            if line.lower().startswith(("# source:", "# sources:")):
                return line.split(":", 1)[1].strip()
    return path.name


def _load_relation_props(directory: Path) -> dict[str, RelationProps]:
    path = directory / "relations.tsv"
    if not path.is_file():  # an own lexicon folder without one uses the packaged table
        path = Path(str(resources.files("geopolgraph.loaders") / "lexicon" / "relations.tsv"))
    props: dict[str, RelationProps] = {}
    for number, row in tsv_rows(path):
        label = row.get("relation", "")
        if label not in RELATIONS:
            raise LexiconError(f"line {number} of {path}: unknown relation {label!r}")
        if label in props:
            raise LexiconError(f"line {number} of {path}: {label} listed twice")
        flags: dict[str, bool] = {}
        for name in _FLAGS:
            if row.get(name) not in ("yes", "no"):
                raise LexiconError(f"line {number} of {path}: {name} must be yes or no")
            flags[name] = row[name] == "yes"
        inverse = row.get("inverse", "")
        if inverse and inverse not in RELATIONS:
            raise LexiconError(f"line {number} of {path}: unknown inverse {inverse!r}")
        optional: dict[str, bool] = {}
        # optional: older tables have none of them
        for name in ("denial", "said", "answers", "near_target", "goods_target", "goods_owner",
                     "if_target"):
            value = row.get(name) or "no"
            if value not in ("yes", "no"):
                raise LexiconError(f"line {number} of {path}: {name} must be yes or no")
            optional[name] = value == "yes"
        props[label] = RelationProps(label, row.get("cameo_root", ""), inverse, **flags,
                                     description=row.get("description", ""), **optional)
    missing = [r for r in RELATIONS if r not in props]
    if missing:
        raise LexiconError(f"{path}: no row for {', '.join(missing)}")
    return props


def _load_relations(directory: Path) -> dict[str, list[RelationPattern]]:
    patterns: dict[str, list[RelationPattern]] = {}
    for path in sorted(directory.glob("relations_*.tsv")):
        default_source = _header_source(path)
        for number, row in tsv_rows(path):
            relation = row.get("relation", "")
            if relation not in RELATIONS and relation != NOT_AN_EVENT:
                raise LexiconError(f"line {number} of {path}: unknown relation {relation!r}")
            frame = row.get("frame") or "active"
            if frame not in FRAME_NAMES:
                raise LexiconError(f"line {number} of {path}: unknown frame {frame!r} (known: "
                                   f"{', '.join(sorted(FRAME_NAMES))})")
            if not row.get("pattern", "").strip():
                raise LexiconError(f"line {number} of {path}: empty pattern")
            tokens = tuple(GAP if t == GAP else t for t in row["pattern"].lower().split())
            expanded: list[str] = []
            for t in tokens:
                expanded.extend([GAP] if t == GAP else alias_tokens(t))
            patterns.setdefault(row["lang"], []).append(
                RelationPattern(row["lang"], tuple(expanded), relation, row["cameo"], frame,
                                row.get("source") or default_source)
            )
    return patterns


_INITIAL = re.compile(r"(?<=[\w.] )([A-Z])\.(?= \w)")


def _add_alias(table: dict[tuple[str, ...], list[tuple[str, str]]], alias: str, ident: str) -> int:
    tokens = alias_tokens(alias)
    if not tokens:
        return 0
    # An all-caps alias ("AS", "US", "PBB") matches only as written; others ignore case.
    letters = [c for c in alias if c.isalpha()]
    exact = alias if letters and all(c.isupper() for c in letters) and len(letters) <= 6 else ""
    entries = table.setdefault(tokens, [])
    if (ident, exact) not in entries:
        entries.append((ident, exact))
    return len(tokens)


@functools.lru_cache(maxsize=4)
def load_lexicon(directory: str | None = None) -> Lexicon:
    """Read every lexicon file (from the package unless ``directory`` is given)."""
    root = Path(directory) if directory else _lexicon_dir()
    actors: dict[str, Actor] = {}
    aliases: dict[tuple[str, ...], list[tuple[str, str]]] = {}
    longest = 1
    for rec in _read_jsonl(root / "actors.jsonl"):
        actor = Actor(rec["id"], rec.get("name", rec["id"]), rec.get("kind", "state"),
                      rec.get("country", ""))
        actors[actor.id] = actor
        # GUIDE.md: UN organs and staff roll up to the UN ("parent")
        target = rec.get("parent") or actor.id
        for alias in [actor.name, *rec.get("aliases", [])]:
            longest = max(longest, _add_alias(aliases, alias, target))
        if rec.get("people"):
            # "Palestinians": the state's people, a kind of its own (never its agent)
            folk = Actor(f"people:{actor.id}", rec["people"][0], "people", actor.id)
            actors[folk.id] = folk
            for alias in rec["people"]:
                longest = max(longest, _add_alias(aliases, alias, folk.id))
    places = root / "places.jsonl"
    for rec in _read_jsonl(places) if places.is_file() else iter(()):
        # "state": the state a place lies in ("Jalur Gaza": PSE), as a destination
        actors[rec["id"]] = Actor(rec["id"], rec.get("name", rec["id"]), "place",
                                  rec.get("state", ""))
        for alias in rec.get("aliases", []):
            longest = max(longest, _add_alias(aliases, alias, rec["id"]))
    people: dict[str, Person] = {}
    surnames: dict[str, list[str]] = {}
    last_names: dict[str, list[str]] = {}
    for rec in _read_jsonl(root / "people.jsonl"):
        roles = tuple(
            (r["actor"], r.get("role", ""), r.get("from", "") or "", r.get("to", "") or "")
            for r in rec.get("roles", [])
        )
        person = Person(rec["id"], rec.get("name", rec["id"]), rec.get("surname", ""), roles)
        people[person.id] = person
        actors.setdefault(person.id, Actor(person.id, person.name, "person",
                                           roles[-1][0] if roles else ""))
        for alias in [person.name, *rec.get("aliases", [])]:
            longest = max(longest, _add_alias(aliases, alias, person.id))
            # "George W Bush": a middle initial is often written without its full stop
            bare = _INITIAL.sub(r"\1", alias)
            if bare != alias:
                longest = max(longest, _add_alias(aliases, bare, person.id))
        if person.surname:
            surnames.setdefault(person.surname.lower(), []).append(person.id)
        if len(person.name.split()) > 1:
            last_names.setdefault(person.name.split()[-1].lower(), []).append(person.id)
    titles: dict[str, dict[tuple[str, ...], str]] = {}
    title_roles: dict[str, dict[tuple[str, ...], frozenset[str]]] = {}
    for rec in _read_jsonl(root / "titles.jsonl"):
        key = alias_tokens(rec["title"])
        titles.setdefault(rec.get("lang", "id"), {})[key] = rec.get("kind", "official")
        if rec.get("roles"):
            title_roles.setdefault(rec.get("lang", "id"), {})[key] = frozenset(rec["roles"])
    furniture = Furniture()
    for rec in _read_jsonl(root / "furniture.jsonl"):
        try:
            pattern = re.compile(rec["pattern"])
        except re.error as exc:
            raise LexiconError(f"furniture.jsonl: bad pattern {rec['pattern']!r}: {exc}") from None
        action = rec.get("action", "drop-line")
        if action == "drop-block":
            furniture.patterns.append((pattern, f"block:{int(rec.get('following', 0))}"))
        elif action == "drop-rest":
            furniture.patterns.append((pattern, "rest"))
        elif action == "drop-line":
            furniture.patterns.append((pattern, "line"))
        elif action == "strip-prefix":
            furniture.datelines.append(pattern)
    grammar = {}
    for path in root.glob("grammar_*.json"):
        lang = path.stem.split("_", 1)[1]
        grammar[lang] = json.loads(path.read_text(encoding="utf-8"))
    return Lexicon(
        actors=actors, people=people, aliases=aliases, titles=titles,
        relations=_load_relations(root), cameo=_load_cameo(root), grammar=grammar,
        furniture=furniture, relation_props=_load_relation_props(root), surnames=surnames,
        last_names=last_names,
        title_roles=title_roles, max_alias_len=longest,
    )
