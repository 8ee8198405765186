"""Bulk first load: CSV files and Neo4j's own offline importer, then the server on the result.

Into an empty local store, ``bulk_load`` writes the very rows the incremental UNWIND MERGE path
sends (``graph.neo4j.*_rows``) as the importer's CSV files, stops the local server, runs
``neo4j-admin database import full`` (``org.neo4j.cli.AdminTool`` from the
``neo4j-import-tool`` dependency of ``neo4j/pom.xml``) into a staging home beside the real one,
swaps the staged store in and starts the server on it. The previous store is moved aside first
and moved back if anything fails, so a failed import leaves it as it was.

>>> from geopolgraph.model import Triple
>>> files = write_import_csvs(tempfile.mkdtemp(), [Triple("USA", "WARNS", "RUS", article_id="a",
...                                                        date="2024-06-10")], {}, [])
>>> sorted(p.name for p in files.values())
['actors.csv', 'articles.csv', 'mentions.csv', 'sentences.csv', 'triples.csv']
>>> files["triples"].read_text().splitlines()[1].split(",")[:4]
['"USA"', '"RUS"', '"WARNS"', '""']
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import IO, Any

from geopolgraph.errors import InputError, ServerError
from geopolgraph.graph import server
from geopolgraph.graph.derived import actor_metrics, triple_pair_rows
from geopolgraph.graph.rows import (
    REL_PROPS,
    actor_rows,
    article_rows,
    mention_rows,
    sentence_rows,
    triple_rows,
)
from geopolgraph.model import Actor, Article, Triple

__all__ = ["BulkSummary", "bulk_load", "load_bulk", "load_mirror_bulk", "write_import_csvs"]

#: The importer's column types by Python type name (Triple annotations are strings).
_TYPES = {"str": "", "int": ":long", "float": ":double", "bool": ":boolean"}
_TRIPLE_TYPES = {f.name: str(f.type) for f in fields(Triple)}
_ARTICLE_FIELDS = [f.name for f in fields(Article) if f.name != "text"]


def _cell(value: Any) -> str:
    """One CSV cell as the importer reads it: strings always quoted (so "" stays a string),
    absent values empty and unquoted (no property), dates ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return '"' + str(value).replace('"', '""') + '"'


def _write(stream: IO[str], header: list[str], rows: Iterable[list[Any]]) -> int:
    stream.write(",".join(header) + "\n")
    count = 0
    for row in rows:
        stream.write(",".join(_cell(v) for v in row) + "\n")
        count += 1
    return count


def write_import_csvs(
    folder: str | Path,
    triples: Sequence[Triple],
    actors: Mapping[str, Actor],
    articles: Iterable[Article],
    actor_extra: Mapping[str, Mapping[str, Any]] | None = None,
) -> dict[str, Path]:
    """The importer's CSV files for exactly what ``write_graph`` would store.

    ``actor_extra`` adds properties to Actor nodes (derived values: ``pagerank`` …), by id.
    Actors and articles a triple names but the inputs lack become bare nodes, as MERGE makes.
    """
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    files = {name: out / f"{name}.csv"
             for name in ("actors", "articles", "triples", "mentions", "sentences")}
    extra = actor_extra or {}
    extra_keys = sorted({k for props in extra.values() for k in props})
    actor_list = {row["id"]: row for row in actor_rows(actors)}
    for triple in triples:
        for ident in (triple.source, triple.target):
            actor_list.setdefault(ident, {"id": ident})
    with files["actors"].open("w", encoding="utf-8", newline="") as stream:
        sample = {k: next((p[k] for p in extra.values() if k in p), 0.0) for k in extra_keys}
        header = ["id:ID(Actor)", "name", "kind", "country",
                  *(k + _TYPES[type(sample[k]).__name__] for k in extra_keys), ":LABEL"]
        _write(stream, header, (
            [r["id"], r.get("name"), r.get("kind"), r.get("country"),
             *(extra.get(r["id"], {}).get(k) for k in extra_keys), "Actor"]
            for r in actor_list.values()))
    mentions = mention_rows(triples)
    article_list = {row["id"]: row for row in article_rows(articles)}
    for row in mentions:
        article_list.setdefault(row["article"], {"id": row["article"]})
    with files["articles"].open("w", encoding="utf-8", newline="") as stream:
        header = ["id:ID(Article)", *(("published:date" if n == "published" else n)
                                      for n in _ARTICLE_FIELDS if n != "id"), ":LABEL"]
        _write(stream, header, ([r.get(n) for n in _ARTICLE_FIELDS] + ["Article"]
                                for r in article_list.values()))
    with files["mentions"].open("w", encoding="utf-8", newline="") as stream:
        _write(stream, [":START_ID(Article)", ":END_ID(Actor)", ":TYPE"],
               ([row["article"], actor, "MENTIONS"] for row in mentions for actor in row["actors"]))
    with files["triples"].open("w", encoding="utf-8", newline="") as stream:
        header = [":START_ID(Actor)", ":END_ID(Actor)", ":TYPE",
                  *(n + (":date" if n == "date" else _TYPES[_TRIPLE_TYPES.get(n, "str")])
                    for n in REL_PROPS)]
        _write(stream, header, (
            [row["source"], row["target"], relation, *(row["props"].get(n) for n in REL_PROPS)]
            for chunk in _chunks(triples, 20000)  # rows in bounded memory, validated as MERGE's
            for relation, rows in triple_rows(chunk).items() for row in rows))
    with files["sentences"].open("w", encoding="utf-8", newline="") as stream:
        _write(stream, ["id:ID(Sentence)", "text", "article", ":LABEL"],
               ([r["id"], r["text"], r["article"], "Sentence"] for r in sentence_rows(triples)))
    return files


def _chunks(items: Sequence[Triple], size: int) -> Iterable[Sequence[Triple]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


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
        server._java(), "-Xmx512m", "-cp", classpath, "org.neo4j.cli.AdminTool",
        "database", "import", "full",
        f"--nodes={files['actors']}", f"--nodes={files['articles']}",
        f"--nodes={files['sentences']}",
        f"--relationships={files['triples']}", f"--relationships={files['mentions']}",
        "--multiline-fields=true", "--bad-tolerance=0", "--threads=2",
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
    derived = actor_metrics(triple_pair_rows(triples))
    summary = bulk_load(triples, actors, articles, derived)
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
) -> BulkSummary:
    """Replace the local server's store with these records through the importer (use
    :func:`load_bulk`, which checks that it is empty first).

    The server is stopped for the import and started again on the result (``neo4j start``
    settings); if the import or that start fails, the previous store is put back.
    """
    folder = server.data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="bulk-", dir=folder))
    summary = BulkSummary(triples=len(triples))
    try:
        started = time.perf_counter()
        files = write_import_csvs(work / "csv", triples, actors, articles, actor_extra)
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
