"""The Java launcher of the local Neo4j: its Maven project and build, the java that runs it, its
memory and its command line.

The launcher is the small Maven project in ``neo4j/`` (Neo4j 5.26 Community embedded, Bolt on
127.0.0.1 only, authentication on; ``GEOPOLGRAPH_NEO4J_LAUNCHER`` names another copy).
``build_launcher()`` runs ``mvn package`` when its classes or libraries are missing or out of
date (the output goes to ``build.log`` in the data folder, see ``graph.datadir``);
``memory_settings()`` sizes the server's heap and page cache (and the bulk importer's heap).
Missing Java or Maven is a ``ServerError`` naming what to install.

``graph.server`` (which starts the launcher as a process) re-exports every name.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from geopolgraph.errors import ServerError
from geopolgraph.graph.datadir import _local_password, _password_path, _tail, data_dir

__all__ = ["build_launcher", "launcher_dir", "memory_settings"]

LAUNCHER_CLASS = "geopolgraph.Launcher"
INSTALL_HINT = "apt-get install openjdk-17-jdk-headless maven"
JAVA17_HOME = Path("/usr/lib/jvm/java-17-openjdk-amd64")


def launcher_dir() -> Path:
    """The Maven project of the Java launcher (``neo4j/`` at the repository root)."""
    override = os.environ.get("GEOPOLGRAPH_NEO4J_LAUNCHER")
    if override:
        return Path(override).absolute()
    return Path(__file__).resolve().parents[2] / "neo4j"


# --- java ------------------------------------------------------------------------------------


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


# --- command line ----------------------------------------------------------------------------


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
