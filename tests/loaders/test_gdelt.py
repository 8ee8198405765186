"""GDELT 2.0 event exports: rows written inline here, plus the real export when it is present.

The real file (../shared/data/gdelt/20150218230000.export.CSV, 2,271 rows) is read in place and
never copied into the repository.
"""

from __future__ import annotations

import csv
import doctest
import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geopolgraph.cli import main
from geopolgraph.errors import InputError
from geopolgraph.loaders import gdelt
from geopolgraph.loaders.gdelt import (
    GDELT_EVENT_COLUMNS,
    load_actor_codes,
    parse_gdelt,
    read_gdelt,
)
from geopolgraph.loaders.lexicons import load_lexicon

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data" / "gdelt"
REAL_EXPORT = SHARED / "20150218230000.export.CSV"
COLUMN_LABELS = SHARED / "GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv"


def row(**values: str) -> str:
    """One export line: every column empty but those given (by GDELT column name)."""
    defaults = {"GLOBALEVENTID": "410412347", "SQLDATE": "20150218", "QuadClass": "",
                "GoldsteinScale": "", "NumSources": "1", "DATEADDED": "20150218230000",
                "SOURCEURL": "https://www.example.com/news/1"}
    cells = {**defaults, **values}
    unknown = set(cells) - set(GDELT_EVENT_COLUMNS)
    assert not unknown, unknown
    return "\t".join(cells.get(name, "") for name in GDELT_EVENT_COLUMNS) + "\n"


def dyad(a1: str, a2: str, code: str, **extra: str) -> str:
    """A row whose actors are countries (``USAGOV`` → country USA)."""
    cells = {"Actor1Code": a1, "Actor1CountryCode": a1[:3], "Actor1Name": a1,
             "Actor2Code": a2, "Actor2CountryCode": a2[:3], "Actor2Name": a2, "EventCode": code}
    return row(**{**cells, **extra})


def test_column_tuple_matches_the_codebook_header():
    assert len(GDELT_EVENT_COLUMNS) == 61
    if not COLUMN_LABELS.exists():
        pytest.skip(f"{COLUMN_LABELS} not present")
    with COLUMN_LABELS.open(encoding="utf-8") as stream:
        names = tuple(r["tableId"] for r in csv.DictReader(stream))
    assert names == GDELT_EVENT_COLUMNS


def test_a_row_becomes_a_coded_triple():
    line = dyad("RUSMIL", "UKR", "190", QuadClass="4", GoldsteinScale="-10", NumSources="3",
                SQLDATE="20150217", SOURCEURL="http://www.bbc.co.uk/news/world-1")
    result = parse_gdelt([line], "x.CSV")
    (t,) = result.triples
    assert (t.source, t.relation, t.target) == ("RUS", "ATTACKS", "UKR")
    assert (t.cameo, t.plover, t.quad_class, t.goldstein) == ("190", "ASSAULT", 4, -10.0)
    assert t.date == "2015-02-17"
    assert t.article_id == "http://www.bbc.co.uk/news/world-1"
    assert t.evidence == "RUSMIL | Use conventional military force, not specified below | UKR"
    assert t.attributed_to == "bbc.co.uk"
    assert t.confidence == pytest.approx(0.6)
    assert (t.source_mention, t.target_mention, t.line) == ("RUSMIL", "UKR", 1)
    assert result.actors["RUS"].name == "Russia"
    assert result.stats.quad_checked == 1 and result.stats.quad_mismatch == 0


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"Actor1Code": "IGOUNO", "Actor1KnownGroupCode": "UNO"}, "UN"),
        ({"Actor1Code": "IGOWSTNAT"}, "NATO"),  # a known-group chunk of the IGO code
        ({"Actor1Code": "IGOUNOIAE"}, "IAEA"),  # the most specific chunk wins over UNO
        ({"Actor1Code": "IGOEUREEC", "Actor1CountryCode": "EUR"}, "EU"),
        ({"Actor1Code": "AFGTAL", "Actor1CountryCode": "AFG",
          "Actor1KnownGroupCode": "TAL"}, "group:taliban"),
        ({"Actor1Code": "ROMGOV", "Actor1CountryCode": "ROM"}, "ROU"),  # CAMEO's non-ISO codes
        ({"Actor1Code": "ZAR", "Actor1CountryCode": "ZAR"}, "COD"),
        ({"Actor1Code": "HKG", "Actor1CountryCode": "HKG", "Actor1Name": "HONG KONG"}, "HKG"),
    ],
)
def test_actor_roll_up(fields, expected):
    line = row(Actor2Code="USA", Actor2CountryCode="USA", EventCode="042", **fields)
    (t,) = parse_gdelt([line]).triples
    assert t.source == expected


def test_actor_names_come_from_the_lexicon_else_from_the_row():
    lines = [row(Actor1Code="HKG", Actor1CountryCode="HKG", Actor1Name="HONG KONG",
                 Actor2Code="IGOUNO", Actor2KnownGroupCode="UNO", Actor2Name="UNITED NATIONS",
                 EventCode="042")]
    actors = parse_gdelt(lines).actors
    assert actors["UN"].name == load_lexicon().actors["UN"].name
    assert (actors["HKG"].name, actors["HKG"].kind) == ("Hong Kong", "state")


@pytest.mark.parametrize(
    ("line", "counter"),
    [
        (row(Actor1Code="GOV", Actor2Code="USA", Actor2CountryCode="USA", EventCode="042"),
         "no_actor"),  # a role without a country
        (row(Actor1Code="EUR", Actor1CountryCode="EUR", Actor2Code="USA",
             Actor2CountryCode="USA", EventCode="042"), "no_actor"),  # a region
        (row(Actor1Code="NGOBUSWEF", Actor2Code="USA", Actor2CountryCode="USA",
             EventCode="042"), "no_actor"),  # a known group outside the project's actors
        (row(Actor1Code="USA", Actor1CountryCode="USA", EventCode="042"), "no_actor"),
        (dyad("USAGOV", "USACOP", "042"), "domestic"),
        (dyad("USA", "RUS", "010"), "no_relation"),  # statements carry no relation label
        (dyad("USA", "RUS", "---"), "bad"),  # not a CAMEO code at all
    ],
)
def test_skipped_rows_are_counted(line, counter):
    result = parse_gdelt([line])
    assert result.triples == []
    assert getattr(result.stats, counter) == 1
    assert result.stats.rows == 1


def test_016_is_the_one_statement_code_with_a_relation():
    (t,) = parse_gdelt([dyad("RUS", "USA", "016")]).triples
    assert t.relation == "DENIES"


def test_longest_prefix_labels_an_unlisted_subcode():
    (t,) = parse_gdelt([dyad("USA", "RUS", "1729")]).triples  # 1729 is not in the table: 172
    assert (t.relation, t.cameo) == (load_lexicon().cameo["172"].relation, "1729")


def test_domestic_events_are_kept_on_request():
    result = parse_gdelt([dyad("USAGOV", "USACOP", "042")], keep_domestic=True)
    assert [(t.source, t.target) for t in result.triples] == [("USA", "USA")]


def test_quad_class_mismatch_is_counted_and_the_lexicon_wins():
    result = parse_gdelt([dyad("USA", "RUS", "190", QuadClass="1")])
    assert result.triples[0].quad_class == 4
    assert (result.stats.quad_checked, result.stats.quad_mismatch) == (1, 1)


def test_missing_goldstein_falls_back_to_the_lexicon_and_url_to_the_event_id():
    (t,) = parse_gdelt([dyad("USA", "RUS", "190", GoldsteinScale="", SOURCEURL="",
                             GLOBALEVENTID="42")]).triples
    assert t.goldstein == load_lexicon().cameo["190"].goldstein
    assert (t.article_id, t.attributed_to) == ("gdelt:42", "")


def test_two_events_of_one_article_stay_two_triples():
    lines = [dyad("USA", "RUS", "190", GLOBALEVENTID="1"),
             dyad("USA", "RUS", "190", GLOBALEVENTID="2")]
    triples = parse_gdelt(lines).triples
    assert len({t.id for t in triples}) == 2


@pytest.mark.parametrize("cut", [60, 62, 1])
def test_wrong_column_count_is_counted_naming_line_and_file(cut):
    good = dyad("USA", "RUS", "190")
    cells = good.rstrip("\n").split("\t")
    bad = "\t".join([*cells, "x", "y"][:cut])
    result = parse_gdelt([good, bad], "day.export.CSV")
    assert (result.stats.rows, result.stats.triples, result.stats.bad) == (2, 1, 1)
    assert result.stats.first_bad == (
        f"line 2 of day.export.CSV: expected 61 tab-separated columns, got {cut}"
    )


def test_empty_lines_are_ignored_but_an_empty_row_counts():
    assert parse_gdelt(["\n", dyad("USA", "RUS", "190"), ""]).stats.rows == 1
    empty_row = parse_gdelt(["\t" * 60 + "\n"]).stats
    assert (empty_row.rows, empty_row.bad) == (1, 1)  # no GLOBALEVENTID


def test_read_gdelt_reads_plain_and_zipped_exports(tmp_path):
    plain = tmp_path / "a.export.CSV"
    plain.write_text(dyad("USA", "RUS", "190") + dyad("CHN", "VNM", "042", GLOBALEVENTID="2"),
                     encoding="utf-8")
    zipped = tmp_path / "b.export.CSV.zip"
    with zipfile.ZipFile(zipped, "w") as archive:
        archive.writestr("b.export.CSV", dyad("FRA", "DEU", "036", GLOBALEVENTID="9"))
    result = read_gdelt([plain, zipped])
    assert [(t.source, t.target) for t in result.triples] == [
        ("USA", "RUS"), ("CHN", "VNM"), ("FRA", "DEU"),
    ]
    assert result.stats.rows == result.stats.triples == 3


def test_read_gdelt_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_gdelt(tmp_path / "nope.CSV")


def test_actor_code_table_maps_to_known_actors():
    codes = load_actor_codes()
    actors = load_lexicon().actors
    assert set(codes.groups.values()) <= set(actors)
    assert set(codes.countries.values()) <= set(actors)
    assert not set(codes.regions) & set(actors)


def test_doctests():
    assert doctest.testmod(gdelt, optionflags=doctest.ELLIPSIS).failed == 0


def test_cli_writes_build_outputs(tmp_path, capsys):
    export = tmp_path / "day.export.CSV"
    no_actor = row(Actor1Code="GOV", Actor2Code="RUS", Actor2CountryCode="RUS", EventCode="190")
    export.write_text(dyad("USA", "RUS", "190") + no_actor, encoding="utf-8")
    assert main(["gdelt", str(export), "--out", str(tmp_path / "out")]) == 0
    out = capsys.readouterr().out
    assert "rows: 2  triples: 1 " in out
    for name in ("triples.csv", "graph.graphml", "graph.html"):
        assert (tmp_path / "out" / name).stat().st_size > 0
    rows = list(csv.DictReader(io.StringIO((tmp_path / "out" / "triples.csv").read_text())))
    assert [(r["source"], r["relation"], r["target"]) for r in rows] == [
        ("USA", "ATTACKS", "RUS")
    ]


def test_cli_bad_row_is_exit_2(tmp_path, capsys):
    export = tmp_path / "bad.CSV"
    export.write_text("1\t2\t3\n", encoding="utf-8")
    assert main(["gdelt", str(export), "--out", str(tmp_path / "out")]) == 2
    assert "line 1 of" in capsys.readouterr().err
    assert not (tmp_path / "out" / "triples.csv").exists()


@pytest.mark.skipif(not REAL_EXPORT.exists(), reason=f"{REAL_EXPORT} not present")
def test_real_export():
    result = read_gdelt(REAL_EXPORT)
    stats = result.stats
    assert stats.rows == 2271
    assert stats.rows == stats.triples + stats.no_actor + stats.domestic + stats.no_relation
    assert stats.triples > 400
    # GDELT's QuadClass is by CAMEO root, and so is the lexicon's.
    assert stats.quad_checked == stats.triples and stats.quad_mismatch == 0
    pairs = {(t.source, t.target) for t in result.triples}
    assert ("RUS", "UKR") in pairs and ("ISR", "PSE") in pairs
    assert {"UN", "EU"} <= set(result.actors)
    assert all(t.date.startswith(("2014-", "2015-")) for t in result.triples)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(blacklist_characters="\t\r\n"), max_size=12),
                min_size=1, max_size=70))
def test_any_row_parses_or_is_an_input_error(cells):
    """Arbitrary cell text never crashes the parser: a row is counted or refused by name."""
    line = "\t".join(cells)
    if not line:
        assert parse_gdelt([line]).stats.rows == 0
        return
    result = parse_gdelt([line], "fuzz")
    s = result.stats
    if len(cells) != len(GDELT_EVENT_COLUMNS):
        assert s.bad == 1 and s.first_bad.endswith(f"got {len(cells)}")
    assert s.rows == (s.triples + s.no_actor + s.domestic + s.no_relation + s.bad
                      + s.duplicates + s.out_of_range) == 1
