"""GDELT 2.0 event exports (tab-separated, no header, 61 columns) to Triples.

Each row is one CAMEO-coded event. Both actors are rolled up to project actor ids (DESIGN.md):
the known-group code first (``UNO`` → ``UN``, ``TAL`` → ``group:taliban``), then a known-group
chunk of an IGO/NGO code (``IGOWSTNAT`` → ``NATO``), then the country code (CAMEO uses ISO
alpha-3 but for a few codes mapped in ``lexicon/gdelt_actors.tsv``; regions such as ``EUR``
are not actors). Rows whose actors cannot be identified, whose two actors are the same
(domestic events), or whose CAMEO code has no relation label (01x statements but 016) are
skipped and counted in :class:`GdeltStats`.

>>> row = ["1", "20150218", *[""] * 3, "RUSGOV", "RUSSIA", "RUS", *[""] * 7,
...        "UKR", "UKRAINE", "UKR", *[""] * 7, "1", "190", "190", "19", "4", "-10", "8", "4",
...        "8", "-5", *[""] * 24, "20150218230000", "https://www.example.com/a"]
>>> result = parse_gdelt(["\\t".join(row)], "demo.CSV")
>>> t = result.triples[0]
>>> (t.source, t.relation, t.target, t.cameo, t.quad_class, t.date, t.attributed_to)
('RUS', 'ATTACKS', 'UKR', '190', 4, '2015-02-18', 'example.com')
>>> result.stats.rows, result.stats.triples, result.actors["RUS"].name
(1, 1, 'Russia')
>>> result.graph().number_of_edges()
1
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

import networkx as nx

from geopolgraph.errors import InputError, LexiconError
from geopolgraph.graph.mirror import build_mirror
from geopolgraph.loaders.lexicons import Lexicon, load_lexicon
from geopolgraph.model import Actor, Article, Triple, triple_id

__all__ = [
    "GDELT_EVENT_COLUMNS",
    "GdeltActorCodes",
    "GdeltResult",
    "GdeltStats",
    "load_actor_codes",
    "parse_gdelt",
    "read_gdelt",
]

#: The 61 columns of a GDELT 2.0 event export, in order. Source: the GDELT 2.0 Event
#: Database codebook, as ``GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv``
#: (linwoodc3/gdeltPyR, utils/schema_csvs/; ../shared/data/gdelt/ here).
GDELT_EVENT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)
_COL = {name: i for i, name in enumerate(GDELT_EVENT_COLUMNS)}
_IGO_PREFIXES = ("IGO", "NGO", "IMG", "MNC")


@dataclass(frozen=True)
class GdeltActorCodes:
    """The ``gdelt_actors.tsv`` table: non-ISO country codes, regions and known groups."""

    countries: dict[str, str]
    regions: frozenset[str]
    groups: dict[str, str]


@dataclass
class GdeltStats:
    """What happened to every row: kept, or the reason it was skipped."""

    rows: int = 0
    triples: int = 0
    no_actor: int = 0  # Actor1 or Actor2 has no identifiable project actor
    domestic: int = 0  # both actors roll up to the same id (USAGOV → USACOP)
    no_relation: int = 0  # CAMEO code without a relation label (01x statements, unknown codes)
    quad_checked: int = 0
    quad_mismatch: int = 0  # the export's QuadClass differs from the lexicon's
    unmapped_codes: Counter[str] = field(default_factory=Counter)

    def summary(self) -> str:
        """One line for the CLI.

        >>> print(GdeltStats(rows=3, triples=1, no_actor=1, no_relation=1, quad_checked=1)
        ...       .summary())
        rows: 3  triples: 1  skipped: 2 (no actor 1, domestic 0, no relation 1)  QuadClass ...
        """
        skipped = self.no_actor + self.domestic + self.no_relation
        return (f"rows: {self.rows}  triples: {self.triples}  skipped: {skipped} "
                f"(no actor {self.no_actor}, domestic {self.domestic}, "
                f"no relation {self.no_relation})  QuadClass agrees "
                f"{self.quad_checked - self.quad_mismatch}/{self.quad_checked}")


@dataclass
class GdeltResult:
    """Triples, the actors they name (for the mirror), one Article per source URL, stats."""

    triples: list[Triple] = field(default_factory=list)
    actors: dict[str, Actor] = field(default_factory=dict)
    articles: dict[str, Article] = field(default_factory=dict)
    stats: GdeltStats = field(default_factory=GdeltStats)

    def graph(self) -> nx.MultiDiGraph:
        """The mirror of these triples, their actors and articles (what ``gdelt`` writes)."""
        return build_mirror(self.triples, self.actors, self.articles.values())


def load_actor_codes() -> GdeltActorCodes:
    """Read ``lexicon/gdelt_actors.tsv`` (package data).

    >>> codes = load_actor_codes()
    >>> codes.groups["UNO"], codes.countries["ROM"], "EUR" in codes.regions
    ('UN', 'ROU', True)
    """
    path = resources.files("geopolgraph.loaders") / "lexicon" / "gdelt_actors.tsv"
    countries: dict[str, str] = {}
    groups: dict[str, str] = {}
    regions: set[str] = set()
    text = path.read_text(encoding="utf-8")
    rows = csv.DictReader(
        (line for line in text.splitlines() if line.strip() and not line.startswith("#")),
        delimiter="\t", quoting=csv.QUOTE_NONE,
    )
    for number, row in enumerate(rows, start=2):
        kind = row.get("field")
        if kind == "country":
            countries[row["code"]] = row["actor"]
        elif kind == "group":
            groups[row["code"]] = row["actor"]
        elif kind == "region":
            regions.add(row["code"])
        else:
            raise LexiconError(f"gdelt_actors.tsv row {number}: unknown field {kind!r}")
    return GdeltActorCodes(countries, frozenset(regions), groups)


def _actor_id(
    code: str, country: str, group: str, codes: GdeltActorCodes, states: frozenset[str]
) -> str:
    """The project id for one side of a row, or "" when it names no project actor."""
    if group and codes.groups.get(group):
        return codes.groups[group]
    if code[:3] in _IGO_PREFIXES:
        # The most specific known-group chunk wins: IGOUNOIAE is the IAEA, not the UN.
        chunks = [code[i:i + 3] for i in range(3, len(code) - 2, 3)]
        for chunk in reversed(chunks):
            if codes.groups.get(chunk):
                return codes.groups[chunk]
        return ""
    if not country:
        # GDELT fills the country column whenever the code starts with one; a bare prefix is
        # trusted only when it is a known state (GOV, JEW, SEP … are roles and groups).
        prefix = code[:3]
        country = prefix if prefix in states or prefix in codes.countries else ""
    if len(country) != 3 or not country.isalpha() or not country.isupper():
        return ""
    if country in codes.regions:
        return ""
    return codes.countries.get(country, country)


def _domain(url: str) -> str:
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")


def _iso_date(sqldate: str) -> str:
    if len(sqldate) == 8 and sqldate.isdigit():
        return f"{sqldate[:4]}-{sqldate[4:6]}-{sqldate[6:]}"
    return ""


def _int(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        return 0


def _actor(ident: str, raw_name: str, lex: Lexicon) -> Actor:
    known = lex.actors.get(ident)
    if known:
        return known
    kind = "group" if ident.startswith("group:") else "state" if len(ident) == 3 else "igo"
    return Actor(ident, raw_name.title() or ident, kind, ident if kind == "state" else "")


def _relation(code: str, lex: Lexicon) -> tuple[str, str, int, float] | None:
    """(relation, plover, quad class, goldstein) for a CAMEO code, longest prefix first."""
    if not code.isdigit():
        return None
    try:
        record = lex.code(code)
    except LexiconError:
        return None
    if not record.relation:
        return None
    return record.relation, record.plover, record.quad_class, record.goldstein


def parse_gdelt(
    lines: Iterable[str],
    name: str = "<gdelt>",
    lexicon: Lexicon | None = None,
    keep_domestic: bool = False,
) -> GdeltResult:
    """Parse the lines of one GDELT 2.0 event export (``name`` is used in error messages).

    Raises :class:`InputError` on a row that does not have 61 tab-separated columns.
    """
    lex = lexicon or load_lexicon()
    codes = load_actor_codes()
    states = frozenset(a.id for a in lex.actors.values() if a.kind == "state")
    result = GdeltResult()
    stats = result.stats
    for number, line in enumerate(lines, start=1):
        line = line.rstrip("\r\n")
        if not line:  # an empty line (a trailing newline); a row of 60 tabs still counts
            continue
        cols = line.split("\t")
        if len(cols) != len(GDELT_EVENT_COLUMNS):
            raise InputError(f"line {number} of {name}: expected {len(GDELT_EVENT_COLUMNS)} "
                             f"tab-separated columns, got {len(cols)}")
        stats.rows += 1
        row = dict(zip(GDELT_EVENT_COLUMNS, cols, strict=True))
        ends = []
        for side in ("Actor1", "Actor2"):
            code, country = row[f"{side}Code"], row[f"{side}CountryCode"]
            ident = _actor_id(code, country, row[f"{side}KnownGroupCode"], codes,
                             states)
            if not ident and code:
                stats.unmapped_codes[code] += 1
            ends.append(ident)
        source, target = ends
        if not source or not target:
            stats.no_actor += 1
            continue
        if source == target and not keep_domestic:
            stats.domestic += 1
            continue
        coded = _relation(row["EventCode"], lex)
        if coded is None:
            stats.no_relation += 1
            continue
        relation, plover, quad_class, lex_goldstein = coded
        if row["QuadClass"]:
            stats.quad_checked += 1
            stats.quad_mismatch += _int(row["QuadClass"]) != quad_class
        try:
            goldstein = float(row["GoldsteinScale"])
        except ValueError:
            goldstein = lex_goldstein
        url = row["SOURCEURL"]
        event_id = row["GLOBALEVENTID"]
        article_id = url or f"gdelt:{event_id}"
        domain = _domain(url)
        date = _iso_date(row["SQLDATE"])
        triple = Triple(
            source=source, relation=relation, target=target,
            source_mention=row["Actor1Name"], target_mention=row["Actor2Name"],
            cameo=row["EventCode"], plover=plover, quad_class=quad_class, goldstein=goldstein,
            date=date, article_id=article_id, line=number, evidence=url,
            attributed_to=domain,
            confidence=round(min(1.0, 0.3 + 0.1 * _int(row["NumSources"])), 3),
            # one id per GDELT event: two events of one article never collapse into one edge
            id=triple_id(f"gdelt:{event_id}", 0, source, relation, target),
        )
        result.triples.append(triple)
        stats.triples += 1
        for ident, raw in ((source, row["Actor1Name"]), (target, row["Actor2Name"])):
            if ident not in result.actors:
                result.actors[ident] = _actor(ident, raw, lex)
        if article_id not in result.articles:
            published = _iso_date(row["DATEADDED"][:8])
            result.articles[article_id] = Article(
                id=article_id, text="", source=domain, published=published, url=url,
                path=name,
            )
    return result


def _open_lines(path: Path) -> Iterator[str]:
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as archive:
            members = [m for m in archive.namelist() if not m.endswith("/")]
            if len(members) != 1:
                raise InputError(f"{path}: expected one export in the zip, found {len(members)}")
            with archive.open(members[0]) as raw:
                yield from io.TextIOWrapper(raw, encoding="utf-8", errors="replace", newline="")
        return
    with path.open(encoding="utf-8", errors="replace", newline="") as stream:
        yield from stream


def read_gdelt(
    paths: str | Path | Iterable[str | Path],
    lexicon: Lexicon | None = None,
    keep_domestic: bool = False,
) -> GdeltResult:
    """Read one or more export files (``.CSV`` or the ``.CSV.zip`` GDELT serves), merged.

    >>> read_gdelt("no/such.export.CSV")
    Traceback (most recent call last):
    ...
    geopolgraph.errors.InputError: no/such.export.CSV: no such file
    """
    if isinstance(paths, str | Path):
        paths = [paths]
    merged = GdeltResult()
    for path in map(Path, paths):
        if not path.is_file():
            raise InputError(f"{path}: no such file")
        part = parse_gdelt(_open_lines(path), str(path), lexicon, keep_domestic)
        merged.triples.extend(part.triples)
        merged.actors.update(part.actors)
        for key, article in part.articles.items():
            merged.articles.setdefault(key, article)
        s, p = merged.stats, part.stats
        for name in ("rows", "triples", "no_actor", "domestic", "no_relation",
                     "quad_checked", "quad_mismatch"):
            setattr(s, name, getattr(s, name) + getattr(p, name))
        s.unmapped_codes.update(p.unmapped_codes)
    return merged
