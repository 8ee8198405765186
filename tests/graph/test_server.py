"""graph.server without starting anything: settings, records, missing tools."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from geopolgraph.errors import ServerError
from geopolgraph.graph import launcher, server


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE",
                 "GEOPOLGRAPH_NEO4J_PORT"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("GEOPOLGRAPH_NEO4J_DIR", str(tmp_path / "n4j"))
    return tmp_path / "n4j"


def test_defaults_without_a_server(folder: Path):
    assert server.data_dir() == folder
    assert server.connection_settings() == ("bolt://127.0.0.1:7687", "neo4j", "", "neo4j")
    info = server.status()
    assert not info.running and info.pid is None
    assert server.stop() is False


def test_the_port_variable_is_honoured_without_a_record(folder: Path, monkeypatch):
    """After `neo4j stop` (no record) the client dials GEOPOLGRAPH_NEO4J_PORT, not 7687."""
    monkeypatch.setenv("GEOPOLGRAPH_NEO4J_PORT", "7799")
    assert server.connection_settings()[0] == "bolt://127.0.0.1:7799"
    monkeypatch.setenv("GEOPOLGRAPH_NEO4J_PORT", "seventy")
    with pytest.raises(ServerError, match="GEOPOLGRAPH_NEO4J_PORT"):
        server.connection_settings()


def test_recorded_settings_and_env_precedence(folder: Path, monkeypatch: pytest.MonkeyPatch):
    folder.mkdir()
    (folder / "server.json").write_text(
        json.dumps({"pid": 2**22 + 12345, "port": 7799, "uri": "bolt://127.0.0.1:7799"})
    )
    password = server._local_password(folder, create=True)
    assert stat.S_IMODE(os.stat(folder / "password").st_mode) == 0o600
    assert server._local_password(folder, create=True) == password  # generated once
    assert server.connection_settings() == ("bolt://127.0.0.1:7799", "neo4j", password, "neo4j")
    monkeypatch.setenv("NEO4J_URI", "neo4j://db.example:7687")
    monkeypatch.setenv("NEO4J_PASSWORD", "secret-of-the-user")
    monkeypatch.setenv("NEO4J_DATABASE", "news")
    assert server.connection_settings() == (
        "neo4j://db.example:7687", "neo4j", "secret-of-the-user", "news"
    )
    # a dead recorded pid is not running, and stop() signals nothing
    assert not server.status().running
    assert server.stop() is False
    assert not (folder / "server.json").exists()


def test_an_unrelated_live_pid_is_never_ours(folder: Path):
    folder.mkdir()
    (folder / "server.json").write_text(json.dumps({"pid": os.getpid(), "port": 7687}))
    assert not server.status().running  # this pytest process is not the launcher
    assert server.stop() is False


def test_missing_java_or_maven_says_what_to_install(
    folder: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
):
    monkeypatch.setattr(launcher.shutil, "which", lambda name: None)
    monkeypatch.setattr(launcher, "JAVA17_HOME", tmp_path / "no-jdk")  # read by launcher._java_env
    monkeypatch.delenv("JAVA_HOME", raising=False)
    with pytest.raises(ServerError, match="apt-get install openjdk-17-jdk-headless maven"):
        server.start()
    project = tmp_path / "launcher"
    project.mkdir()
    (project / "pom.xml").write_text("<project/>")
    monkeypatch.setenv("GEOPOLGRAPH_NEO4J_LAUNCHER", str(project))
    with pytest.raises(ServerError, match=r"maven is needed.*apt-get install"):
        server.build_launcher()
