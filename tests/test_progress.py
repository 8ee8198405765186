"""Progress shows as periodic log lines when output is not a terminal, and --quiet stops it."""

from __future__ import annotations

import logging
import re
import subprocess
import sys
from pathlib import Path

import pytest

from geopolgraph import progress as prog

ROOT = Path(__file__).resolve().parents[1]


def _build(tmp_path: Path, *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "geopolgraph", *options, "build", "seeds/", "--out",
         str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )


def test_piped_build_logs_progress_lines(tmp_path: Path) -> None:
    err = _build(tmp_path).stderr.splitlines()
    assert any(re.fullmatch(r"geopolgraph: extract: 1/1 files \(100%\) in \d\d:\d\d", line)
               for line in err), err
    assert any(line.startswith("geopolgraph: write: 4/4 files (100%)") for line in err)
    assert not any("\r" in line or "|" in line for line in err)  # no bar drawn into a pipe


def test_quiet_turns_progress_off(tmp_path: Path) -> None:
    result = _build(tmp_path, "--quiet")
    assert result.stderr == ""
    assert result.stdout.startswith("articles: 1")


def test_log_lines_go_to_the_logger_when_logging_is_configured(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.INFO, logger="geopolgraph.progress"):
        bar = prog.LogProgress(total=3, desc="load", unit="row")
        bar.update(3)
        bar.close()
    assert caplog.messages[-1] == "load: 3/3 rows (100%) in 00:00"


def test_progress_picks_the_quiet_or_log_form(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False, raising=False)
    assert isinstance(prog.progress(range(2)), prog.LogProgress)
    prog.set_quiet(True)
    try:
        bar = prog.progress(range(2))
        assert bar.disable and list(bar) == [0, 1]
    finally:
        prog.set_quiet(False)
