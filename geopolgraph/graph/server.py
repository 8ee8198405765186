"""The project's local Neo4j: build, start, stop and find it.

The server is the small Java launcher in ``neo4j/`` (Neo4j 5.26 Community embedded, Bolt on
127.0.0.1 only, authentication on). Its data folder is ``.geopolgraph/neo4j/`` under the current
directory unless ``GEOPOLGRAPH_NEO4J_DIR`` names another.

This module starts, stops and watches the launcher's process (``start``, ``stop``, ``status``,
``private_server``). It re-exports the names of its two parts, so each is importable from here:

- ``graph.datadir``: the data folder and what it holds (the record ``server.json``, the
  generated password, the logs), and ``connection_settings()``, what ``graph.store.Settings``
  (and so every command) connects with: the ``NEO4J_*`` variables, else the local server's.
- ``graph.launcher``: the launcher's Maven build (``build_launcher``), the java it runs on, its
  memory (``memory_settings``) and its command line.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from geopolgraph.errors import AuthFailed, ServerError
from geopolgraph.graph.datadir import (
    DEFAULT_DATABASE,
    DEFAULT_PORT,
    DEFAULT_USER,
    _log_path,
    _port,
    _read_record,
    _record_path,
    _tail,
    _write_private,
    connection_settings,
    data_dir,
)
from geopolgraph.graph.datadir import _local_password as _local_password
from geopolgraph.graph.launcher import (
    LAUNCHER_CLASS,
    _java,
    _java_env,
    _launch_command,
    build_launcher,
    launcher_dir,
    memory_settings,
)

__all__ = [
    "DEFAULT_PORT",
    "ServerStatus",
    "build_launcher",
    "connection_settings",
    "data_dir",
    "launcher_dir",
    "memory_settings",
    "private_server",
    "start",
    "status",
    "stop",
]

READY_MARKER = "geopolgraph-neo4j ready"


@dataclass(frozen=True)
class ServerStatus:
    """What ``status()`` found: ``running`` is true only for our own live launcher process."""

    running: bool
    pid: int | None
    port: int | None
    uri: str | None
    data_dir: str
    log: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


# --- process helpers -------------------------------------------------------------------------


def _is_our_launcher(pid: int) -> bool:
    """Whether ``pid`` is alive and (where /proc tells) is the geopolgraph launcher."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: not ours
        return False
    proc = Path(f"/proc/{pid}")
    if not proc.exists():  # no procfs: trust the recorded pid
        return True
    try:
        if (proc / "stat").read_text().split(") ", 1)[1].startswith("Z"):
            _reap(pid)
            return False
        cmdline = (proc / "cmdline").read_bytes()
    except (OSError, IndexError):
        return False
    return LAUNCHER_CLASS.encode() in cmdline


def _reap(pid: int) -> None:
    """Collect ``pid`` if it is our own child (started by ``start`` in this process)."""
    with contextlib.suppress(ChildProcessError, OSError):
        os.waitpid(pid, os.WNOHANG)


def _port_in_use(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


# --- start / stop / status -------------------------------------------------------------------


def status() -> ServerStatus:
    """Whether the local launcher recorded in the data folder is running."""
    folder = data_dir()
    record = _read_record(folder)
    pid = record.get("pid")
    running = isinstance(pid, int) and _is_our_launcher(pid)
    return ServerStatus(
        running=running,
        pid=pid if running else None,
        port=record.get("port") if running else None,
        uri=record.get("uri") if running else None,
        data_dir=str(folder),
        log=str(_log_path(folder)),
    )


def start(
    port: int | None = None,
    timeout: float = 180.0,
    heap: str | None = None,
    pagecache: str | None = None,
) -> str:
    """Start the local Neo4j in the background (building it first if needed); return its URI.

    Already running: return its URI. The port is ``port``, else ``GEOPOLGRAPH_NEO4J_PORT``, else
    7687; heap and page cache from :func:`memory_settings`. Waits until Bolt answers with our
    password, or raises ``ServerError`` naming the log.
    """
    current = status()
    if current.running and current.uri:
        return current.uri
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, 0o700)  # the DBMS files and the password are the user's only
    port = _port(port)
    default_heap, default_pagecache = memory_settings()
    heap = heap or default_heap
    pagecache = pagecache or default_pagecache
    java = _java()
    project = build_launcher()
    if _port_in_use(port):
        raise ServerError(
            f"port {port} on 127.0.0.1 is already in use; choose another with --port "
            "(or GEOPOLGRAPH_NEO4J_PORT)"
        )

    env = _java_env()
    command, password = _launch_command(java, project, folder, port, heap, pagecache, env)
    log = _log_path(folder)
    with open(log, "a", encoding="utf-8") as out:
        out.write(f"\n=== geopolgraph neo4j start {time.strftime('%Y-%m-%d %H:%M:%S')} ===\n")
        out.flush()
        proc = subprocess.Popen(
            command,
            cwd=folder,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,  # outlives this command; Ctrl-C here does not reach it
        )
    uri = f"bolt://127.0.0.1:{port}"
    record = {
        "pid": proc.pid,
        "port": port,
        "uri": uri,
        "user": DEFAULT_USER,
        "database": DEFAULT_DATABASE,
        "log": str(log),
        "started": time.time(),
    }
    _write_private(_record_path(folder), json.dumps(record, indent=2) + "\n")
    log_start = log.stat().st_size

    try:
        _wait_ready(proc, log, log_start, uri, password, timeout)
    except BaseException:
        _terminate(proc.pid, 20.0)
        _record_path(folder).unlink(missing_ok=True)
        raise
    return uri


def _wait_ready(
    proc: subprocess.Popen[bytes],
    log: Path,
    log_start: int,
    uri: str,
    password: str,
    timeout: float,
) -> None:
    """Wait for the launcher's ready line, then for Bolt to accept our credentials."""
    from geopolgraph.graph.store import Settings, Store

    deadline = time.monotonic() + timeout
    while True:
        code = proc.poll()
        if code is not None:
            raise ServerError(
                f"Neo4j exited with status {code} while starting; see {log}: {_tail(log, 3)}"
            )
        with open(log, encoding="utf-8", errors="replace") as fh:
            fh.seek(log_start)
            if READY_MARKER in fh.read():
                break
        if time.monotonic() > deadline:
            raise ServerError(f"Neo4j did not start within {timeout:.0f} s; see {log}")
        time.sleep(0.25)

    settings = Settings(uri, DEFAULT_USER, password, DEFAULT_DATABASE)
    last: Exception | None = None
    while time.monotonic() < deadline:
        try:
            Store(settings).connect().close()
            return
        except AuthFailed as exc:
            raise ServerError(f"Neo4j at {uri} refused the password; see {log}") from exc
        except ServerError as exc:  # unreachable, or the database still coming up
            last = exc
            time.sleep(0.5)
    raise ServerError(f"Neo4j did not answer on {uri} within {timeout:.0f} s; see {log} ({last})")


def _terminate(pid: int, timeout: float) -> bool:
    """SIGTERM ``pid``, wait up to ``timeout`` s, then SIGKILL. True if it had to be killed."""
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        _reap(pid)
        return False
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        _reap(pid)
        if not _is_our_launcher(pid):
            return False
        time.sleep(0.2)
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    for _ in range(50):
        _reap(pid)
        if not _is_our_launcher(pid):
            break
        time.sleep(0.1)
    return True


def stop(timeout: float = 60.0) -> bool:
    """Stop the recorded launcher (SIGTERM, then SIGKILL after ``timeout`` s).

    Returns True if a running server was stopped, False if none was running. Only the process
    whose PID is recorded in the data folder (and that is the launcher) is signalled.
    """
    folder = data_dir()
    record = _read_record(folder)
    pid = record.get("pid")
    if not isinstance(pid, int) or not _is_our_launcher(pid):
        _record_path(folder).unlink(missing_ok=True)
        return False
    killed = _terminate(pid, timeout)
    _record_path(folder).unlink(missing_ok=True)
    if killed:
        with open(_log_path(folder), "a", encoding="utf-8") as out:
            out.write(f"geopolgraph: no clean shutdown within {timeout:.0f} s; sent SIGKILL\n")
    return True


@contextlib.contextmanager
def private_server(folder: str | Path, port: int | None = None) -> Iterator[Path]:
    """A local server of its own in ``folder`` (an empty store unless it holds one) for the
    block: the server of the current folder is stopped meanwhile, ``GEOPOLGRAPH_NEO4J_DIR``
    names ``folder``, and afterwards the private server is stopped, the variable restored and
    the previous server started again if it was running. Benchmarks and tests use it.
    """
    was_running = stop()
    before = os.environ.get("GEOPOLGRAPH_NEO4J_DIR")
    os.environ["GEOPOLGRAPH_NEO4J_DIR"] = str(Path(folder).absolute())
    try:
        start(port)
        yield Path(folder)
    finally:
        try:
            stop()
        finally:
            if before is None:
                os.environ.pop("GEOPOLGRAPH_NEO4J_DIR", None)
            else:
                os.environ["GEOPOLGRAPH_NEO4J_DIR"] = before
            if was_running:
                start(port)
