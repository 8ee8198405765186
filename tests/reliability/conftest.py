"""The reliability suite records every case it tries and regenerates ``RELIABILITY.md``.

Use the ``tried`` fixture (helpers in ``relkit.py``)::

    def test_empty_file(tried, tmp_path):
        path = tmp_path / "empty.txt"
        path.write_text("")
        run = tried("inputs", "empty .txt", ["build", str(path), "--out", str(tmp_path / "o")])
        assert "no article" in run.stderr

``tried(group, case, argv, allow=relkit.HANDLED)`` runs ``geopolgraph ARGV`` in this process,
classifies what happened (``relkit.classify``), records it and fails the test unless the outcome
is in ``allow``. Outcomes:

- ``ok``: exit 0, no warning;
- ``counted skip``: exit 0 and a ``skipped …`` warning (with its count);
- ``clean error``: exit 2 and exactly one ``geopolgraph: error:`` line;
- ``traceback``: anything else (an exception escaped ``main``, another exit status, a
  ``Traceback`` on stderr).

``tried.record(group, case, command, outcome, detail="")`` records a case checked by other
means, e.g. ``"data lost"`` when a file under its final name is truncated after ``kill -9``.

At the end of a run that collected the whole suite, ``RELIABILITY.md`` (repository root) is
rewritten from the records: one row per case and the counts per outcome.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "draw"))  # drawkit: the page tests' Chromium wrapper

import relkit  # noqa: E402

ROOT = HERE.parents[1]


@pytest.fixture
def tried() -> relkit.Trier:
    """Run a CLI case, record its outcome, fail unless it is allowed (see module doc)."""
    return relkit.Trier(relkit.RECORDS)



def pytest_collection_finish(session: pytest.Session) -> None:
    """The report is rewritten only when every test file of the suite was collected and no
    marker or keyword filter left cases out (``make unit`` deselects the server and browser
    cases: its partial report must not replace the whole one)."""
    files = {Path(str(item.fspath)).name for item in session.items
             if Path(str(item.fspath)).parent == HERE}
    filtered = bool(session.config.getoption("markexpr", "") or
                    session.config.getoption("keyword", ""))
    relkit.STATE["whole"] = (not filtered
                             and files == {p.name for p in HERE.glob("test_*.py")})


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if relkit.STATE.get("whole") and relkit.RECORDS:
        (ROOT / "RELIABILITY.md").write_text(relkit.report(relkit.RECORDS), encoding="utf-8")
