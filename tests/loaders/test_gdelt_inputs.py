"""GDELT inputs that broke `geopolgraph gdelt` (issue 11): each a counted skip or one line, exit 2
only when nothing could be read, never a traceback, nothing written on failure."""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from test_gdelt import dyad

from geopolgraph.cli import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["gdelt", *argv])
    printed = capsys.readouterr()
    assert "Traceback" not in printed.err
    return code, printed.out, printed.err


def good_zip(path: Path, rows: int = 200) -> Path:
    text = "".join(dyad("USA", "RUS", "190", GLOBALEVENTID=str(i), SOURCEURL=f"http://x/{i}")
                   for i in range(1, rows + 1))
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("e.export.CSV", text)
    return path


@pytest.mark.parametrize(
    ("cells", "reason"),
    [
        ({"AvgTone": "nan"}, "AvgTone 'nan' is not a finite number"),
        ({"GoldsteinScale": "inf"}, "GoldsteinScale 'inf' is not a finite number"),
        ({"NumSources": "-inf"}, "NumSources '-inf' is not a number"),
        ({"ActionGeo_Lat": "north"}, "ActionGeo_Lat 'north' is not a number"),
        ({"SQLDATE": "20151399"}, "SQLDATE '20151399' is not a date (YYYYMMDD)"),
        ({"GLOBALEVENTID": ""}, "GLOBALEVENTID is blank"),
        ({"GLOBALEVENTID": "12a"}, "GLOBALEVENTID '12a' is not a number"),
    ],
)
def test_a_malformed_row_is_counted_and_the_rest_is_read(tmp_path, capsys, cells, reason):
    export = tmp_path / "d.export.CSV"
    export.write_text(dyad("USA", "RUS", "190", GLOBALEVENTID="1")
                      + dyad("CHN", "VNM", "190", **{"GLOBALEVENTID": "2", **cells}),
                      encoding="utf-8")
    code, out, err = run(capsys, str(export), "--out", str(tmp_path / "out"))
    assert code == 0 and "triples: 1 " in out and "bad: 1" in out
    assert err.strip() == (f"geopolgraph: skipped 1 malformed rows; first: line 2 of {export}: "
                           f"{reason}")


@pytest.mark.parametrize("text", ["1\t2\t3\n", dyad("USA", "RUS", "---"),
                                  dyad("USA", "RUS", "190", AvgTone="nan") * 3])
def test_nothing_readable_is_exit_2_with_one_line_and_no_outputs(tmp_path, capsys, text):
    export = tmp_path / "d.export.CSV"
    export.write_text(text, encoding="utf-8")
    code, _, err = run(capsys, str(export), "--out", str(tmp_path / "out"))
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert f"line 1 of {export}" in err
    assert not (tmp_path / "out").exists()


def damaged(tmp_path: Path, how: str) -> Path:
    path = tmp_path / f"{how}.export.CSV.zip"
    if how == "notzip":
        path.write_text("this is not a zip\n", encoding="utf-8")
    elif how == "truncated":
        data = good_zip(tmp_path / "whole.zip").read_bytes()
        (tmp_path / "whole.zip").unlink()
        path.write_bytes(data[: len(data) // 2])
    else:  # a flipped byte in the compressed stream: CRC or inflate error while streaming
        data = bytearray(good_zip(tmp_path / "whole.zip").read_bytes())
        (tmp_path / "whole.zip").unlink()
        data[200] ^= 0xFF
        path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize("how", ["notzip", "truncated", "corrupt"])
def test_a_damaged_zip_alone_is_exit_2_naming_it(tmp_path, capsys, how):
    bad = damaged(tmp_path, how)
    code, _, err = run(capsys, str(bad), "--out", str(tmp_path / "out"))
    assert code == 2 and len(err.strip().splitlines()) == 1 and str(bad) in err
    assert "not a readable zip" in err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("how", ["notzip", "truncated", "corrupt"])
def test_a_damaged_zip_is_skipped_and_the_other_files_are_read(tmp_path, capsys, how):
    bad = damaged(tmp_path, how)
    good = good_zip(tmp_path / "good.export.CSV.zip", rows=3)
    code, out, err = run(capsys, str(bad), str(good), "--out", str(tmp_path / "out"))
    assert code == 0 and "files: 1 " in out and "triples: 3 " in out
    assert err.strip().splitlines() == [err.strip()] and str(bad) in err
    # no row of the damaged file made it in, even those read before the damage
    lines = (tmp_path / "out" / "triples.csv").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 + 3


def test_control_characters_in_names_leave_well_formed_outputs(tmp_path, capsys):
    export = tmp_path / "c.export.CSV"
    export.write_text(dyad("USA", "RUS", "190", Actor1Name="UNITED\x0cSTATES\x00",
                           Actor2Name="RUS\x1bSIA", SOURCEURL="http://x/\x07a"),
                      encoding="utf-8")
    code, _, _ = run(capsys, str(export), "--out", str(tmp_path / "out"))
    assert code == 0
    ET.parse(tmp_path / "out" / "graph.graphml")  # raises on an ill-formed document
    text = (tmp_path / "out" / "triples.csv").read_text(encoding="utf-8")
    assert "UNITED STATES" in text and not any(c in text for c in "\x00\x0c\x1b\x07")
