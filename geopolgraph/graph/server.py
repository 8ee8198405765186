"""The project's local Neo4j: build, start, stop and find it.

The server is the small Java launcher in ``neo4j/`` (Neo4j 5.26 Community embedded, Bolt on
127.0.0.1 only, authentication on). Its data folder is ``.geopolgraph/neo4j/`` under the current
directory unless ``GEOPOLGRAPH_NEO4J_DIR`` names another; it holds::

    db/            the DBMS home (data/, logs/debug.log, ...)
    neo4j.log      the launcher's stdout and stderr (start errors land here)
    build.log      the last ``mvn package`` output
    password       the generated password of user neo4j (mode 0600)
    server.json    pid, port, uri, user, database of the running launcher

``connection_settings()`` is what ``graph.store.Settings`` (and so every command) connects
with: ``NEO4J_URI``, ``NEO4J_USERNAME``, ``NEO4J_PASSWORD`` and ``NEO4J_DATABASE`` win, one by
one, over the local server's recorded settings; with no record (the server is stopped) the URI
is the local one at ``GEOPOLGRAPH_NEO4J_PORT`` (7687), never another folder's port.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from geopolgraph.errors import AuthFailed, ServerError

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

DEFAULT_PORT = 7687
DEFAULT_USER = "neo4j"
DEFAULT_DATABASE = "neo4j"
READY_MARKER = "geopolgraph-neo4j ready"
LAUNCHER_CLASS = "geopolgraph.Launcher"
INSTALL_HINT = "apt-get install openjdk-17-jdk-headless maven"
JAVA17_HOME = Path("/usr/lib/jvm/java-17-openjdk-amd64")


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


# --- paths -----------------------------------------------------------------------------------


def data_dir() -> Path:
    """The local server's folder, absolute: ``GEOPOLGRAPH_NEO4J_DIR``, else the nearest
    ``.geopolgraph/neo4j`` holding a server record in this folder or a parent (so a notebook in
    ``notebooks/`` finds the server started at the repository root), else ``./.geopolgraph/neo4j``.
    """
    override = os.environ.get("GEOPOLGRAPH_NEO4J_DIR")
    if override:
        return Path(override).absolute()
    here = Path.cwd()
    for folder in (here, *here.parents):
        candidate = folder / ".geopolgraph" / "neo4j"
        if (candidate / "server.json").is_file():
            return candidate
    return (here / ".geopolgraph" / "neo4j").absolute()


def launcher_dir() -> Path:
    """The Maven project of the Java launcher (``neo4j/`` at the repository root)."""
    override = os.environ.get("GEOPOLGRAPH_NEO4J_LAUNCHER")
    if override:
        return Path(override).absolute()
    return Path(__file__).resolve().parents[2] / "neo4j"


def _record_path(folder: Path) -> Path:
    return folder / "server.json"


def _password_path(folder: Path) -> Path:
    return folder / "password"


def _log_path(folder: Path) -> Path:
    return folder / "neo4j.log"


# --- settings --------------------------------------------------------------------------------


def _read_record(folder: Path) -> dict[str, Any]:
    try:
        data = json.loads(_record_path(folder).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_private(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` readable by its owner only (created 0600, never wider)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.chmod(path, 0o600)


def _local_password(folder: Path, create: bool) -> str:
    """The generated password of the local server, made once (0600) when ``create``."""
    path = _password_path(folder)
    try:
        return path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        if not create:
            return ""
    password = secrets.token_urlsafe(24)
    _write_private(path, password + "\n")
    return password


def connection_settings() -> tuple[str, str, str, str]:
    """``(uri, user, password, database)``: each ``NEO4J_*`` variable wins over the local record.

    Without either, the local server's defaults: ``bolt://127.0.0.1:PORT`` (PORT from
    ``GEOPOLGRAPH_NEO4J_PORT``, else 7687), ``neo4j``, the generated password (or ``""`` if the
    server was never started), database ``neo4j``.
    """
    folder = data_dir()
    record = _read_record(folder)
    uri = os.environ.get("NEO4J_URI") or record.get("uri") or f"bolt://127.0.0.1:{_port()}"
    user = os.environ.get("NEO4J_USERNAME") or record.get("user") or DEFAULT_USER
    password = os.environ.get("NEO4J_PASSWORD") or _local_password(folder, create=False)
    database = os.environ.get("NEO4J_DATABASE") or record.get("database") or DEFAULT_DATABASE
    return str(uri), str(user), password, str(database)


def _port(port: int | None = None) -> int:
    """``port``, else ``GEOPOLGRAPH_NEO4J_PORT``, else 7687 (a bad value is a ServerError)."""
    value = port or os.environ.get("GEOPOLGRAPH_NEO4J_PORT") or DEFAULT_PORT
    try:
        number = int(value)
    except ValueError:
        raise ServerError(
            f"GEOPOLGRAPH_NEO4J_PORT: expected a port number, got {value!r}"
        ) from None
    if not 0 < number < 65536:
        raise ServerError(f"Neo4j port {number} is not between 1 and 65535")
    return number


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


def _tail(path: Path, lines: int = 5) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace").strip().splitlines()
    except OSError:
        return ""
    return " | ".join(line.strip() for line in text[-lines:])


def _java_env() -> dict[str, str]:
    env = dict(os.environ)
    if not env.get("JAVA_HOME") and JAVA17_HOME.is_dir():
        env["JAVA_HOME"] = str(JAVA17_HOME)
    return env


def _java() -> str:
    home = _java_env().get("JAVA_HOME")
    candidate = Path(home) / "bin" / "java" if home else None
    if candidate is not None and candidate.is_file():
        return str(candidate)
    found = shutil.which("java")
    if not found:
        raise ServerError(f"java (17 or later) is not installed: {INSTALL_HINT}")
    return found


# --- build -----------------------------------------------------------------------------------


def _needs_build(project: Path) -> bool:
    target = project / "target"
    classes = target / "classes" / "geopolgraph" / "Launcher.class"
    lib = target / "lib"
    if not classes.is_file() or not lib.is_dir() or not any(lib.glob("neo4j-*.jar")):
        return True
    built = classes.stat().st_mtime
    sources = [project / "pom.xml", *project.glob("src/main/java/**/*.java")]
    return any(src.stat().st_mtime > built for src in sources if src.is_file())


def build_launcher(force: bool = False) -> Path:
    """``mvn package`` the launcher if its classes or libraries are missing or out of date."""
    project = launcher_dir()
    if not (project / "pom.xml").is_file():
        raise ServerError(f"the Neo4j launcher project is missing: {project / 'pom.xml'}")
    if not force and not _needs_build(project):
        return project
    mvn = shutil.which("mvn")
    if not mvn:
        raise ServerError(f"maven is needed to build the Neo4j launcher: {INSTALL_HINT}")
    _java()
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    log = folder / "build.log"
    with open(log, "w", encoding="utf-8") as out:
        proc = subprocess.run(
            [mvn, "-B", "-q", "package"],
            cwd=project,
            env=_java_env(),
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            check=False,
        )
    if proc.returncode != 0:
        raise ServerError(
            f"building the Neo4j launcher failed (mvn exit {proc.returncode}); see {log}: "
            f"{_tail(log, 3)}"
        )
    # Maven keeps the old class file's time when nothing changed; mark the build as current.
    (project / "target" / "classes" / "geopolgraph" / "Launcher.class").touch()
    return project


# --- memory ----------------------------------------------------------------------------------


def _total_memory() -> int:
    """This machine's RAM in bytes (0 where the OS does not say)."""
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        return 0


def _size(nbytes: int) -> str:
    return f"{max(nbytes >> 20, 1)}m"


def memory_settings() -> tuple[str, str]:
    """``(heap, page cache)`` of the local server (and the heap of the bulk importer), as JVM
    sizes: ``GEOPOLGRAPH_NEO4J_HEAP`` and ``GEOPOLGRAPH_NEO4J_PAGECACHE`` when set, else sized
    from the machine's RAM: heap RAM/12 and page cache RAM/8, each between 1g/256m and 4g
    (a 24 GiB machine: 2g and 3g; the page cache holds a store of 1M triples whole).

    >>> heap, cache = memory_settings()
    >>> heap[-1] in "mg" and cache[-1] in "mg"
    True
    """
    ram = _total_memory()
    gib = 1 << 30
    heap = _size(min(4 * gib, max(gib, ram // 12)))
    pagecache = _size(min(4 * gib, max(gib // 4, ram // 8)))
    return (os.environ.get("GEOPOLGRAPH_NEO4J_HEAP") or heap,
            os.environ.get("GEOPOLGRAPH_NEO4J_PAGECACHE") or pagecache)


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


def _launch_command(
    java: str, project: Path, folder: Path, port: int, heap: str, pagecache: str,
    env: dict[str, str],
) -> tuple[list[str], str]:
    """The launcher's command line and the password the server will take: the user's
    ``NEO4J_PASSWORD`` (passed in ``env``, never on the command line) or this folder's
    generated one (its file named on the command line)."""
    command = [
        java,
        f"-Xmx{heap}",
        "-XX:+UseG1GC",
        "-XX:+ExitOnOutOfMemoryError",
        "-cp",
        f"{project / 'target' / 'classes'}{os.pathsep}{project / 'target' / 'lib'}/*",
        LAUNCHER_CLASS,
        "--data",
        str(folder / "db"),
        "--port",
        str(port),
        "--pagecache",
        pagecache,
    ]
    user_password = os.environ.get("NEO4J_PASSWORD")
    if user_password:
        env["GEOPOLGRAPH_NEO4J_PASSWORD"] = user_password
        return command, user_password
    password = _local_password(folder, create=True)
    return [*command, "--password-file", str(_password_path(folder))], password


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
