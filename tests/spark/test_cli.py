"""`geopolgraph spark` fails in one line, before Spark starts, on paths that cannot work."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def spark_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "geopolgraph", "spark", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize(("args", "message"), [
    (("extract", "no/such/folder", "--out", "x"), "no/such/folder: no such file or folder"),
    (("extract", "seeds", "--out", "seeds"), "seeds: the output folder is also an input"),
    (("gdelt", "seeds/articles.csv", "--out", "x"), "seeds/articles.csv: not a GDELT export file"),
    (("extract", "seeds", "--out", "x", "--partitions", "0"), "must be at least 1"),
])
def test_bad_arguments_fail_in_one_line_without_starting_spark(args, message):
    started = time.perf_counter()
    result = spark_cli(*args)
    assert time.perf_counter() - started < 20
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
