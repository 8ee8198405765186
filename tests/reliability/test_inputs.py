"""Bad inputs through build, extract and load: each a one-line error or a counted skip, never a
traceback, and the good article beside it in the same batch still read (issue 11)."""

from __future__ import annotations

import codecs
import json
import os
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
import relkit

GOOD = "TRIBUNNEWS.COM - Amerika Serikat memperingatkan Rusia pada Senin (10/6/2024).\n"
GOOD_TRIPLE = ("USA", "WARNS", "RUS")
PARA = "Amerika Serikat memperingatkan Rusia. "


def _deep(depth: int) -> bytes:
    return b'{"id": "deep", "text": ' + b"[" * depth + b"]" * depth + b"}\n"


#: name -> (file name, content): every one a file a careless user or an attacker could hand in.
CORPUS: dict[str, tuple[str, bytes | Callable[[Path], None]]] = {
    "empty .txt": ("empty.txt", b""),
    "empty .jsonl": ("empty.jsonl", b""),
    "empty .csv": ("empty.csv", b""),
    "binary .txt": ("binary.txt", bytes(range(256)) * 64),
    "binary articles.csv in a folder": ("articles.csv", b"\x89PNG\r\n\x1a\n\x00\xff" * 100),
    "invalid UTF-8": ("latin1.txt", "Amerika Serikat memperingatkan Rusia. Caf\xe9".encode(
        "latin-1")),
    "UTF-16 with BOM": ("utf16.txt", codecs.BOM_UTF16_LE + "Amerika Serikat memperingatkan "
                        "Korea Utara.".encode("utf-16-le")),
    "a 50 MB line (.jsonl)": ("long.jsonl", lambda p: p.write_text(json.dumps(
        {"id": "long", "text": PARA, "junk": "x" * 50_000_000}) + "\n", encoding="utf-8")),
    "broken .jsonl line": ("broken.jsonl", b'{"id": "ok1", "text": "AS memperingatkan Rusia."}\n'
                           b'{"id": "bad", "text": "unterminated\n'),
    "100,000-deep nested .jsonl": ("deep.jsonl", _deep(100_000)),
    "a JSON list, not an object": ("list.jsonl", b"[1, 2, 3]\n"),
    "missing id and text": ("noid.jsonl", b'{"title": "x"}\n'),
    "ragged .csv": ("ragged.csv", b"id,text,source\nr1,AS memperingatkan Rusia.,a,EXTRA\nr2\n"),
    "semicolon-delimited .csv": ("semi.csv", b"id;text\ns1;Amerika Serikat memperingatkan "
                                 b"Rusia.\n"),
    "header without text column": ("notext.csv", b"id,body2\n1,x\n"),
    "CSV field over 128 KiB": ("big.csv", b"id,text\nbig,\"" + PARA.encode() * 4000 + b"\"\n"),
    "unterminated CSV quote": ("quote.csv", b'id,text\nq1,"AS memperingatkan Rusia.\n'
                               b"q2,Korea Utara mengecam Amerika Serikat.\n"),
    "BOM in CSV header": ("bom.csv", codecs.BOM_UTF8 + b"id,text\nb1,Amerika Serikat "
                          b"memperingatkan Korea Utara.\n"),
    "lone surrogate in text and title": ("surrogate.jsonl", b'{"id": "s1", "title": "x\\ud800y",'
                                         b' "text": "Amerika Serikat \\ud800 memperingatkan '
                                         b'Rusia."}\n'),
    "control characters in text": ("control.jsonl", b'{"id": "c1", "title": "a\\u000cb\\u001b",'
                                   b' "text": "Amerika Serikat\\u0000 memperingatkan\\u000c '
                                   b'Rusia\\u001b."}\n'),
    "invalid published date": ("baddate.jsonl", b'{"id": "d1", "published": "2024-13-45", '
                               b'"text": "Amerika Serikat memperingatkan Rusia."}\n'),
    "duplicate article ids": ("zz-dupes.jsonl", b'{"id": "good", "text": "Korea Utara mengecam '
                              b'Rusia."}\n'),
    "unicode and spaces in the name": ("Berita Dunia \u2014 \u00e9t\u00e9 \u0411.txt",
                                       GOOD.encode()),
    "not an article suffix in a folder": ("notes.pdf", b"%PDF-1.4"),
}
#: The manifest cases: a folder with good.txt and this articles.csv.
MANIFESTS = {
    "manifest naming a missing file": b"id,file,source,published,language\n"
                                      b"g,good.txt,S,2024-06-10,id\nm,missing.txt,S,,id\n",
    "manifest language xx": b"id,file,language\ng,good.txt,xx\n",
    "manifest with a BOM": codecs.BOM_UTF8 + b"id,file,language\ng,good.txt,id\n",
    "binary manifest": b"\x00\xff\xfe" * 50,
}


def _write(folder: Path, name: str, content: bytes | Callable[[Path], None]) -> Path:
    path = folder / name
    if callable(content):
        content(path)
    else:
        path.write_bytes(content)
    return path


def _batch(tmp_path: Path, name: str, content: bytes | Callable[[Path], None]) -> Path:
    """A folder holding the good article and the bad input."""
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    _write(folder, name, content)
    return folder


def _good_in(csv_text: str) -> bool:
    return any(",".join(GOOD_TRIPLE) in line for line in csv_text.splitlines())


@pytest.mark.parametrize("case", list(CORPUS), ids=list(CORPUS))
def test_alone_and_in_a_batch_through_build(case, tried, tmp_path):
    name, content = CORPUS[case]
    alone = tmp_path / "alone"
    alone.mkdir()
    path = _write(alone, name, content)
    tried("inputs: build", f"{case}, alone", ["build", path, "--out", tmp_path / "o1"],
          tmp=tmp_path)
    batch = _batch(tmp_path, name, content)
    out = tmp_path / "o2"
    run = tried("inputs: build", f"{case}, beside a good article", ["build", batch, "--out", out],
                allow=(relkit.OK, relkit.SKIP), tmp=tmp_path)
    assert run.rc == 0
    triples = (out / "triples.csv").read_text(encoding="utf-8")
    assert _good_in(triples), "the good article of the batch was not read"
    ET.parse(out / "graph.graphml")  # well-formed XML whatever the input held
    if case == "duplicate article ids":
        assert run.outcome == relkit.SKIP and "already read" in " ".join(run.warnings)


@pytest.mark.parametrize("case", list(CORPUS), ids=list(CORPUS))
def test_in_a_batch_through_extract(case, tried, tmp_path):
    name, content = CORPUS[case]
    batch = _batch(tmp_path, name, content)
    run = tried("inputs: extract", f"{case}, beside a good article", ["extract", batch],
                allow=(relkit.OK, relkit.SKIP), tmp=tmp_path)
    records = [json.loads(line) for line in run.stdout.splitlines()]
    assert any((r["source"], r["relation"], r["target"]) == GOOD_TRIPLE for r in records)


@pytest.mark.parametrize("case", list(MANIFESTS), ids=list(MANIFESTS))
def test_manifests(case, tried, tmp_path):
    folder = tmp_path / "m"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "articles.csv").write_bytes(MANIFESTS[case])
    run = tried("inputs: manifest", case, ["extract", folder], allow=(relkit.OK, relkit.SKIP),
                tmp=tmp_path)
    said = " ".join(run.warnings)
    if "missing" in case:
        assert "missing.txt" in said
    if "xx" in case:
        assert "'xx'" in said
    assert any(json.loads(line)["relation"] == "WARNS" for line in run.stdout.splitlines())


def test_symlink_loop(tried, tmp_path):
    folder = tmp_path / "loop"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    os.symlink(folder / "b.txt", folder / "a.txt")
    os.symlink(folder / "a.txt", folder / "b.txt")
    os.symlink(folder, folder / "self")
    tried("inputs: build", "symlink loop in a folder", ["build", folder, "--out", tmp_path / "o"],
          allow=(relkit.OK, relkit.SKIP), tmp=tmp_path)
    tried("inputs: build", "symlink loop given as the input",
          ["build", folder / "a.txt", "--out", tmp_path / "o2"], allow=(relkit.CLEAN,),
          tmp=tmp_path)


def test_paths_that_are_not_there(tried, tmp_path):
    tried("inputs: build", "a path that does not exist",
          ["build", tmp_path / "nope", "--out", tmp_path / "o"], allow=(relkit.CLEAN,),
          tmp=tmp_path)
    tried("inputs: extract", "an empty folder", ["extract", tmp_path], allow=(relkit.CLEAN,
                                                                          relkit.OK), tmp=tmp_path)


@pytest.mark.neo4j
@pytest.mark.parametrize("case", [c for c in CORPUS if "50 MB" not in c],
                         ids=[c for c in CORPUS if "50 MB" not in c])
def test_in_a_batch_through_load(case, tried, tmp_path, neo4j_store):
    """load reads as build does; ids carry a unique prefix so cleanup removes exactly them."""
    prefix = f"gpgrel-{uuid.uuid4().hex[:8]}-"
    name, content = CORPUS[case]
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / f"{prefix}good.txt").write_text(GOOD, encoding="utf-8")
    _write(folder, prefix + name if not name.endswith((".jsonl", ".csv")) else name, content)
    before = set(r["id"] for r in neo4j_store.read("MATCH (a:Article) RETURN a.id AS id"))
    try:
        run = tried("inputs: load", f"{case}, beside a good article", ["load", folder],
                    allow=(relkit.OK, relkit.SKIP), tmp=tmp_path)
        assert run.rc == 0
        stored = neo4j_store.read("MATCH (a:Article {id: $id}) RETURN a.id AS id",
                                  {"id": f"{prefix}good"})
        assert stored, "the good article was not loaded"
    finally:
        after = set(r["id"] for r in neo4j_store.read("MATCH (a:Article) RETURN a.id AS id"))
        neo4j_store.delete_articles(sorted(after - before))


def test_a_long_text_without_full_stops(tried, tmp_path):
    """The extractor cuts an over-long 'sentence' into bounded chunks, so its time is linear in
    the input. Linearity is checked in this run, not against a wall-clock budget that depends on
    the machine: 4 MB without a full stop costs at most 6 times the CPU of 1 MB (4 if linear,
    16 if quadratic). The absolute speed is in ``make bench``. A chunk has no syntax the parser
    can read, so it gives no triple (the issue allows "no triples" for such input): the run
    ends cleanly with an empty result."""
    import random
    import time

    rng = random.Random(11)
    words = ["Amerika", "Serikat", "memperingatkan", "Rusia", "dan", "Korea", "Utara", "yang",
             "mengecam", "bantuan", "kata", "presiden", "di"]
    cpu = {}
    tried("inputs: extract", "a short text (loads lexicon and parsers)", ["extract", _text(
        tmp_path / "warm.txt", PARA)], allow=(relkit.OK,), tmp=tmp_path)
    for mb in (1, 4):
        size = mb * 2**20
        path = _text(tmp_path / f"long{mb}.txt",
                     " ".join(rng.choice(words) for _ in range(size // 6))[:size])
        started = time.process_time()
        run = tried("inputs: extract", f"a {mb} MB text without a full stop", ["extract", path],
                    allow=(relkit.OK,), tmp=tmp_path)
        cpu[mb] = time.process_time() - started
        assert run.stdout.count("\n") <= 2, "a chunk without syntax gave triples"
    assert cpu[4] <= 6 * cpu[1], f"4 MB cost {cpu[4]:.1f} s of CPU, 1 MB {cpu[1]:.1f} s"


def _text(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path
