"""Article readers: .txt with and without a manifest, .jsonl, .csv, folders, bad input."""

import io
from pathlib import Path

import pytest

from geopolgraph.errors import GeopolgraphWarning, InputError
from geopolgraph.loaders.articles import (
    detect_language,
    find_article_files,
    parse_csv,
    parse_jsonl,
    parse_txt,
    read_articles,
)

ROOT = Path(__file__).resolve().parents[2]


def test_seed_reads_with_manifest_metadata():
    [article] = list(read_articles([ROOT / "seeds"]))
    assert article.id == "tribunnews-2024-06-putin-korea-utara"
    assert (article.published, article.lang, article.source) == (
        "2024-06-16",
        "id",
        "Tribunnews.com",
    )
    assert article.title
    assert article.text.startswith("TRIBUNNEWS.COM - Presiden Rusia")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("TRIBUNNEWS.COM - Presiden Rusia tiba.", "Tribunnews.com"),
        ("Judul\n\nJAKARTA, KOMPAS.com - Presiden Prabowo bertemu Macron.", "Kompas.com"),
        ("No dateline here.", ""),
    ],
)
def test_dateline_names_the_source(text, source):
    assert parse_txt(io.StringIO(text), "x").source == source


def test_date_from_file_name_without_manifest(tmp_path):
    path = tmp_path / "kompas-2025-06-19-x.txt"
    path.write_text("Korea Utara mendukung Iran.", encoding="utf-8")
    [article] = list(read_articles([path]))
    assert article.published == "2025-06-19"
    assert article.lang == "id"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Presiden Rusia akan mengunjungi Korea Utara pada bulan ini.", "id"),
        ("The president said he will visit the country this month.", "en"),
    ],
)
def test_detect_language(text, lang):
    assert detect_language(text) == lang


def test_jsonl_and_csv_records():
    jsonl = '{"id": "a", "text": "AS dan Korsel.", "published": "2024-01-02"}\n\n'
    assert [a.published for a in parse_jsonl(io.StringIO(jsonl))] == ["2024-01-02"]
    csv_text = "id,text,language\nb,The US warned Russia.,en\n"
    [article] = list(parse_csv(io.StringIO(csv_text)))
    assert (article.id, article.lang) == ("b", "en")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"id": "a", "text": "x"}\n[1, 2]\n', "line 2 of f.jsonl: expected a JSON object"),
        ('{"id": "a", "text": "x"}\n{oops\n', "line 2 of f.jsonl: not valid JSON"),
        ('{"text": "x"}\n', "line 1 of f.jsonl: missing an 'id'"),
    ],
)
def test_bad_jsonl_names_file_and_line(content, message):
    with pytest.raises(InputError, match=message):
        list(parse_jsonl(io.StringIO(content), "f.jsonl"))


def test_csv_without_text_column_is_refused():
    with pytest.raises(InputError, match="needs a header"):
        list(parse_csv(io.StringIO("id,body2\n1,x\n"), "a.csv"))


def test_missing_path_and_wrong_suffix(tmp_path):
    with pytest.raises(InputError, match="no such file or folder"):
        find_article_files([tmp_path / "nope"])
    odd = tmp_path / "x.pdf"
    odd.write_bytes(b"%PDF")
    with pytest.raises(InputError, match="not an article file"):
        find_article_files([odd])


def test_non_utf8_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x80\x81\x00bad")
    with pytest.warns(GeopolgraphWarning, match=r"skipped .*bad\.txt: not UTF-8"), \
            pytest.raises(InputError, match=r"no article could be read .*bad\.txt: not UTF-8"):
        list(read_articles([bad]))


def test_folder_skips_manifest(tmp_path):
    (tmp_path / "a.txt").write_text("AS memperingatkan Rusia.", encoding="utf-8")
    (tmp_path / "articles.csv").write_text(
        "id,file,source,url,published,language,title\nA,a.txt,S,,2024-01-01,id,T\n",
        encoding="utf-8",
    )
    [article] = list(read_articles([tmp_path]))
    assert (article.id, article.source, article.title) == ("A", "S", "T")
