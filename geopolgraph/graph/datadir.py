"""The local Neo4j's data folder: where it is, what it holds, and the settings clients read there.

The folder is ``.geopolgraph/neo4j/`` under the current directory unless
``GEOPOLGRAPH_NEO4J_DIR`` names another; it holds::

    db/            the DBMS home (data/, logs/debug.log, ...)
    neo4j.log      the launcher's stdout and stderr (start errors land here)
    build.log      the last ``mvn package`` output
    password       the generated password of user neo4j (mode 0600)
    server.json    pid, port, uri, user, database of the running launcher

``connection_settings()`` is what ``graph.store.Settings`` (and so every command) connects
with: ``NEO4J_URI``, ``NEO4J_USERNAME``, ``NEO4J_PASSWORD`` and ``NEO4J_DATABASE`` win, one by
one, over the local server's recorded settings; with no record (the server is stopped) the URI
is the local one at ``GEOPOLGRAPH_NEO4J_PORT`` (7687), never another folder's port.

``graph.server`` (which writes the record when it starts the server) re-exports every name.
"""

from __future__ import annotations

import json
import os
import secrets
from pathlib import Path
from typing import Any

from geopolgraph.errors import ServerError

__all__ = ["DEFAULT_DATABASE", "DEFAULT_PORT", "DEFAULT_USER", "connection_settings", "data_dir"]

DEFAULT_PORT = 7687
DEFAULT_USER = "neo4j"
DEFAULT_DATABASE = "neo4j"


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


def _record_path(folder: Path) -> Path:
    return folder / "server.json"


def _password_path(folder: Path) -> Path:
    return folder / "password"


def _log_path(folder: Path) -> Path:
    return folder / "neo4j.log"


def _tail(path: Path, lines: int = 5) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace").strip().splitlines()
    except OSError:
        return ""
    return " | ".join(line.strip() for line in text[-lines:])


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
