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


@pytest.mark.spark
def test_spark_submit_runs_the_entry_point_file(spark, tmp_path):
    """`spark-submit geopolgraph/spark/submit.py extract …`, as on a cluster (here local[1])."""
    import os

    import pyarrow.parquet as pq

    bin_dir = Path(sys.executable).parent
    submit = bin_dir / "spark-submit"
    if not submit.exists():
        pytest.fail(f"{submit} is missing (pyspark installs it)")
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    result = subprocess.run(
        [str(submit), "--master", "local[1]", "--driver-memory", "1g",
         "geopolgraph/spark/submit.py", "extract", "seeds", "--out", str(tmp_path / "out")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "1 extracted" in result.stdout
    ids = pq.read_table(tmp_path / "out" / "articles").column("id").to_pylist()
    assert ids == ["tribunnews-2024-06-putin-korea-utara"]
