"""GDELT 2.0 event rows (tab-separated, no header, 61 columns) to Triples.

Each row is one CAMEO-coded event. Both actors are rolled up to project actor ids (DESIGN.md):
the known-group code first (``UNO`` → ``UN``, ``TAL`` → ``group:taliban``), then a known-group
chunk of an IGO/NGO code (``IGOWSTNAT`` → ``NATO``), then the country code (CAMEO uses ISO
alpha-3 but for a few codes mapped in ``lexicon/gdelt_actors.tsv``; regions such as ``EUR``
are not actors). With ``typed=True`` a side that names only an actor type (``COP``, no country)
becomes a typed actor (``group:police``, ``lexicon/gdelt_types.tsv``).

Every row ends in exactly one bucket of :class:`GdeltStats`: a triple, a duplicate event id, a
malformed row (``bad``, the first reason kept), outside ``since``/``until``, or skipped (no
actor, domestic, no relation label). A row of the wrong width, a blank or non-numeric
GLOBALEVENTID, an impossible SQLDATE (``20151399``), a non-numeric EventCode and a numeric
column holding ``nan``/``inf`` or text are malformed; control characters in names are blanked.

>>> row = ["1", "20150218", *[""] * 3, "RUSGOV", "RUSSIA", "RUS", *[""] * 7,
...        "UKR", "UKRAINE", "UKR", *[""] * 7, "1", "190", "190", "19", "4", "-10", "8", "4",
...        "8", "-5", *[""] * 24, "20150218230000", "https://www.example.com/a"]
>>> result = parse_gdelt(["\\t".join(row), "\\t".join(row)], "demo.CSV")
>>> t = result.triples[0]
>>> (t.source, t.relation, t.target, t.cameo, t.quad_class, t.date, t.attributed_to, t.tone)
('RUS', 'ATTACKS', 'UKR', '190', 4, '2015-02-18', 'example.com', -5.0)
>>> result.stats.rows, result.stats.duplicates, result.stats.triples
(2, 1, 1)
"""

from __future__ import annotations

import csv
import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Iterable, MutableMapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from urllib.parse import urlsplit

from geopolgraph.columns import TripleTable
from geopolgraph.errors import LexiconError
from geopolgraph.loaders.lexicons import Lexicon, load_lexicon
from geopolgraph.model import Actor, Article, Triple, triple_id

__all__ = [
    "GDELT_EVENT_COLUMNS",
    "GdeltActorCodes",
    "GdeltOptions",
    "GdeltReader",
    "GdeltResult",
    "GdeltStats",
    "load_actor_codes",
    "load_type_codes",
    "parse_gdelt",
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
_C = {name: i for i, name in enumerate(GDELT_EVENT_COLUMNS)}
_WIDTH = len(GDELT_EVENT_COLUMNS)
_IGO_PREFIXES = ("IGO", "NGO", "IMG", "MNC")
_INTS = ("QuadClass", "NumMentions", "NumSources", "NumArticles")
_FLOATS = ("GoldsteinScale", "AvgTone", "ActionGeo_Lat", "ActionGeo_Long")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class GdeltActorCodes:
    """The ``gdelt_actors.tsv`` table: non-ISO country codes, regions and known groups."""

    countries: dict[str, str]
    regions: frozenset[str]
    groups: dict[str, str]


@dataclass(frozen=True)
class GdeltOptions:
    """How rows are read: domestic events, typed actors, a SQLDATE window (ISO dates)."""

    keep_domestic: bool = False
    typed: bool = False
    since: str | None = None
    until: str | None = None


@dataclass
class GdeltStats:
    """Where every row went: a triple, or the one reason it was not one."""

    rows: int = 0
    triples: int = 0
    typed: int = 0  # triples kept because a side was read as a typed actor (group:police)
    duplicates: int = 0  # a GLOBALEVENTID already read (the first row wins)
    bad: int = 0  # malformed rows; ``first_bad`` says where and why
    out_of_range: int = 0  # SQLDATE outside since/until
    no_actor: int = 0  # Actor1 or Actor2 has no identifiable project actor
    domestic: int = 0  # both actors roll up to the same id (USAGOV → USACOP)
    no_relation: int = 0  # CAMEO code without a relation label (01x statements)
    quad_checked: int = 0
    quad_mismatch: int = 0  # the export's QuadClass differs from the lexicon's
    first_bad: str = ""
    unmapped_codes: Counter[str] = field(default_factory=Counter)

    COUNTS = ("rows", "triples", "typed", "duplicates", "bad", "out_of_range", "no_actor",
              "domestic", "no_relation", "quad_checked", "quad_mismatch")

    def add(self, other: GdeltStats) -> None:
        """Add another file's counts to these."""
        for name in self.COUNTS:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.first_bad = self.first_bad or other.first_bad
        self.unmapped_codes.update(other.unmapped_codes)

    def summary(self) -> str:
        """One line for the CLI: every row is in exactly one bucket.

        >>> print(GdeltStats(rows=4, triples=1, no_actor=1, no_relation=1, duplicates=1,
        ...                  quad_checked=1).summary())
        rows: 4  triples: 1 (typed actors 0)  duplicates: 1  bad: 0  out of range: 0  skipped: 2 ...
        """
        skipped = self.no_actor + self.domestic + self.no_relation
        return (f"rows: {self.rows}  triples: {self.triples} (typed actors {self.typed})  "
                f"duplicates: {self.duplicates}  bad: {self.bad}  "
                f"out of range: {self.out_of_range}  skipped: {skipped} "
                f"(no actor {self.no_actor}, domestic {self.domestic}, "
                f"no relation {self.no_relation})  QuadClass agrees "
                f"{self.quad_checked - self.quad_mismatch}/{self.quad_checked}")


@dataclass
class GdeltResult:
    """Triples (column-wise, a ``Sequence[Triple]``), the actors they name, one Article per
    source URL, stats; ``events`` maps each GLOBALEVENTID read (kept or not) to its triple's
    index, or -1."""

    triples: TripleTable = field(default_factory=TripleTable)
    actors: dict[str, Actor] = field(default_factory=dict)
    articles: dict[str, Article] = field(default_factory=dict)
    stats: GdeltStats = field(default_factory=GdeltStats)
    events: MutableMapping[str, int] = field(default_factory=dict)

    def graph(self):  # -> nx.MultiDiGraph; imported late: rows need no graph library
        """The mirror of these triples, their actors and articles (what ``gdelt`` writes)."""
        from geopolgraph.graph.mirror import build_mirror

        return build_mirror(self.triples, self.actors, self.articles.values())


def _read_table(name: str) -> list[dict[str, str]]:
    path = resources.files("geopolgraph.loaders") / "lexicon" / name
    text = path.read_text(encoding="utf-8")
    return list(csv.DictReader(
        (line for line in text.splitlines() if line.strip() and not line.startswith("#")),
        delimiter="\t", quoting=csv.QUOTE_NONE,
    ))


@cache
def load_actor_codes() -> GdeltActorCodes:
    """Read ``lexicon/gdelt_actors.tsv`` (package data).

    >>> codes = load_actor_codes()
    >>> codes.groups["UNO"], codes.countries["ROM"], "EUR" in codes.regions
    ('UN', 'ROU', True)
    """
    countries: dict[str, str] = {}
    groups: dict[str, str] = {}
    regions: set[str] = set()
    for number, row in enumerate(_read_table("gdelt_actors.tsv"), start=2):
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


@cache
def load_type_codes() -> dict[str, Actor]:
    """Read ``lexicon/gdelt_types.tsv``: CAMEO actor type code → typed actor.

    >>> load_type_codes()["COP"]
    Actor(id='group:police', name='Police', kind='group', country='')
    """
    return {r["code"]: Actor(r["actor"], r["name"], "group") for r in _read_table(
        "gdelt_types.tsv")}


@lru_cache(maxsize=65536)
def _domain(url: str) -> str:
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:  # a malformed URL (an unclosed IPv6 bracket) names no outlet
        return ""
    return host.removeprefix("www.")


@lru_cache(maxsize=65536)
def iso_date(sqldate: str) -> str:
    """``YYYYMMDD`` → ISO, or ``""`` when it is no calendar date (``20151399``).

    >>> iso_date("20150218"), iso_date("20151399"), iso_date("")
    ('2015-02-18', '', '')
    """
    if len(sqldate) != 8 or not sqldate.isdigit():
        return ""
    try:
        return dt.date(int(sqldate[:4]), int(sqldate[4:6]), int(sqldate[6:])).isoformat()
    except ValueError:
        return ""


def clean_text(value: str) -> str:
    """Control characters (NUL, form feed, ESC, C1) become spaces: they break XML and pages.

    >>> clean_text("RUS\\x0cSIA\\x00")
    'RUS SIA'
    """
    return _CONTROL.sub(" ", value).strip() if _CONTROL.search(value) else value


class GdeltReader:
    """The lexicons and tables parsing needs, looked up once for any number of files."""

    def __init__(self, lex: Lexicon | None = None, options: GdeltOptions | None = None) -> None:
        lex = lex or load_lexicon()
        options = options or GdeltOptions()
        self.lex = lex
        self.name = "<gdelt>"
        self.options = options
        self.codes = load_actor_codes()
        self.types = load_type_codes() if options.typed else {}
        self.states = frozenset(a.id for a in lex.actors.values() if a.kind == "state")
        self.relations: dict[str, tuple[str, str, int, float, str] | None] = {}

    def actor_id(self, cols: list[str], side: str) -> tuple[str, bool]:
        """(project id or "", whether it is a typed actor) for one side of a row."""
        code, country = cols[_C[f"{side}Code"]], cols[_C[f"{side}CountryCode"]]
        group = cols[_C[f"{side}KnownGroupCode"]]
        codes = self.codes
        if group and codes.groups.get(group):
            return codes.groups[group], False
        if code[:3] in _IGO_PREFIXES:
            # The most specific known-group chunk wins: IGOUNOIAE is the IAEA, not the UN.
            chunks = [code[i:i + 3] for i in range(3, len(code) - 2, 3)]
            for chunk in reversed(chunks):
                if codes.groups.get(chunk):
                    return codes.groups[chunk], False
            return "", False
        if not country:
            # GDELT fills the country column whenever the code starts with one; a bare prefix
            # is trusted only when it is a known state (GOV, JEW, SEP … are roles and groups).
            prefix = code[:3]
            country = prefix if prefix in self.states or prefix in codes.countries else ""
        if not country:
            typed = self.types.get(cols[_C[f"{side}Type1Code"]])
            return (typed.id, True) if typed else ("", False)
        if len(country) != 3 or not country.isalpha() or not country.isupper():
            return "", False
        if country in codes.regions:
            return "", False
        return codes.countries.get(country, country), False

    def relation(self, code: str) -> tuple[str, str, int, float, str] | None:
        """(relation, plover, quad class, goldstein, description), longest prefix first."""
        if code not in self.relations:
            try:
                record = self.lex.code(code)
            except LexiconError:
                record = None
            self.relations[code] = (
                (record.relation, record.plover, record.quad_class, record.goldstein,
                 record.description) if record and record.relation else None
            )
        return self.relations[code]

    def parse(self, lines: Iterable[str], name: str = "<gdelt>", seen: Iterable[str] = ()
              ) -> GdeltResult:
        """See :func:`parse_gdelt`."""
        return _parse(self, lines, name, seen)

    def actor(self, ident: str, raw_name: str) -> Actor:
        known = self.lex.actors.get(ident)
        if known:
            return known
        for typed in self.types.values():
            if typed.id == ident:
                return typed
        kind = "group" if ident.startswith("group:") else "state" if len(ident) == 3 else "igo"
        return Actor(ident, raw_name.title() or ident, kind, ident if kind == "state" else "")


def _numbers(cols: list[str]) -> tuple[dict[str, float], str]:
    """The numeric columns (empty → absent), or the reason one is not a finite number."""
    out: dict[str, float] = {}
    for name in (*_INTS, *_FLOATS):
        text = cols[_C[name]]
        if not text:
            continue
        try:
            value = int(text) if name in _INTS else float(text)
        except ValueError:
            return out, f"{name} {text[:20]!r} is not a number"
        if not math.isfinite(value):
            return out, f"{name} {text[:20]!r} is not a finite number"
        out[name] = value
    return out, ""


def _check(cols: list[str]) -> str:
    """Why a row of 61 columns is malformed, or ""."""
    event_id = cols[0]
    if not event_id.isdigit():
        return f"GLOBALEVENTID {event_id[:20]!r} is not a number" if event_id \
            else "GLOBALEVENTID is blank"
    if not iso_date(cols[_C["SQLDATE"]]):
        return f"SQLDATE {cols[_C['SQLDATE']][:20]!r} is not a date (YYYYMMDD)"
    code = cols[_C["EventCode"]]
    if not code.isdigit():
        return f"EventCode {code[:20]!r} is not a numeric CAMEO code"
    return ""


def parse_gdelt(
    lines: Iterable[str],
    name: str = "<gdelt>",
    lexicon: Lexicon | None = None,
    keep_domestic: bool = False,
    *,
    options: GdeltOptions | None = None,
    seen: Iterable[str] = (),
) -> GdeltResult:
    """Parse the lines of one GDELT 2.0 event export (``name`` is used in messages).

    A malformed row is counted in ``stats.bad`` (``stats.first_bad`` names file, line and
    reason) and the others are still read; an event id in ``seen`` (read from an earlier file)
    or repeated in this one is counted once, as a duplicate.
    """
    reader = GdeltReader(lexicon, options or GdeltOptions(keep_domestic=keep_domestic))
    return reader.parse(lines, name, seen)


def _parse(ctx: GdeltReader, lines: Iterable[str], name: str, seen: Iterable[str]
           ) -> GdeltResult:
    ctx.name = name
    result = GdeltResult()
    stats = result.stats
    known = seen if isinstance(seen, set | dict) else set(seen)
    for number, line in enumerate(lines, start=1):
        line = line.rstrip("\r\n")
        if not line:  # an empty line (a trailing newline); a row of 60 tabs still counts
            continue
        stats.rows += 1
        cols = line.split("\t")
        reason = (f"expected {_WIDTH} tab-separated columns, got {len(cols)}"
                  if len(cols) != _WIDTH else _check(cols))
        numbers: dict[str, float] = {}
        if not reason:
            numbers, reason = _numbers(cols)
        if reason:
            stats.bad += 1
            stats.first_bad = stats.first_bad or f"line {number} of {name}: {reason}"
            continue
        event_id = cols[0]
        if event_id in result.events or event_id in known:
            stats.duplicates += 1
            continue
        result.events[event_id] = -1
        triple = _triple(cols, numbers, number, ctx, result)
        if triple is not None:
            result.events[event_id] = len(result.triples)
            result.triples.append(triple)
            stats.triples += 1
    return result


def _triple(
    cols: list[str], numbers: dict[str, float], number: int, ctx: GdeltReader, result: GdeltResult
) -> Triple | None:
    """The triple of one well-formed row, or None (the reason counted in ``result.stats``)."""
    stats, opts = result.stats, ctx.options
    date = iso_date(cols[_C["SQLDATE"]])
    if (opts.since and date < opts.since) or (opts.until and date > opts.until):
        stats.out_of_range += 1
        return None
    (source, typed1), (target, typed2) = ctx.actor_id(cols, "Actor1"), ctx.actor_id(cols,
                                                                                     "Actor2")
    for ident, side in ((source, "Actor1"), (target, "Actor2")):
        if not ident and cols[_C[f"{side}Code"]]:
            stats.unmapped_codes[cols[_C[f"{side}Code"]]] += 1
    if not source or not target:
        stats.no_actor += 1
        return None
    if source == target and not opts.keep_domestic:
        stats.domestic += 1
        return None
    code = cols[_C["EventCode"]]
    coded = ctx.relation(code)
    if coded is None:
        stats.no_relation += 1
        return None
    relation, plover, quad_class, lex_goldstein, description = coded
    if "QuadClass" in numbers:
        stats.quad_checked += 1
        stats.quad_mismatch += int(numbers["QuadClass"]) != quad_class
    stats.typed += typed1 or typed2
    names = clean_text(cols[_C["Actor1Name"]]), clean_text(cols[_C["Actor2Name"]])
    url = clean_text(cols[_C["SOURCEURL"]])
    event_id = cols[0]
    article_id = url or f"gdelt:{event_id}"
    domain = _domain(url)
    has_geo = bool(cols[_C["ActionGeo_CountryCode"]])
    triple = Triple(
        source=source, relation=relation, target=target,
        source_mention=names[0], target_mention=names[1],
        cameo=code, plover=plover, quad_class=quad_class,
        goldstein=float(numbers.get("GoldsteinScale", lex_goldstein)),
        date=date, article_id=article_id, line=number,
        # what GDELT coded, in words; the URL is the article's, not repeated here
        evidence=f"{names[0] or source} | {description} | {names[1] or target}",
        attributed_to=domain,
        confidence=round(min(1.0, 0.3 + 0.1 * int(numbers.get("NumSources", 0))), 3),
        tone=round(float(numbers.get("AvgTone", 0.0)), 6),
        num_mentions=int(numbers.get("NumMentions", 0)),
        num_sources=int(numbers.get("NumSources", 0)),
        num_articles=int(numbers.get("NumArticles", 0)),
        geo_country=clean_text(cols[_C["ActionGeo_CountryCode"]])[:8],
        geo_lat=float(numbers.get("ActionGeo_Lat", 0.0)) if has_geo else 0.0,
        geo_long=float(numbers.get("ActionGeo_Long", 0.0)) if has_geo else 0.0,
        # one id per GDELT event: two events of one article never collapse into one edge
        id=triple_id(f"gdelt:{event_id}", 0, source, relation, target),
    )
    for ident, raw in ((source, names[0]), (target, names[1])):
        if ident not in result.actors:
            result.actors[ident] = ctx.actor(ident, raw)
    if article_id not in result.articles:
        result.articles[article_id] = Article(
            id=article_id, text="", source=domain,
            published=iso_date(cols[_C["DATEADDED"]][:8]), url=url, path=ctx.name,
        )
    return triple
