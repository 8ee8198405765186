"""GDELT inputs that broke `geopolgraph gdelt` (issue 11): each a counted skip or one line, exit 2
only when nothing could be read, never a traceback, nothing written on failure."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
import relkit

from geopolgraph.loaders.gdelt import GDELT_EVENT_COLUMNS


def row(**cells: str) -> str:
    """One export line: a USA→RUS assault (190) unless ``cells`` say otherwise."""
    values = {"GLOBALEVENTID": "1", "SQLDATE": "20150218", "Actor1Code": "USA",
              "Actor1CountryCode": "USA", "Actor1Name": "USA", "Actor2Code": "RUS",
              "Actor2CountryCode": "RUS", "Actor2Name": "RUS", "EventCode": "190",
              "NumSources": "1", "DATEADDED": "20150218230000",
              "SOURCEURL": "https://www.example.com/1", **cells}
    return "\t".join(values.get(name, "") for name in GDELT_EVENT_COLUMNS) + "\n"


def good_zip(path: Path, rows: int = 200) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("e.export.CSV", "".join(
            row(GLOBALEVENTID=str(i), SOURCEURL=f"http://x/{i}") for i in range(1, rows + 1)))
    return path


def damaged(tmp_path: Path, how: str) -> Path:
    path = tmp_path / f"{how}.export.CSV.zip"
    if how == "not a zip":
        path.write_text("this is not a zip\n", encoding="utf-8")
        return path
    data = bytearray(good_zip(tmp_path / "whole.zip").read_bytes())
    (tmp_path / "whole.zip").unlink()
    if how == "truncated":
        data = data[: len(data) // 2]
    else:  # a flipped byte in the compressed stream: an error while streaming
        data[200] ^= 0xFF
    path.write_bytes(bytes(data))
    return path


MALFORMED = {
    "GDELT nan in AvgTone": ({"AvgTone": "nan"}, "AvgTone 'nan' is not a finite number"),
    "GDELT inf in GoldsteinScale": ({"GoldsteinScale": "inf"}, "'inf' is not a finite number"),
    "GDELT text in ActionGeo_Lat": ({"ActionGeo_Lat": "north"}, "'north' is not a number"),
    "GDELT SQLDATE 20151399": ({"SQLDATE": "20151399"}, "SQLDATE '20151399' is not a date"),
    "GDELT blank GLOBALEVENTID": ({"GLOBALEVENTID": ""}, "GLOBALEVENTID is blank"),
    "GDELT non-numeric GLOBALEVENTID": ({"GLOBALEVENTID": "12a"}, "'12a' is not a number"),
    "GDELT non-numeric EventCode": ({"EventCode": "---"}, "EventCode '---' is not a numeric"),
}


@pytest.mark.parametrize("case", MALFORMED)
def test_a_malformed_row_is_counted_and_the_rest_is_read(tried, tmp_path, case):
    cells, reason = MALFORMED[case]
    export = tmp_path / "d.export.CSV"
    export.write_text(row() + row(**{"GLOBALEVENTID": "2", **cells}), encoding="utf-8")
    run = tried("gdelt", case, ["gdelt", export, "--out", tmp_path / "out"],
                allow=[relkit.SKIP], tmp=tmp_path)
    assert "triples: 1 " in run.stdout and "bad: 1" in run.stdout
    assert f"line 2 of {export}: " in run.stderr and reason in run.stderr


def test_rows_of_the_wrong_width(tried, tmp_path):
    export = tmp_path / "w.export.CSV"
    export.write_text(row() + "1\t2\t3\n" + row(GLOBALEVENTID="3") + "\t" * 70 + "\n",
                      encoding="utf-8")
    run = tried("gdelt", "GDELT rows of the wrong width", ["gdelt", export, "--out",
                tmp_path / "out"], allow=[relkit.SKIP], tmp=tmp_path)
    assert "bad: 2" in run.stdout and "expected 61 tab-separated columns, got 3" in run.stderr


@pytest.mark.parametrize("text", ["1\t2\t3\n", row(EventCode="---"), row(AvgTone="nan") * 3])
def test_nothing_readable_is_one_line_and_no_outputs(tried, tmp_path, text):
    export = tmp_path / "d.export.CSV"
    export.write_text(text, encoding="utf-8")
    run = tried("gdelt", f"GDELT file of bad rows only ({text[:12]!r}…)",
                ["gdelt", export, "--out", tmp_path / "out"], allow=[relkit.CLEAN],
                tmp=tmp_path)
    assert f"line 1 of {export}" in run.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("how", ["not a zip", "truncated", "corrupt"])
def test_a_damaged_zip_alone_is_one_line(tried, tmp_path, how):
    bad = damaged(tmp_path, how)
    run = tried("gdelt", f"GDELT .zip {how}, alone", ["gdelt", bad, "--out", tmp_path / "out"],
                allow=[relkit.CLEAN], tmp=tmp_path)
    assert str(bad) in run.stderr and "not a readable zip" in run.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("how", ["not a zip", "truncated", "corrupt"])
def test_a_damaged_zip_is_skipped_and_the_batch_still_read(tried, tmp_path, how):
    bad = damaged(tmp_path, how)
    good = good_zip(tmp_path / "good.export.CSV.zip", rows=3)
    run = tried("gdelt", f"GDELT .zip {how} beside a good one",
                ["gdelt", bad, good, "--out", tmp_path / "out"], allow=[relkit.SKIP],
                tmp=tmp_path)
    assert "files: 1 " in run.stdout and "triples: 3 " in run.stdout
    # no row of the damaged file, not even those streamed before the damage
    lines = (tmp_path / "out" / "triples.csv").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 + 3


def test_duplicate_and_blank_event_ids_count_once_everywhere(tried, tmp_path):
    export = tmp_path / "dup.export.CSV"
    export.write_text(row() + row(SOURCEURL="http://other/1") + row(GLOBALEVENTID="2")
                      + row(GLOBALEVENTID=""), encoding="utf-8")
    again = tmp_path / "again.export.CSV"
    again.write_text(row(), encoding="utf-8")
    run = tried("gdelt", "GDELT duplicated and blank GLOBALEVENTID",
                ["gdelt", export, again, "--out", tmp_path / "out"], allow=[relkit.SKIP],
                tmp=tmp_path)
    assert "triples: 2 " in run.stdout and "duplicates: 2  bad: 1" in run.stdout
    with (tmp_path / "out" / "triples.csv").open(encoding="utf-8") as stream:
        assert len(list(csv.DictReader(stream))) == 2
    graph = ET.parse(tmp_path / "out" / "graph.graphml").getroot()
    assert len(graph.findall(".//{http://graphml.graphdrawing.org/xmlns}edge")) == 2


def test_control_characters_in_names_leave_well_formed_outputs(tried, tmp_path):
    export = tmp_path / "c.export.CSV"
    export.write_text(row(Actor1Name="UNITED\x0cSTATES\x00", Actor2Name="RUS\x1bSIA",
                          SOURCEURL="http://x/\x07a"), encoding="utf-8")
    tried("gdelt", "GDELT control characters in names", ["gdelt", export, "--out",
          tmp_path / "out"], allow=[relkit.OK], tmp=tmp_path)
    ET.parse(tmp_path / "out" / "graph.graphml")  # raises on an ill-formed document
    text = (tmp_path / "out" / "triples.csv").read_text(encoding="utf-8")
    assert "UNITED STATES" in text and not any(c in text for c in "\x00\x0c\x1b\x07")


def test_a_mentions_file_without_its_export(tried, tmp_path):
    mentions = tmp_path / "m.mentions.CSV"
    mentions.write_text("\t".join(["1", "20150218230000", "20150218231500", "1", "a.b",
                                   "http://a.b/1", "1", "1", "2", "3", "1", "50", "100", "0.5",
                                   "", ""]) + "\n", encoding="utf-8")
    run = tried("gdelt", "GDELT mentions file without its export",
                ["gdelt", mentions, "--out", tmp_path / "out"], allow=[relkit.CLEAN],
                tmp=tmp_path)
    assert str(mentions) in run.stderr
    assert not (tmp_path / "out").exists()
