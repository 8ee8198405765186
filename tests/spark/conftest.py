"""One local[2] SparkSession for every Spark test (skipped without pyspark/Java, failed in CI)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED_ARTICLES = ROOT.parent / "shared" / "articles"


def _missing(what: str) -> None:
    message = f"{what}; install the spark extra: pip install -e '.[dev,spark]' (make venv)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="session")
def spark() -> Iterator[object]:
    """A local[2] session with 2 GB for the driver, stopped when the test session ends."""
    from geopolgraph.errors import GeopolgraphError

    try:
        from geopolgraph.spark.session import check_environment, spark_session

        check_environment()
    except (ImportError, GeopolgraphError) as exc:
        _missing(f"Spark cannot run here ({exc})")
    with spark_session("local[2]", driver_memory="2g", partitions=4,
                       app_name="geopolgraph tests") as session:
        yield session


@pytest.fixture(scope="session")
def shared_articles() -> Path:
    if not SHARED_ARTICLES.is_dir():
        message = f"{SHARED_ARTICLES} is missing (the evaluation texts beside the repository)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    return SHARED_ARTICLES


@pytest.fixture(scope="session")
def shared_run(spark, shared_articles, tmp_path_factory):
    """``(out, summary)``: the job run once on ../shared/articles (tests only read ``out``)."""
    from geopolgraph.spark.job import extract_job

    out = tmp_path_factory.mktemp("spark") / "out"
    return out, extract_job(spark, [str(shared_articles)], str(out))
