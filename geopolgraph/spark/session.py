"""A SparkSession for the job: bounded driver memory, no web UI, quiet logs, stopped after use.

Without ``master`` the session takes the one ``spark-submit`` gave it (a cluster), else
``local[2]``. The executors' Python is this interpreter, so they import the same geopolgraph.

>>> check_environment() is None  # pyspark importable and a java on the PATH (or JAVA_HOME)
True
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from geopolgraph.errors import GeopolgraphError

if TYPE_CHECKING:  # pragma: no cover
    from pyspark.sql import SparkSession

__all__ = ["DEFAULT_DRIVER_MEMORY", "DEFAULT_MASTER", "check_environment", "spark_session"]

DEFAULT_MASTER = "local[2]"
DEFAULT_DRIVER_MEMORY = "2g"
_JAVA17 = Path("/usr/lib/jvm/java-17-openjdk-amd64")


def check_environment() -> None:
    """Raise a one-line error when pyspark or Java is missing (what to install)."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        raise GeopolgraphError(
            "the Spark job needs pyspark: pip install 'geopolgraph[spark]'"
        ) from None
    if not os.environ.get("JAVA_HOME") and _JAVA17.is_dir():
        os.environ["JAVA_HOME"] = str(_JAVA17)
    java_home = os.environ.get("JAVA_HOME")
    if not shutil.which("java") and not (java_home and Path(java_home, "bin", "java").exists()):
        raise GeopolgraphError(
            "the Spark job needs Java 17: apt-get install openjdk-17-jre-headless "
            "(or set JAVA_HOME)"
        )


def _submitted() -> bool:
    """Whether ``spark-submit`` started this Python (it owns master and memory then)."""
    return "PYSPARK_GATEWAY_PORT" in os.environ


@contextmanager
def spark_session(
    master: str | None = None,
    driver_memory: str = DEFAULT_DRIVER_MEMORY,
    partitions: int | None = None,
    app_name: str = "geopolgraph",
) -> Iterator[SparkSession]:
    """A session for the job, stopped on exit (unless it existed before: tests share one)."""
    check_environment()
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    existing = SparkSession.getActiveSession()
    if existing is not None:
        yield existing
        return
    builder = (
        SparkSession.builder.appName(app_name)
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", str(sys.stderr.isatty()).lower())
        .config("spark.log.level", "ERROR")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "256")
        .config("spark.sql.sources.partitionColumnTypeInference.enabled", "false")
        .config("spark.sql.shuffle.partitions", str(partitions or 8))
    )
    if not _submitted():
        builder = builder.master(master or DEFAULT_MASTER).config(
            "spark.driver.memory", driver_memory
        )
    elif master:
        builder = builder.master(master)
    spark = builder.getOrCreate()
    try:
        yield spark
    finally:
        spark.stop()
