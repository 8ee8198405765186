"""Derive the actor, people, title and furniture lexicons from public dictionaries.

Run from the repository root (re-runnable; output is deterministic)::

    .venv/bin/python tools/derive_lexicons.py [--phoenix-dir DIR] [--out DIR]

Inputs:
- PETRARCH2 Phoenix dictionaries (``Phoenix.*.actors.txt``, ``Phoenix.agents.txt``; MIT, Open Event
  Data Alliance), by default from ``/work/shared/data/petrarch2``.
- pycountry (LGPL-2.1; ISO 3166-1 data from Debian's iso-codes), only here: it is not a runtime
  dependency of geopolgraph.
- Babel (BSD-3-Clause), which ships the Unicode CLDR (Unicode License v3): English and Indonesian
  country, territory and region names (``Locale('id').territories``).
- countryinfo (MIT, data compiled from Wikipedia): English demonyms ("North Korean").
- Hand-curated tables beside this script: ``curated_states.tsv``, ``curated_actors.tsv``,
  ``curated_people.tsv``, ``curated_titles.tsv``,
``curated_furniture.tsv``, ``curated_places.tsv`` (geopolgraph authors, MIT).

Install the inputs with ``pip install -e '.[lexicons]'``. Every alias keeps its sources: actor,
person and place records carry ``alias_sources`` ({alias: [source key, ...]}), titles a
``source``; the keys are those of the header's ``sources`` list.

Outputs (JSONL, first line a ``{"_meta": ...}`` header) in ``geopolgraph/loaders/lexicon/``:
``actors.jsonl``, ``people.jsonl``, ``titles.jsonl``, ``furniture.jsonl``, ``places.jsonl``.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import gettext
import json
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pycountry
from babel import Locale
from countryinfo import CountryInfo
from countryinfo.exceptions import CountryNotFoundError

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_PHOENIX = Path("/work/shared/data/petrarch2")
DEFAULT_OUT = ROOT / "geopolgraph" / "loaders" / "lexicon"

SRC_PHOENIX = {
    "key": "phoenix",
    "name": "PETRARCH2 Phoenix dictionaries (Phoenix.*.actors.txt, Phoenix.agents.txt)",
    "url": "https://github.com/openeventdata/petrarch2/tree/master/petrarch2/data/dictionaries",
    "license": "MIT, Copyright (c) 2014 Open Event Data Alliance",
}
SRC_PYCOUNTRY = {
    "key": "pycountry",
    "name": "pycountry (ISO 3166-1 names and Indonesian translations from Debian iso-codes)",
    "url": "https://github.com/pycountry/pycountry",
    "license": "LGPL-2.1 (pycountry and iso-codes data)",
}
SRC_CURATED = {
    "key": "curated",
    "name": "hand-curated tables in tools/curated_*.tsv",
    "url": "tools/",
    "license": "MIT, geopolgraph authors",
}
SRC_CLDR = {
    "key": "cldr",
    "name": "Unicode CLDR territory names (English and Indonesian), as shipped by Babel "
    + "(Locale(lang).territories)",
    "url": "https://cldr.unicode.org/ (via https://babel.pocoo.org/)",
    "license": "Unicode License v3 (CLDR data); Babel is BSD-3-Clause",
}
SRC_COUNTRYINFO = {
    "key": "countryinfo",
    "name": "countryinfo (English demonyms per country)",
    "url": "https://github.com/porimol/countryinfo",
    "license": "MIT, Copyright (c) 2018 Porimol Chandro (data compiled from Wikipedia)",
}
CLDR_LANGS = ("en", "id")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Lower-case words of English and Indonesian that no case-insensitive alias may equal. The test
# suite keeps its own copy of a (smaller) list; keep this one the superset.
STOPWORDS = _words(
    """
    a an and are as at be but by for from has he her his i in is it its of on or our she
    that the their them they this to us was we were who will with man may can new said say
    says after before over under against between about all any some more most other ada
    adalah agar akan akar antara atas atau bagi bahwa baru beberapa belum bisa dalam dan
    dari dengan di dia detik ini itu ia juga kami kata ke kita lagi lain lalu masih mereka
    negara oleh pada para saat sama satu sebagai sejak selain serta setelah sudah tak tahun
    tapi telah tengah tetapi tidak untuk yang coba raja putra putri dewan menteri presiden
    pemerintah guardian lima chili let jem kia truss pence tusk
    """
)
# Exact aliases removed wherever they come from (pycountry names, Phoenix, an actor's own name).
DROP_EXACT = frozenset(
    {
        "chili",
        "congo",
        "antara",
        "detik",
        "guardian",
        "korea",
        "the nation",
        "cad",
        "central african",
    }
)
# Demonym endings with no plural of their own ("the Chinese", "the British", "the Swiss").
NO_PLURAL = ("ese", "ish", "sh", "ch", "s", "x", "z", "ic", "y")
# Risky aliases kept anyway (needed, rarely a common word in news); listed in the header.
RISKY_KEPT = [
    "Turkey",
    "Jordan",
    "Georgia",
    "Chad",
    "Niger",
    "Guinea",
    "China (lower-case china)",
    "Trump",
    "Gallant",
    "Amerika (matches inside 'Amerika Latin')",
    "America (Latin, South, North and Central America and the Americas are places)",
    "Inggris ('bahasa Inggris')",
    "Security Council (also national security councils)",
    "Washington",
    "Wellington",
    "Quad",
    "Retno",
    "Sugiono",
    "Polish (a one-word alias matches only capitalised: 'polish' the verb never does)",
]
# Aliases deliberately left out: ambiguous between actors or equal to common words.
DROPPED_ALIASES = [
    "Congo (COG or COD)",
    "Korea (PRK or KOR)",
    "Chili (English 'chili'; Indonesian Cile kept)",
    "Cad",
    "Polish",
    "Dominican (DMA or DOM)",
    "CAR",
    "Central African",
    "Lima (Indonesian 'five')",
    "Male (Maldives)",
    "Victoria",
    "Kingston",
    "Georgetown",
    "Santiago",
    "Sofia",
    "La Paz",
    "San Jose",
    "Tripoli (LBY or Lebanon)",
    "Sanaa (Houthi-held)",
    "Jerusalem/Yerusalem (contested)",
    "Brussels/Brussel (BEL or EU)",
    "The Hague/Den Haag (ICJ/ICC)",
    "DPR (Indonesian parliament or Donetsk People's Republic)",
    "IS (Islamic State)",
    "RSF (Reporters Without Borders)",
    "SDF",
    "KIA",
    "LeT",
    "JeM",
    "Wagner (bare)",
    "Dewan Keamanan (bare; kept as a title)",
    "Dewan Eropa (Council of Europe)",
    "Antara (Indonesian 'between'; ANTARA kept)",
    "Detik (Indonesian 'second')",
    "Guardian (bare)",
    "The Nation (bare)",
    "ST",
    "Inquirer",
    "Jihad Islam",
    "Xi/Kim/Lee/Li/Wang/Park (bare)",
    "Truss",
    "Pence",
    "Tusk",
    "Akar (Indonesian 'root')",
    "Airlangga (a university)",
    "Halimah (a common given name)",
]
COMMON_SURNAMES = _words(
    """
    kim lee li wang park zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo lin he
    nguyen tran le pham hoang phan vu dang bui do ho ngo duong ly choi jung kang cho yoon
    jang lim han oh seo shin kwon hwang ahn song yoo hong jeon ko moon son bae baek heo nam
    ri singh khan ali ahmed ahmad mohammed muhammad hassan hussein abdullah rahman islam das
    smith johnson williams brown jones miller davis wilson moore taylor anderson thomas
    jackson white harris martin thompson garcia martinez robinson clark rodriguez lewis
    walker young allen king wright scott green baker adams nelson hill campbell mitchell
    roberts carter phillips evans turner torres parker collins edwards stewart morris murphy
    cook rogers tan ng wong chan goh teo koh ong abe sato suzuki takahashi tanaka watanabe
    ito yamamoto nakamura kobayashi kato hun sharif dar price bruce hunt may cameron johnson
    wallace cooper kerry austin sullivan michel costa charles francis ban
    """
)
TITLE_WORDS = _words(
    """
    president presidents prime minister ministers premier ambassador secretary general
    chancellor king queen prince princess sheikh sheik emir sultan mr mr. mrs ms dr dr. gen
    gen. general colonel col. lt lt. admiral marshal chairman chief head leader spokesman
    spokeswoman spokesperson deputy vice foreign defense defence former acting envoy
    governor senator senior official commander sayyid sayyed seyyed ayatollah amb amb. sec
    sec. hon
    """
)
EAST_ASIAN_SURNAME_FIRST = frozenset({"CHN", "PRK", "KOR", "TWN", "VNM"})
# The countries whose Phoenix government and military people are imported.
PEOPLE_COUNTRIES = _words(
    """
    ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA BRN KHM LAO
    MYS MMR PHL SGP THA VNM TLS PRK ISR IRN UKR
    """
)
PHOENIX_ROLE_KINDS = {"GOV": "Government", "MIL": "Military"}
MIN_ROLE_END = dt.date(2000, 1, 1)


# --------------------------------------------------------------------------- helpers
def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a tab-separated file whose header is the first line not starting with '#'."""
    with path.open(encoding="utf-8") as fh:
        lines = [ln for ln in fh if not ln.startswith("#") and ln.strip()]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [{k: (v or "").strip() for k, v in row.items() if k} for row in reader]


def split_list(cell: str, sep: str = "|") -> list[str]:
    return [x.strip() for x in cell.split(sep) if x.strip()] if cell else []


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", ascii_fold(text).lower()).strip("-")


def is_all_caps(alias: str) -> bool:
    """The matcher's rule: an alias without lower-case letters is matched case-sensitively."""
    return any(c.isalpha() for c in alias) and not any(c.islower() for c in alias)


def alias_key(alias: str) -> str:
    alias = " ".join(alias.split())
    return alias if is_all_caps(alias) else alias.casefold()


def dedupe(items: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        item = " ".join(item.split())
        key = item if is_all_caps(item) else item.casefold()
        if item and key not in seen:
            seen.add(key)
            out.append(item)
    return out


def add_aliases(rec: dict, texts: Iterable[str], source: str) -> None:
    """Append ``texts`` to ``rec["aliases"]`` (first spelling of a key wins) noting ``source``.

    The sources live in ``rec["_src"]`` (alias key -> source keys) until
    :func:`finish_sources` turns them into the written ``alias_sources``.
    """
    src = rec.setdefault("_src", {})
    aliases = rec.setdefault("aliases", [])
    for text in texts:
        text = " ".join(text.split())
        if not text:
            continue
        key = alias_key(text)
        if key not in src:
            src[key] = []
        if not any(alias_key(a) == key for a in aliases):
            aliases.append(text)
        if source not in src[key]:
            src[key].append(source)


def finish_sources(records: list[dict], problems: list[str]) -> None:
    """Replace the working ``_src`` map by ``alias_sources`` for the aliases that survived."""
    for rec in records:
        src = rec.pop("_src", {})
        rec["alias_sources"] = {a: sorted(src.get(alias_key(a), [])) for a in rec["aliases"]}
        missing = [a for a, keys in rec["alias_sources"].items() if not keys]
        if missing:
            problems.append(f"{rec['id']}: aliases without a source: {missing}")


def write_jsonl(path: Path, meta: dict, records: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({"_meta": meta}, ensure_ascii=False) + "\n")
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


# --------------------------------------------------------------------------- Phoenix parsing
@dataclass
class PhoenixEntry:
    name: str
    aliases: list[str] = field(default_factory=list)
    roles: list[tuple[str, str]] = field(default_factory=list)  # (code, date spec)
    source: str = ""


ROLE_RE = re.compile(r"\[([^\]]*)\]")


def parse_phoenix_actors(path: Path) -> list[PhoenixEntry]:
    """Parse a TABARI/PETRARCH ``.actors`` file into entries (header, + aliases, [roles])."""
    entries: list[PhoenixEntry] = []
    current: PhoenixEntry | None = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        text = line.split("#", 1)[0].rstrip()
        roles = [
            (tok.split()[0], " ".join(tok.split()[1:]))
            for tok in ROLE_RE.findall(text)
            if tok.split() and tok.split()[0] != "---"
        ]
        head = ROLE_RE.sub("", text).strip()
        if line.startswith("+"):
            if current is not None and head[1:].strip():
                current.aliases.append(head[1:].strip())
            continue
        if line.startswith("["):
            if current is not None:
                current.roles.extend(roles)
            continue
        current = PhoenixEntry(name=head, roles=roles, source=path.name)
        entries.append(current)
    return entries


def phoenix_text(token: str) -> str:
    """``VLADIMIR_V._PUTIN_`` → ``Vladimir V. Putin``; short acronyms stay upper-case."""
    text = re.sub(r"\([^)]*\)", " ", token.replace("_", " "))
    text = " ".join(text.replace("+", " ").split())
    if not text:
        return ""
    if " " not in text and len(text) <= 5 and text.isupper():
        return text
    return " ".join(w if w in {"UN", "EU", "US", "UK"} else smart_title(w) for w in text.split())


def smart_title(word: str) -> str:
    """``AL-QAEDA`` → ``Al-Qaeda``, ``PEOPLE'S`` → ``People's`` (str.title gives People'S)."""
    return "-".join(p[:1].upper() + p[1:].lower() for p in word.split("-"))


def parse_phoenix_date(text: str) -> dt.date | None:
    text = text.strip()
    try:
        if len(text) == 6:
            yy = int(text[:2])
            year = 1900 + yy if yy >= 30 else 2000 + yy
            return dt.date(year, int(text[2:4]), int(text[4:6]))
        if len(text) == 8:
            return dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        return None
    return None


def parse_role_dates(spec: str) -> tuple[dt.date | None, dt.date | None, bool]:
    """Return (from, to, ok). ``>d`` from d on, ``<d`` until d, ``a-b`` range, empty: undated."""
    spec = spec.strip()
    if not spec:
        return None, None, True
    if spec.startswith(">"):
        d = parse_phoenix_date(spec[1:])
        return d, None, d is not None
    if spec.startswith("<"):
        d = parse_phoenix_date(spec[1:])
        return None, d, d is not None
    if "-" in spec:
        a, b = spec.split("-", 1)
        da, db = parse_phoenix_date(a), parse_phoenix_date(b)
        return da, db, da is not None and db is not None
    return None, None, False


def phoenix_actor(code: str) -> str | None:
    """CAMEO code → (actor id, role kind) for the people import, or None."""
    if code.startswith("IGOUNO") and code == "IGOUNO":
        return "UN"
    if len(code) >= 6 and code[:3] in PEOPLE_COUNTRIES and code[3:6] in PHOENIX_ROLE_KINDS:
        return code[:3]
    return None


# --------------------------------------------------------------------------- actors
def pycountry_indonesian() -> gettext.NullTranslations:
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"], fallback=True)


def usable_iso_name(name: str) -> bool:
    return bool(name) and "," not in name and "(" not in name and "Province of" not in name


# CLDR codes that are not territories (pseudo-locales, "unknown region") or are the whole world.
CLDR_SKIP = frozenset({"ZZ", "XA", "XB", "001"})
# CLDR codes that name an actor other than a state.
CLDR_ACTORS = {"EU": "EU", "UN": "UN"}


def cldr_names(code: str) -> dict[str, str]:
    """CLDR's name of territory ``code`` per language (``{"en": ..., "id": ...}``)."""
    out = {}
    for lang in CLDR_LANGS:
        name = Locale(lang).territories.get(code)
        if name:
            out[lang] = name
    return out


def cldr_variants(name: str, lang: str) -> list[str]:
    """The forms a CLDR territory name takes in running text (rules, in order).

    - a name with " - " ("Congo - Kinshasa") is a disambiguating label, not a name: none;
    - a trailing " SAR China" / " DAK Tiongkok" is dropped ("Hong Kong");
    - "X (Y)": X, and Y too when X is one word ("Myanmar (Burma)" -> Myanmar, Burma);
    - "&" is also written "and" / "dan"; "St." also "Saint"; "Kep." also "Kepulauan";
    - a typographic apostrophe is kept and also written "'"; accented letters also without
      accents (Côte d’Ivoire, Côte d'Ivoire, Cote d'Ivoire).

    >>> cldr_variants("St. Kitts & Nevis", "en")
    ['St. Kitts & Nevis', 'St. Kitts and Nevis', 'Saint Kitts & Nevis', 'Saint Kitts and Nevis']
    >>> cldr_variants("Myanmar (Burma)", "id"), cldr_variants("Congo - Kinshasa", "en")
    (['Myanmar', 'Burma'], [])
    """
    if " - " in name or not any(c.isupper() for c in name):
        return []
    name = re.sub(r" (SAR China|DAK Tiongkok)$", "", name)
    m = re.fullmatch(r"(.+?) \((.+)\)(.*)", name)
    forms = [name]
    if m:
        forms = [(m.group(1) + m.group(3)).strip()]
        if " " not in m.group(1) and not m.group(3):
            forms.append(m.group(2))
    rewrites = [
        ("&", "and" if lang == "en" else "dan"),
        ("St. ", "Saint "),
        ("Kep. ", "Kepulauan "),
    ]
    for old, new in rewrites:
        forms += [f.replace(old, new) for f in forms if old in f]
    forms += [f.replace("\u2019", "'") for f in forms if "\u2019" in f]
    forms += [ascii_fold(f) for f in forms if ascii_fold(f) != f and "\u2019" not in f]
    return dedupe(forms)


def countryinfo_demonyms(alpha2: str) -> list[str]:
    """English demonyms of a country from countryinfo ('' for none, e.g. the Vatican)."""
    try:
        text = CountryInfo(alpha2).demonym() or ""
    except CountryNotFoundError:
        return []
    return [d for d in re.split(r",|/| or | and ", text) if d.strip()]


def state_alpha2(code: str) -> str:
    country = pycountry.countries.get(alpha_3=code)
    return country.alpha_2 if country is not None else {"XKX": "XK"}.get(code, "")


def build_states(problems: list[str]) -> list[dict]:
    rows = read_tsv(HERE / "curated_states.tsv")
    tr = pycountry_indonesian()
    states = []
    un = [r for r in rows if r["status"] == "un"]
    if len(un) != 193:
        problems.append(f"curated_states.tsv lists {len(un)} UN members, expected 193")
    for row in rows:
        code = row["alpha3"]
        rec: dict = {
            "id": code,
            "name": row["name"],
            "kind": "state",
            "country": code,
            "status": row["status"],
        }
        add_aliases(rec, [row["name"]], "curated")
        country = pycountry.countries.get(alpha_3=code)
        if country is None and code != "XKX":
            problems.append(f"{code}: not an ISO 3166-1 alpha-3 code in pycountry")
        if country is not None and code != "TWN":
            iso = []
            for attr in ("name", "common_name", "official_name"):
                value = getattr(country, attr, "") or ""
                iso.append(re.sub(r"^the ", "", value))
            iso.append(tr.gettext(country.name))
            add_aliases(rec, [v for v in iso if usable_iso_name(v)], "pycountry")
        for col in ("id_names", "en_names", "demonyms", "metonyms"):
            add_aliases(rec, split_list(row.get(col, "")), "curated")
        alpha2 = state_alpha2(code)
        for lang, name in cldr_names(alpha2).items():
            add_aliases(rec, cldr_variants(name, lang), "cldr")
        add_aliases(rec, countryinfo_demonyms(alpha2), "countryinfo")
        rec["_demonyms"] = [*split_list(row.get("demonyms", "")), *countryinfo_demonyms(alpha2)]
        states.append(rec)
    return states


def people_plural(demonym: str) -> str:
    """The English plural naming a state's people, "" where it has none of its own.

    >>> [people_plural(d) for d in ("Palestinian", "Israeli", "Filipino", "Chinese", "British")]
    ['Palestinians', 'Israelis', 'Filipinos', '', '']
    """
    if demonym.endswith(NO_PLURAL) or not demonym[-1:].isalpha():
        return ""
    return demonym + "s"


def add_people(states: list[dict]) -> None:
    """``people``: the plurals of each state's surviving demonyms ("Palestinians"), with the
    sources of the demonym in ``people_sources``."""
    taken = {alias_key(a) for rec in states for a in rec["aliases"]}
    for rec in states:
        src = rec["_src"]
        people: dict[str, list[str]] = {}
        kept = {alias_key(a) for a in rec["aliases"]}
        for demonym in rec.pop("_demonyms"):
            plural = people_plural(demonym)
            if plural and alias_key(demonym) in kept and alias_key(plural) not in taken:
                people.setdefault(plural, sorted(src[alias_key(demonym)]))
        if people:
            rec["people"] = list(people)
            rec["people_sources"] = people


def phoenix_alias_index(entries: list[PhoenixEntry]) -> dict[str, PhoenixEntry]:
    return {e.name.strip().rstrip("_").upper(): e for e in entries}


def build_other_actors(phoenix: dict[str, PhoenixEntry], problems: list[str]) -> list[dict]:
    out = []
    seen: set[str] = set()
    for row in read_tsv(HERE / "curated_actors.tsv"):
        if row["id"] in seen:
            problems.append(f"curated_actors.tsv: duplicate id {row['id']}")
            continue
        seen.add(row["id"])
        rec: dict = {
            "id": row["id"],
            "name": row["name"],
            "kind": row["kind"],
            "country": row.get("country", ""),
        }
        add_aliases(rec, [row["name"], *split_list(row["aliases"])], "curated")
        exclude = {x.upper().rstrip("_") for x in split_list(row.get("exclude", ""))}
        for header in split_list(row.get("phoenix", "")):
            entry = phoenix.get(header.upper().rstrip("_"))
            if entry is None:
                problems.append(f"{row['id']}: Phoenix entry {header!r} not found")
                continue
            for raw in [entry.name, *entry.aliases]:
                if raw.upper().rstrip("_") in exclude:
                    continue
                text = phoenix_text(raw)
                if text and text.casefold() not in STOPWORDS:
                    add_aliases(rec, [text], "phoenix")
        cldr = next((c for c, actor in CLDR_ACTORS.items() if actor == row["id"]), None)
        for lang, name in cldr_names(cldr).items() if cldr else ():
            add_aliases(rec, cldr_variants(name, lang), "cldr")
        if row.get("parent"):
            rec["parent"] = row["parent"]
        out.append(rec)
    return out


def resolve_collisions(actors: list[dict], problems: list[str]) -> list[str]:
    """Drop an alias that two actors claim (logged); return the log lines."""
    owners: dict[str, set[str]] = defaultdict(set)
    for a in actors:
        a["aliases"] = [
            al for al in a["aliases"] if is_all_caps(al) or al.casefold() not in DROP_EXACT
        ]
        for al in a["aliases"]:
            owners[alias_key(al)].add(a["id"])
    # A curated alias is a deliberate choice (Congolese is the DRC's): when one actor has it from
    # the curated tables and the others only from an automatic source, the curated one keeps it.
    for key, ids in owners.items():
        curated = [a for a in actors if a["id"] in ids and "curated" in a["_src"].get(key, [])]
        if len(ids) > 1 and len(curated) == 1:
            for a in actors:
                if a["id"] in ids and a is not curated[0]:
                    a["aliases"] = [al for al in a["aliases"] if alias_key(al) != key]
            owners[key] = {curated[0]["id"]}
    clashes = {k: v for k, v in owners.items() if len(v) > 1}
    log = [f"{k!r} claimed by {sorted(v)}: dropped" for k, v in sorted(clashes.items())]
    for a in actors:
        a["aliases"] = [al for al in a["aliases"] if alias_key(al) not in clashes]
        bad = [al for al in a["aliases"] if not is_all_caps(al) and al.casefold() in STOPWORDS]
        if bad:
            problems.append(f"{a['id']}: aliases equal common words: {bad}")
    return log


# --------------------------------------------------------------------------- places
def build_places(actors: list[dict], state_codes: set[str]) -> tuple[list[dict], list[str]]:
    """Curated places plus every CLDR territory and region that is not an actor.

    A dependent territory ("British Virgin Islands", "Kepulauan Virgin Amerika Serikat") or a
    region ("Asia Tenggara") is a place: matched, longest first, and then not an actor, so the
    state's name or demonym inside it is not read as the state. A place name that is also an
    actor's alias is dropped from the place (logged): the actor wins.
    """
    places: list[dict] = []
    by_key: dict[str, dict] = {}

    def index(rec: dict) -> None:
        for alias in rec["aliases"]:
            by_key.setdefault(alias_key(alias), rec)

    for row in read_tsv(HERE / "curated_places.tsv"):
        rec: dict = {"id": row["id"], "name": row["name"], "kind": "place"}
        if row.get("state"):
            rec["state"] = row["state"]  # the state it stands for as a destination
        add_aliases(rec, [row["name"], *split_list(row["aliases"])], "curated")
        places.append(rec)
        index(rec)
    skip = CLDR_SKIP | set(CLDR_ACTORS) | state_codes
    for code in sorted(set(Locale("en").territories) - skip):
        forms = [f for lang, name in cldr_names(code).items() for f in cldr_variants(name, lang)]
        if not forms:
            continue
        rec = next((by_key[alias_key(f)] for f in forms if alias_key(f) in by_key), None)
        if rec is None:
            ident = "place:" + slugify(forms[0])
            if any(p["id"] == ident for p in places):
                ident += "-" + code.lower()
            rec = {"id": ident, "name": forms[0], "kind": "place"}
            places.append(rec)
        rec.setdefault("cldr", code)
        add_aliases(rec, forms, "cldr")
        index(rec)
    actor_keys = {alias_key(a) for actor in actors for a in actor["aliases"]}
    log = []
    for rec in places:
        clash = [a for a in rec["aliases"] if alias_key(a) in actor_keys]
        log += [f"place {a!r} ({rec['id']}) is an actor's alias: dropped" for a in clash]
        rec["aliases"] = [a for a in rec["aliases"] if alias_key(a) not in actor_keys]
    return [p for p in places if p["aliases"]], log


# --------------------------------------------------------------------------- people
def name_key(name: str) -> str:
    return " ".join(ascii_fold(name).casefold().replace("-", " ").replace(".", " ").split())


def person_surname(name: str, country: str) -> str:
    toks = name.split()
    if not toks:
        return ""
    return toks[0] if country in EAST_ASIAN_SURNAME_FIRST else toks[-1]


def clean_person_alias(raw: str, state_words: set[str]) -> str | None:
    text = phoenix_text(raw)
    if text.isupper():
        text = smart_title(text)
    if not text:
        return None
    words = [w.casefold().strip(".,") for w in text.split()]
    if any(w in TITLE_WORDS or w in state_words for w in words):
        return None
    if any(c.isdigit() for c in text):
        return None
    return text


def build_people(
    actor_ids: set[str], state_words: set[str], phoenix_files: list[Path], problems: list[str]
) -> list[dict]:
    people: list[dict] = []
    by_key: dict[str, dict] = {}

    for row in read_tsv(HERE / "curated_people.tsv"):
        roles = []
        for part in split_list(row["roles"], ";"):
            bits = [b.strip() for b in part.split(",")]
            if len(bits) != 4:
                problems.append(f"curated_people.tsv {row['name']}: bad role {part!r}")
                continue
            roles.append(
                {
                    "actor": bits[0],
                    "role": bits[1],
                    "from": bits[2],
                    "to": bits[3],
                    "source": "curated",
                }
            )
        person = {
            "id": "person:" + slugify(row["name"]),
            "name": row["name"],
            "aliases": [],
            "surname": row["surname"],
            "country": "",
            "roles": roles,
        }
        add_aliases(person, [row["name"], *split_list(row["aliases"])], "curated")
        people.append(person)
        for al in person["aliases"]:
            if " " in al:
                by_key.setdefault(name_key(al), person)

    imported = 0
    for path in phoenix_files:
        for entry in parse_phoenix_actors(path):
            roles = []
            for code, spec in entry.roles:
                actor = phoenix_actor(code)
                if actor is None:
                    continue
                start, end, ok = parse_role_dates(spec)
                if not ok or (start is None and end is None):
                    continue  # undated roles are too vague to attribute a date-bound act
                if end is not None and end < MIN_ROLE_END:
                    continue
                roles.append(
                    {
                        "actor": actor,
                        "role": "Secretariat" if actor == "UN" else PHOENIX_ROLE_KINDS[code[3:6]],
                        "from": start.isoformat() if start else "",
                        "to": end.isoformat() if end else "",
                        "source": "phoenix",
                        "cameo": code,
                    }
                )
            if not roles:
                continue
            name = phoenix_text(entry.name)
            if not name or " " not in name or any(c.isdigit() for c in name):
                continue
            aliases = [name]
            for raw in entry.aliases:
                text = clean_person_alias(raw, state_words)
                if text:
                    aliases.append(text)
            keys = {name_key(a) for a in aliases if " " in a}
            target = next((by_key[k] for k in sorted(keys) if k in by_key), None)
            if target is not None:
                add_aliases(target, aliases, "phoenix")
                if all(r["source"] == "phoenix" for r in target["roles"]):
                    target["roles"].extend(roles)
                continue
            country = roles[-1]["actor"]
            person = {
                "id": "person:" + slugify(name),
                "name": name,
                "aliases": [],
                "surname": person_surname(name, country),
                "country": "",
                "roles": roles,
            }
            add_aliases(person, aliases, "phoenix")
            people.append(person)
            imported += 1
            for k in keys:
                by_key.setdefault(k, person)

    # ids unique; role actors known; country = latest state role
    seen_ids: dict[str, dict] = {}
    unique: list[dict] = []
    for p in people:
        if p["id"] in seen_ids:
            other = seen_ids[p["id"]]
            for alias in p["aliases"]:
                for source in p["_src"][alias_key(alias)]:
                    add_aliases(other, [alias], source)
            if all(r["source"] == "phoenix" for r in other["roles"]):
                other["roles"].extend(r for r in p["roles"] if r not in other["roles"])
            continue
        seen_ids[p["id"]] = p
        unique.append(p)
    for p in unique:
        for r in p["roles"]:
            if r["actor"] not in actor_ids:
                problems.append(f"{p['id']}: role actor {r['actor']} not in actors")
        state_roles = [
            r
            for r in p["roles"]
            if re.fullmatch(r"[A-Z]{3}", r["actor"]) and r["actor"] not in {"EU", "UN"}
        ]
        if state_roles:
            latest = max(state_roles, key=lambda r: (r["to"] == "", r["to"], r["from"]))
            p["country"] = latest["actor"]

    # single-word aliases: only unambiguous surnames
    surname_count: dict[str, int] = defaultdict(int)
    for p in unique:
        for s in {p["surname"].casefold(), *(a.casefold() for a in p["aliases"] if " " not in a)}:
            if s:
                surname_count[s] += 1
    full_owner: dict[str, set[str]] = defaultdict(set)
    for p in unique:
        for a in p["aliases"]:
            full_owner[alias_key(a)].add(p["id"])
    dropped = []
    for p in unique:
        keep = []
        for a in p["aliases"]:
            key = a.casefold()
            if len(full_owner[alias_key(a)]) > 1:
                dropped.append(f"{a} ({p['id']}: shared)")
                continue
            if " " not in a and (
                key in COMMON_SURNAMES
                or key in STOPWORDS
                or key in state_words
                or surname_count[key] > 1
                or len(a) < 4
            ):
                dropped.append(f"{a} ({p['id']})")
                continue
            keep.append(a)
        p["aliases"] = keep
    unique.sort(key=lambda p: p["id"])
    print(
        f"people: {len(unique)} ({imported} from Phoenix), {len(dropped)} aliases dropped",
        file=sys.stderr,
    )
    return unique


# --------------------------------------------------------------------------- titles
KEEP_AGENT_CODES = frozenset({"GOV", "GOVMIL", "MIL", "COP", "SPY", "LEG"})
AGENT_KINDS = {
    "GOV": "official",
    "MIL": "military",
    "COP": "security",
    "SPY": "security",
    "LEG": "legislature",
}
BODY_WORDS = _words(
    """
    ministry ministries department office commission committee council agency bureau
    authority administration cabinet government chancellery consulate embassy service
    services assembly board secretariat directorate
    """
)
LOCAL_WORDS = _words(
    """
    mayor city municipal municipality local provincial province village district county town
    sheriff prison jail state_trooper governor posse deputy constable detective homicide
    correctional lawman
    """
)
AGENT_ENTRY_RE = re.compile(
    r"^(?P<phrase>[^\[{#]+?)\s*(\{(?P<plural>[^}]*)\})?\s*\[~(?P<code>[A-Z]+)\]"
)


def agent_plural(word: str) -> str:
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in set("aeiou"):
        return word[:-1] + "ies"
    if word.endswith(("man", "men")):
        return word[:-3] + "men"
    return word + "s"


def build_titles(agents_path: Path) -> list[dict]:
    titles: dict[tuple[str, str], dict] = {}
    for row in read_tsv(HERE / "curated_titles.tsv"):
        title, lang, kind = row["title"], row["lang"], row["kind"]
        rec = {"title": title, "lang": lang, "kind": kind, "source": "curated"}
        if row.get("expands"):
            rec["expands"] = row["expands"]
        if row.get("roles"):
            rec["roles"] = split_list(row["roles"])
        titles.setdefault((title, lang), rec)
    text = agents_path.read_text(encoding="utf-8", errors="replace")
    macros: dict[str, list[str]] = {
        "MINIST": ["MINISTER", "MINISTRY"],
        "PERSON": ["MAN", "WOMAN", "PERSON"],
    }
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#") or " = " in line:
            continue
        m = AGENT_ENTRY_RE.match(line.strip())
        if not m:
            continue
        code = m.group("code")
        base = next((k for k in AGENT_KINDS if code.startswith(k)), None)
        phrase = m.group("phrase").strip()
        if base is None or (code not in KEEP_AGENT_CODES and "MINIST" not in phrase):
            continue
        variants = [phrase]
        for macro, words in macros.items():
            marker = f"!{macro}!"
            variants = [
                v.replace(marker, w, 1) if marker in v else v
                for v in variants
                for w in (words if marker in v else [""])
            ]
        for v in variants:
            words = [w for w in re.split(r"[_\s]+", v.replace("!", "")) if w]
            if not words or any(w.lower() in LOCAL_WORDS for w in words):
                continue
            if any(not re.fullmatch(r"[A-Za-z'\-.,]+", w) for w in words):
                continue
            phrase_text = " ".join(w.lower() for w in words).strip(" ,")
            low = phrase_text.split()
            if len(low) == 1 and phrase_text in {"authority", "deputy", "administration"}:
                continue
            if low[-1] in {"of", "for", "to", "at", "the", "and"}:
                continue
            head_i = next(
                (i - 1 for i, w in enumerate(low) if w in {"of", "for"} and i), len(low) - 1
            )
            head = low[head_i]
            kind = AGENT_KINDS[base]
            if base == "GOV":
                kind = "body" if head in BODY_WORDS else "official"
                if code.startswith("GOVMIL"):
                    kind = "military_body" if kind == "body" else "military"
            rec = {
                "title": phrase_text,
                "lang": "en",
                "kind": kind,
                "source": "phoenix",
                "cameo_agent": code,
            }
            plural = m.group("plural")
            if plural is None and not head.endswith(("s", ".")):
                rec["plural"] = " ".join([*low[:head_i], agent_plural(head), *low[head_i + 1 :]])
            elif plural is not None and plural.strip():
                rec["plural"] = " ".join(plural.replace("_", " ").lower().split())
            key = (phrase_text, "en")
            if key not in titles and (phrase_text.casefold(), "en") not in {
                (t.casefold(), lg) for t, lg in titles
            }:
                titles[key] = rec
    return sorted(titles.values(), key=lambda r: (r["lang"], r["title"].casefold()))


# --------------------------------------------------------------------------- furniture
def build_furniture(problems: list[str]) -> list[dict]:
    out = []
    for row in read_tsv(HERE / "curated_furniture.tsv"):
        try:
            re.compile(row["pattern"])
        except re.error as exc:
            problems.append(f"furniture {row['pattern']!r}: {exc}")
            continue
        out.append(
            {
                "publisher": row["publisher"],
                "pattern": row["pattern"],
                "action": row["action"],
                "following": int(row["following"] or 0),
                "what": row["what"],
            }
        )
    return out


# --------------------------------------------------------------------------- main
def iter_state_words(states: list[dict]) -> Iterator[str]:
    for s in states:
        for a in s["aliases"]:
            if " " not in a:
                yield a.casefold()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--phoenix-dir", type=Path, default=DEFAULT_PHOENIX)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    pdir: Path = args.phoenix_dir
    problems: list[str] = []

    phoenix_entries = [
        e
        for name in (
            "Phoenix.MilNonState.actors.txt",
            "Phoenix.International.actors.txt",
            "Phoenix.Countries.actors.txt",
        )
        for e in parse_phoenix_actors(pdir / name)
    ]
    states = build_states(problems)
    others = build_other_actors(phoenix_alias_index(phoenix_entries), problems)
    actors = states + others
    collisions = resolve_collisions(actors, problems)
    add_people(states)
    actors.sort(key=lambda a: ({"state": 0, "igo": 1, "group": 2, "media": 3}[a["kind"]], a["id"]))
    actor_ids = {a["id"] for a in actors}
    state_words = set(iter_state_words(states))

    people = build_people(
        actor_ids,
        state_words,
        [pdir / "Phoenix.Countries.actors.txt", pdir / "Phoenix.International.actors.txt"],
        problems,
    )
    titles = build_titles(pdir / "Phoenix.agents.txt")
    furniture = build_furniture(problems)
    places, place_log = build_places(actors, {state_alpha2(s["id"]) for s in states})
    for records in (actors, people, places):
        finish_sources(records, problems)

    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1

    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    write_jsonl(
        out / "actors.jsonl",
        {
            "description": (
                "Actors: states (ISO 3166-1 alpha-3; all 193 UN members plus PSE, VAT, TWN, XKX), "
                "international organisations (common English acronym), non-state armed groups "
                "(group:<slug>) and media (media:<slug>; never triple actors, used for "
                "attributed_to). "
                "Aliases in Indonesian and English: names (ISO via pycountry; CLDR territory names "
                "in en and id via Babel, with the spelling rules of cldr_variants()), English "
                "demonyms (countryinfo, curated), capitals and seats of power (curated). "
                "'people' (states): the English plurals of the state's demonyms naming its "
                "people ('Palestinians': the demonym + 's', none for -ese, -ish, -ch, -s, -ic, "
                "-y), with the demonym's sources in 'people_sources'; what is done to them is "
                "done to the state, and they never act for it. "
                "'alias_sources' gives each alias the keys of the sources that list it. "
                "Matching rule: an alias without lower-case letters (AS, US, PBB, RI) is matched "
                "case-sensitively, every other alias case-insensitively on word boundaries; the "
                "longest alias wins. 'parent' names the actor a body may roll up to (ICJ → UN). "
                f"Aliases claimed by two actors are dropped ({len(collisions)} this run). "
                "Left out on purpose: "
                + "; ".join(DROPPED_ALIASES)
                + ". Kept although risky: "
                + "; ".join(RISKY_KEPT)
                + "."
            ),
            "sources": [SRC_PYCOUNTRY, SRC_CLDR, SRC_COUNTRYINFO, SRC_PHOENIX, SRC_CURATED],
            "license": "Derived data: MIT (geopolgraph authors); contains names from pycountry/"
            "iso-codes (LGPL-2.1), the Unicode CLDR (Unicode License v3, Copyright (c) "
            "1991-2025 Unicode, Inc.), countryinfo (MIT, Copyright (c) 2018 Porimol Chandro) and "
            "PETRARCH2 Phoenix dictionaries (MIT, Open Event Data Alliance), whose notices are "
            "kept here.",
            "generated_by": "tools/derive_lexicons.py",
        },
        actors,
    )
    write_jsonl(
        out / "people.jsonl",
        {
            "description": (
                "People who act for a state, IGO or group, with dated roles (ISO dates; empty "
                "'to' = "
                "in office or open-ended in the source). Curated roles (source 'curated') cover "
                "heads "
                "of state and government, foreign and defence ministers and spokespeople of the "
                "G20, "
                "ASEAN, both Koreas, Israel, Iran, Ukraine and IGO heads, and heads of state and "
                "government and foreign ministers of most other UN members and Taiwan, 2015-2026 "
                "(a leader whose surname is a common word keeps the full name as surname: "
                "'Nicușor Dan'). Phoenix roles "
                "(source 'phoenix', cameo code kept) are GOV/MIL roles of those countries and "
                "IGOUNO "
                "ending in 2000 or later; Phoenix stops in 2014, so its open-ended roles are not "
                "verified. 'surname' is the name the press uses alone and may be ambiguous (Kim): "
                "aliases hold only full names and single names no other person shares. "
                "'alias_sources' gives each alias the keys of the sources that list it."
            ),
            "sources": [SRC_PHOENIX, SRC_CURATED],
            "license": "MIT (geopolgraph authors; PETRARCH2 Phoenix dictionaries "
            "MIT, Copyright (c) "
            "2014 Open Event Data Alliance)",
            "generated_by": "tools/derive_lexicons.py",
        },
        people,
    )
    write_jsonl(
        out / "titles.jsonl",
        {
            "description": (
                "Role words that introduce a person or body acting for a state or IGO, Indonesian "
                "(id) and English (en). kind: head_of_state, head_of_government, deputy_head, "
                "minister, ministry, spokesperson, diplomat, official, body, government, military, "
                "military_body, security, legislature, leader, igo_official, igo_body. "
                "'expands' (optional): the full title an abbreviation stands for (Menlu: Menteri "
                "Luar Negeri, PM: Prime Minister). 'roles' (optional): the people.jsonl role names "
                "(roles[].role) the title denotes, so a title plus surname ('Menlu Wang', 'PM "
                "Wong') can be linked to the person with that surname and role. English "
                "entries with source 'phoenix' come from Phoenix.agents.txt (GOV, MIL, COP, SPY, "
                "LEG "
                "agents; local-government words left out), lower-cased, with a regular plural."
            ),
            "sources": [SRC_PHOENIX, SRC_CURATED],
            "license": "MIT (geopolgraph authors; PETRARCH2 Phoenix.agents.txt MIT, Copyright (c) "
            "2014 Open Event Data Alliance)",
            "generated_by": "tools/derive_lexicons.py",
        },
        titles,
    )
    write_jsonl(
        out / "places.jsonl",
        {
            "description": (
                "Place names that contain an actor's name but are not that actor (the South China "
                "Sea is not China, Amerika Latin is not the US, bahasa Inggris is a language), "
                "plus every CLDR territory that is not a state (Hong Kong, Puerto Rico, British "
                "Virgin Islands; 'cldr' keeps its code) and CLDR region (Asia Tenggara). Matched "
                "like actor aliases (longest wins) and then ignored as actors. A name that is "
                "also an actor's alias stays the actor's. 'alias_sources' as in actors.jsonl."
            ),
            "sources": [SRC_CLDR, SRC_CURATED],
            "license": "MIT (geopolgraph authors); CLDR names: Unicode License v3, Copyright (c) "
            "1991-2025 Unicode, Inc.",
            "generated_by": "tools/derive_lexicons.py",
        },
        places,
    )
    write_jsonl(
        out / "furniture.jsonl",
        {
            "description": (
                "Page-furniture line patterns per publisher ('*' = any). Python re, applied to one "
                "stripped line. action: drop-line, strip-prefix (remove the match, keep the rest: "
                "datelines), drop-block (drop the line and up to 'following' short lines after it)."
            ),
            "sources": [SRC_CURATED],
            "license": "MIT (geopolgraph authors)",
            "generated_by": "tools/derive_lexicons.py",
        },
        furniture,
    )

    kinds: dict[str, int] = defaultdict(int)
    for a in actors:
        kinds[a["kind"]] += 1
    print(
        f"actors: {dict(kinds)}; places: {len(places)}; titles: {len(titles)}; "
        f"furniture: {len(furniture)}",
        file=sys.stderr,
    )
    for line in collisions + place_log:
        print("collision:", line, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
