"""Bulk first load: CSV files and Neo4j's own offline importer, then the server on the result.

Into an empty local store, ``bulk_load`` writes what the incremental UNWIND MERGE path would
store as the importer's CSV files (``graph.bulk_csv``, column-wise), stops the local server, runs
``neo4j-admin database import full`` (``org.neo4j.cli.AdminTool`` from the
``neo4j-import-tool`` dependency of ``neo4j/pom.xml``) into a staging home beside the real one,
swaps the staged store in and starts the server on it. The previous store is moved aside first
and moved back if anything fails, so a failed import leaves it as it was.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from geopolgraph.errors import InputError, ServerError
from geopolgraph.graph import server
from geopolgraph.graph.bulk_csv import ARRAY_DELIMITER, as_table, pair_rows_of, write_import_csvs
from geopolgraph.graph.derived import actor_metrics
from geopolgraph.model import Actor, Article, Triple

__all__ = ["BulkSummary", "bulk_load", "load_bulk", "load_mirror_bulk", "write_import_csvs"]

@dataclass
class BulkSummary:
    """What the importer wrote and how long each step took (seconds)."""

    triples: int = 0
    actors: int = 0
    csv_seconds: float = 0.0
    import_seconds: float = 0.0
    restart_seconds: float = 0.0

    def __str__(self) -> str:
        total = self.csv_seconds + self.import_seconds
        rate = self.triples / total if total else 0.0
        return (f"bulk import: {self.triples} triples, {self.actors} actors; CSV "
                f"{self.csv_seconds:.1f} s, import {self.import_seconds:.1f} s "
                f"({rate:,.0f} triples/s), server restart {self.restart_seconds:.1f} s")


_STORE_PARTS = (Path("data") / "databases" / "neo4j", Path("data") / "transactions" / "neo4j")


def _run_importer(home: Path, files: Mapping[str, Path], log: Path) -> None:
    project = server.build_launcher()
    home.mkdir(parents=True, exist_ok=True)
    env = server._java_env()
    env["NEO4J_HOME"] = str(home)
    env.pop("NEO4J_CONF", None)
    classpath = f"{project / 'target' / 'classes'}:{project / 'target' / 'lib'}/*"
    command = [
        server._java(), f"-Xmx{server.memory_settings()[0]}", "-cp", classpath,
        "org.neo4j.cli.AdminTool",
        "database", "import", "full",
        f"--nodes={files['actors']}", f"--nodes={files['articles']}",
        f"--nodes={files['sentences']}",
        f"--relationships={files['triples']}", f"--relationships={files['mentions']}",
        "--id-type=integer",  # node files number their rows (``bulk_csv._numbers``)
        "--multiline-fields=true", "--bad-tolerance=0", f"--array-delimiter={ARRAY_DELIMITER}",
        f"--threads={max(2, os.cpu_count() or 2)}",
        f"--report-file={log.with_suffix('.report')}",
        "--overwrite-destination", "neo4j",
    ]
    with log.open("w", encoding="utf-8") as out:
        proc = subprocess.run(command, env=env, stdout=out, stderr=subprocess.STDOUT,
                              stdin=subprocess.DEVNULL, check=False, cwd=home)
    if proc.returncode != 0:
        tail = [line for line in log.read_text(encoding="utf-8", errors="replace").splitlines()
                if line.strip()][-3:]
        raise ServerError(f"the bulk import failed (exit {proc.returncode}); the store is "
                          f"unchanged; see {log}: {' | '.join(tail)}")


def _swap(staged: Path, live: Path, backup: Path) -> None:
    """Move the live store parts to ``backup`` and the staged ones into place."""
    for part in _STORE_PARTS:
        if (live / part).exists():
            (backup / part).parent.mkdir(parents=True, exist_ok=True)
            (live / part).rename(backup / part)
    for part in _STORE_PARTS:
        (live / part).parent.mkdir(parents=True, exist_ok=True)
        (staged / part).rename(live / part)


def _restore(live: Path, backup: Path) -> None:
    for part in _STORE_PARTS:
        if (backup / part).exists():
            if (live / part).exists():
                shutil.rmtree(live / part)
            (backup / part).rename(live / part)


def load_bulk(
    triples: Sequence[Triple], actors: Mapping[str, Actor], articles: Iterable[Article]
) -> BulkSummary:
    """The first load of an empty local store through the offline importer, derived actor
    properties included, then the id constraints; refuses a store that holds anything or a
    server of the user's own (``NEO4J_URI``): those take the incremental MERGE path."""
    from geopolgraph.graph.store import Store

    if os.environ.get("NEO4J_URI"):
        raise InputError("--bulk loads the local server only (NEO4J_URI names another): "
                         "drop --bulk to MERGE into it")
    with Store() as store:
        nodes = store.counts()["nodes"]
    if nodes:
        raise InputError(f"--bulk needs an empty database; this one holds {nodes} nodes: "
                         "drop --bulk to MERGE into it")
    summary = bulk_load(triples, actors, articles, derived=True)
    started = time.perf_counter()
    with Store() as store:
        store.ensure_schema()
    summary.restart_seconds += time.perf_counter() - started
    return summary


def load_mirror_bulk(G: Any) -> BulkSummary:
    """:func:`load_bulk` of a mirror's actors, articles and edges (what ``load --bulk`` does)."""
    from geopolgraph.graph.mirror import triples_from_mirror
    from geopolgraph.graph.sync import actors_from_mirror, articles_from_mirror

    return load_bulk(triples_from_mirror(G), actors_from_mirror(G), articles_from_mirror(G))


def bulk_load(
    triples: Sequence[Triple],
    actors: Mapping[str, Actor],
    articles: Iterable[Article],
    actor_extra: Mapping[str, Mapping[str, Any]] | None = None,
    *,
    derived: bool = False,
) -> BulkSummary:
    """Replace the local server's store with these records through the importer (use
    :func:`load_bulk`, which checks that it is empty first). With ``derived`` the derived actor
    properties are computed from the triples (counted in ``csv_seconds``).

    The server is stopped for the import and started again on the result (``neo4j start``
    settings); if the import or that start fails, the previous store is put back.
    """
    folder = server.data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="bulk-", dir=folder))
    summary = BulkSummary(triples=len(triples))
    try:
        started = time.perf_counter()
        table = as_table(triples)
        extra = dict(actor_extra or {})
        if derived:
            for ident, props in actor_metrics(pair_rows_of(table)).items():
                extra[ident] = {**extra.get(ident, {}), **props}
        files = write_import_csvs(work / "csv", table, actors, articles, extra)
        summary.actors = sum(1 for _ in files["actors"].open(encoding="utf-8")) - 1
        summary.csv_seconds = time.perf_counter() - started
        was_running = server.stop()
        started = time.perf_counter()
        try:
            _run_importer(work / "home", files, folder / "bulk-import.log")
        except BaseException:
            if was_running:
                server.start()
            raise
        summary.import_seconds = time.perf_counter() - started
        started = time.perf_counter()
        backup = work / "previous"
        _swap(work / "home", folder / "db", backup)
        try:
            server.start()
        except BaseException:
            with contextlib.suppress(ServerError):
                server.stop()
            _restore(folder / "db", backup)
            with contextlib.suppress(ServerError):
                server.start()
            raise
        summary.restart_seconds = time.perf_counter() - started
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return summary
