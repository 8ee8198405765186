"""GDELT as GDELT publishes it: zipped 15-minute exports in folders, mentions beside them.

The real export (../shared/data/gdelt/20150218230000.export.CSV) is zipped by the tests into
tmp_path, never copied into the repository.
"""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

import networkx as nx
import pytest
from test_gdelt import REAL_EXPORT, SHARED, dyad, row

from geopolgraph.cli import main
from geopolgraph.errors import InputError
from geopolgraph.loaders.gdelt import GdeltOptions, find_inputs, read_gdelt
from geopolgraph.loaders.gdelt_mentions import GDELT_MENTION_COLUMNS

needs_real = pytest.mark.skipif(not REAL_EXPORT.exists(), reason=f"{REAL_EXPORT} not present")


def zip_file(target: Path, member: str, text: str) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(member, text)
    return target


def mention(event_id: str, source: str, sentence: int, offsets: tuple[int, int, int],
            confidence: int) -> str:
    """One mentions row as GDELT publishes it (tab-separated, 16 columns)."""
    a1, a2, action = offsets
    cells = [event_id, "20150218230000", "20150218231500", "1", source,
             f"https://{source}/story", str(sentence), str(a1), str(a2), str(action), "1",
             str(confidence), "2000", "-1.25", "", ""]
    assert len(cells) == len(GDELT_MENTION_COLUMNS)
    return "\t".join(cells) + "\n"


def triples_of(result):
    return sorted((t.id, t.source, t.relation, t.target, t.date, t.goldstein, t.cameo)
                  for t in result.triples)


@needs_real
def test_the_real_export_zipped_in_a_folder_gives_the_same_470_triples(tmp_path):
    plain = read_gdelt(REAL_EXPORT)
    folder = tmp_path / "gdelt" / "2015"
    zip_file(folder / "20150218230000.export.CSV.zip", "20150218230000.export.CSV",
             REAL_EXPORT.read_text(encoding="utf-8"))
    zipped = read_gdelt(tmp_path / "gdelt")
    assert zipped.stats.triples == len(zipped.triples) == 470
    assert triples_of(zipped) == triples_of(plain)
    assert zipped.stats.quad_checked == zipped.stats.quad_mismatch + 470
    # tone, counts and place are kept per edge; the URL is the article's, not the evidence
    t = zipped.triples[0]
    assert t.num_sources >= 1 and t.num_articles >= 1 and t.num_mentions >= 1
    assert all(t.evidence != t.article_id for t in zipped.triples)
    assert any(t.tone != 0 for t in zipped.triples)
    assert any(t.geo_country and t.geo_lat for t in zipped.triples)


@needs_real
def test_the_same_export_twenty_times_is_read_once(tmp_path):
    text = REAL_EXPORT.read_text(encoding="utf-8")
    for n in range(20):
        zip_file(tmp_path / f"2015021823{n:02d}00.export.CSV.zip", "x.export.CSV", text)
    result = read_gdelt(str(tmp_path / "*.export.CSV.zip"))
    assert result.files == 20
    assert result.stats.rows == 20 * 2271 and result.stats.duplicates == 19 * 2271
    assert len(result.triples) == result.stats.triples == 470


def test_duplicate_and_blank_event_ids_are_counted_once_in_every_output(tmp_path, capsys):
    lines = [dyad("USA", "RUS", "190", GLOBALEVENTID="1"),
             dyad("USA", "RUS", "190", GLOBALEVENTID="1", SOURCEURL="http://other/1"),
             dyad("CHN", "VNM", "042", GLOBALEVENTID="2"),
             dyad("CHN", "VNM", "042", GLOBALEVENTID="")]
    (tmp_path / "a.export.CSV").write_text("".join(lines[:3]), encoding="utf-8")
    (tmp_path / "b.export.CSV").write_text(lines[0] + lines[3], encoding="utf-8")
    out = tmp_path / "out"
    assert main(["gdelt", str(tmp_path / "a.export.CSV"), str(tmp_path / "b.export.CSV"),
                 "--out", str(out)]) == 0
    printed = capsys.readouterr()
    assert "rows: 5  triples: 2 " in printed.out and "duplicates: 2  bad: 1" in printed.out
    assert "GLOBALEVENTID is blank" in printed.err
    with (out / "triples.csv").open(encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    assert len(rows) == 2 and len({r["id"] for r in rows}) == 2
    assert {r["article_id"] for r in rows} == {"https://www.example.com/news/1"}
    graph = nx.read_graphml(out / "graph.graphml", force_multigraph=True)
    assert graph.number_of_edges() == 2


def test_mentions_join_on_a_small_real_shaped_sample(tmp_path):
    (tmp_path / "20150218230000.export.CSV").write_text(
        dyad("USA", "RUS", "190", GLOBALEVENTID="410") + dyad("CHN", "VNM", "042",
                                                               GLOBALEVENTID="411"),
        encoding="utf-8")
    zip_file(tmp_path / "20150218230000.mentions.CSV.zip", "20150218230000.mentions.CSV",
             mention("410", "bbc.co.uk", 2, (10, 60, 30), 50)
             + mention("410", "reuters.com", 4, (120, -1, 100), 90)
             + mention("999", "elsewhere.org", 1, (1, 2, 3), 100))  # an event not read
    result = read_gdelt(tmp_path)
    by_source = {t.source: t for t in result.triples}
    usa, chn = by_source["USA"], by_source["CHN"]
    assert (usa.sentence, usa.char_start, usa.char_end, usa.confidence) == (4, 100, 120, 0.9)
    assert "2 mentions; best: reuters.com sentence 4" in usa.evidence
    assert (chn.sentence, chn.confidence) == (0, 0.4)  # no mention: the export's values
    assert (result.mentions.rows, result.mentions.joined, result.mentions.unmatched) == (3, 2, 1)
    assert result.mentions.events == 1


@pytest.mark.skipif(not (SHARED / "mentionssamp.csv").exists(), reason="no mentions sample")
def test_the_headed_mentions_sample_is_read(tmp_path):
    sample = SHARED / "mentionssamp.csv"
    with sample.open(encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    first = rows[0]
    best = max(int(r["confidence"]) for r in rows
               if r["globaleventid"] == first["globaleventid"])
    export = tmp_path / "x.export.CSV"
    export.write_text(dyad("USA", "RUS", "190", GLOBALEVENTID=first["globaleventid"]),
                      encoding="utf-8")
    result = read_gdelt([export, sample])
    assert result.mentions.bad == 0 and result.mentions.rows > 1000
    assert result.mentions.events == 1
    assert result.triples[0].confidence == best / 100


def test_a_mentions_file_without_its_export_is_exit_2(tmp_path, capsys):
    zip_file(tmp_path / "m.mentions.CSV.zip", "m.mentions.CSV", mention("1", "a.b", 1,
                                                                        (1, 2, 3), 10))
    assert main(["gdelt", str(tmp_path / "m.mentions.CSV.zip"),
                 "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "m.mentions.CSV.zip" in err
    assert not (tmp_path / "out").exists()


def test_typed_actors_keep_rows_with_a_type_but_no_country():
    police = row(Actor1Code="COP", Actor1Type1Code="COP", Actor1Name="POLICE",
                 Actor2Code="RUS", Actor2CountryCode="RUS", EventCode="173")
    assert read_text([police]).triples == []
    typed = read_text([police], GdeltOptions(typed=True))
    (t,) = typed.triples
    assert (t.source, t.target) == ("group:police", "RUS")
    assert typed.actors["group:police"].kind == "group"
    assert (typed.stats.typed, typed.stats.no_actor) == (1, 0)


def read_text(lines, options=None):
    from geopolgraph.loaders.gdelt import parse_gdelt

    return parse_gdelt(lines, "t.CSV", options=options)


def test_since_and_until_window_on_sqldate(tmp_path, capsys):
    export = tmp_path / "w.export.CSV"
    export.write_text("".join(dyad("USA", "RUS", "190", GLOBALEVENTID=str(i), SQLDATE=d)
                              for i, d in enumerate(["20150101", "20150215", "20150301"])),
                      encoding="utf-8")
    assert main(["gdelt", str(export), "--since", "2015-02-01", "--until", "20150228",
                 "--out", str(tmp_path / "out")]) == 0
    printed = capsys.readouterr().out
    assert "triples: 1 " in printed and "out of range: 2" in printed
    assert main(["gdelt", str(export), "--since", "2015-13-01"]) == 2


def test_folders_globs_and_files_mix_without_reading_a_file_twice(tmp_path):
    (tmp_path / "d").mkdir()
    a = tmp_path / "d" / "1.export.CSV"
    a.write_text(dyad("USA", "RUS", "190", GLOBALEVENTID="1"), encoding="utf-8")
    (tmp_path / "d" / "notes.txt").write_text("not gdelt", encoding="utf-8")
    inputs = find_inputs([tmp_path / "d", a, str(tmp_path / "d" / "*.CSV")])
    assert inputs.exports == [a] and inputs.mentions == []
    with pytest.raises(InputError, match="no file matches"):
        find_inputs([str(tmp_path / "*.zip")])
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no GDELT"):
        find_inputs([tmp_path / "empty"])


def test_zip_is_read_in_place(tmp_path):
    zip_file(tmp_path / "z.export.CSV.zip", "z.export.CSV",
             dyad("USA", "RUS", "190") * 1)
    before = sorted(p.name for p in tmp_path.iterdir())
    assert len(read_gdelt(tmp_path).triples) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == before
