"""Hostile Cypher through `geopolgraph cypher` (refused, store unchanged) and hostile text
through `build` into the page (inert in Chromium): each case recorded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import relkit

ROOT = Path(__file__).resolve().parents[2]
#: The statements of issue 11 and their variants (tests/queries/test_readonly.py has more).
HOSTILE = {
    "\\r ends a // comment, then LOAD CSV file:///etc/passwd":
        "WITH 1 AS x // c\rLOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
    "\\u2028 after a // comment, then LOAD CSV":
        "WITH 1 AS x // c\u2028LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
    "block comment, then LOAD CSV":
        "WITH 1 AS x /* c */ LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
    "LOAD CSV of a local http URL": "LOAD CSV FROM 'http://127.0.0.1:9/x.csv' AS l RETURN l",
    "backticked procedure": "CALL `db`.`clearQueryCaches`()",
    "TERMINATE TRANSACTIONS": "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
    "SHOW TRANSACTIONS (other sessions' queries)": "SHOW TRANSACTIONS",
    "mixed-case write": "mAtCh (a) SeT a.pwned = true",
    "write after comments": "/* x */ // y\nMATCH (a) DETACH DELETE a",
    "CALL { CREATE }": "CALL () { CREATE (:Pwned) } RETURN 1",
    "FOREACH": "FOREACH (i IN [1] | CREATE (:Pwned))",
    "admin command": "CREATE USER pwned SET PASSWORD 'abcdefghijk'",
    "write procedure": "CALL db.createLabel('Pwned')",
    "several statements": "MATCH (n) RETURN n; CREATE (:Pwned)",
    "IN TRANSACTIONS": "UNWIND [1] AS i CALL (i) { CREATE (:P) } IN TRANSACTIONS RETURN i",
}
PARAMS = {
    "a quote and a write": "x'}) DETACH DELETE n //",
    "a backtick and a comment": "`) RETURN 1 // \r CREATE (:Pwned)",
}


@pytest.mark.neo4j
def test_hostile_cypher_is_refused_and_the_store_unchanged(tried, neo4j_store):
    before = neo4j_store.checksum()
    for case, statement in HOSTILE.items():
        run = tried("cypher", case, ["cypher", statement], allow=(relkit.CLEAN,))
        assert "refused" in run.stderr and "root:" not in run.stdout + run.stderr
    for case, value in PARAMS.items():
        run = tried("cypher", f"parameter holding {case}",
                    ["cypher", "RETURN $v AS v", "-p", f"v={value}", "--format", "json"],
                    allow=(relkit.OK,))
        assert json.loads(run.stdout)["v"] == value  # data, never code
    tried("cypher", "a plain read still runs", ["cypher", "MATCH (n) RETURN count(n) AS n"],
          allow=(relkit.OK,))
    same = neo4j_store.checksum() == before
    tried.record("cypher", "store checksum before and after every case", "checksum",
                 relkit.OK if same else relkit.DATA_LOST)
    assert same


OUT_PLACES = {
    "--out ''": lambda tmp: "",
    "--out .": lambda tmp: ".",
    "--out on a file": lambda tmp: _file(tmp / "afile"),
    "--out under a file": lambda tmp: str(_file(tmp / "bfile")) + "/out",
    "--out under /proc": lambda tmp: "/proc/geopolgraph-out",
    "--out where graph.html is a folder": lambda tmp: _html_folder(tmp / "o"),
    "--out through a symlink loop": lambda tmp: _loop(tmp / "loop") + "/out",
}


def _file(path: Path) -> str:
    path.write_text("x", encoding="utf-8")
    return str(path)


def _html_folder(folder: Path) -> str:
    (folder / "graph.html").mkdir(parents=True)
    return str(folder)


def _loop(path: Path) -> str:
    path.symlink_to(path)
    return str(path)


@pytest.mark.parametrize("case", list(OUT_PLACES), ids=list(OUT_PLACES))
def test_output_places(case, tried, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    out = OUT_PLACES[case](tmp_path)
    before = sorted(p.name for p in tmp_path.iterdir())
    tried("outputs", case, ["build", ROOT / "seeds", "--out", out], allow=(relkit.CLEAN,),
          tmp=tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing written here
    if case.endswith("folder"):
        assert (tmp_path / "o" / "graph.html").is_dir()


def test_read_only_folder(tried, tmp_path):
    """An immutable folder (chattr +i stops even root); skipped where chattr cannot."""
    import shutil
    import subprocess

    folder = tmp_path / "ro"
    folder.mkdir()
    if not shutil.which("chattr") or subprocess.run(["chattr", "+i", str(folder)],
                                                     capture_output=True).returncode:
        pytest.skip("chattr +i is not available here")
    try:
        tried("outputs", "--out in a read-only folder",
              ["build", ROOT / "seeds", "--out", folder / "out"], allow=(relkit.CLEAN,),
              tmp=tmp_path)
        tried("outputs", "draw --out in a read-only folder",
              ["draw", ROOT / "seeds", "--out", folder / "p.html"], allow=(relkit.CLEAN,),
              tmp=tmp_path)
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=False)


@pytest.mark.browser
def test_hostile_articles_stay_inert_in_the_page(tried, tmp_path, chromium):
    from drawkit import PWN_IMG, PWN_SCRIPT, Browser

    hostile = [
        {"id": "evil-1", "title": "</title><script>window.__pwned=1</script>",
         "url": "javascript:window.__pwned=2", "source": PWN_IMG,
         "text": f"Amerika Serikat memperingatkan Rusia. {PWN_SCRIPT} {PWN_IMG}"},
        {"id": "evil-2\"'><img src=x onerror=alert(3)>", "title": PWN_IMG,
         "url": "http://127.0.0.1:9/beacon", "text":
         f"Korea Utara mengecam Amerika Serikat \"{PWN_SCRIPT}\" kata {PWN_IMG}."},
    ]
    corpus = tmp_path / "evil.jsonl"
    corpus.write_text("".join(json.dumps(a) + "\n" for a in hostile), encoding="utf-8")
    out = tmp_path / "out"
    tried("page", "hostile titles, URLs, ids and evidence through build",
          ["build", corpus, "--out", out, "--title", "<script>window.__pwned=5</script>"],
          allow=(relkit.OK,), tmp=tmp_path)
    browser = Browser(chromium)
    page = browser.open(out / "graph.html")
    page.wait_for_timeout(500)
    pwned = page.evaluate("typeof window.__pwned")
    page.close()
    inert = pwned == "undefined" and browser.dialogs == [] and browser.requests == []
    tried.record("page", "hostile text in Chromium: no dialog, no request, no script run",
                 "build evil.jsonl; open graph.html", relkit.OK if inert else relkit.DATA_LOST,
                 f"dialogs {len(browser.dialogs)}, requests {len(browser.requests)}, "
                 f"__pwned {pwned}")
    assert inert, (pwned, browser.dialogs, browser.requests)
