"""Outputs that appear whole or not at all, even after ``kill -9`` or a full disk.

- ``atomic_path(target)``: one file, written under a temporary name beside it and renamed over
  it only when the block succeeds.
- ``output_set(folder, names)``: a set of files (``build``'s triples.csv, graph.graphml,
  graph.html …) written into a fresh temporary folder beside ``folder`` and then swapped in at
  once (Linux ``renameat2(RENAME_EXCHANGE)``; elsewhere two renames, never a mix of old and new
  files under the final names). Other files the user keeps in ``folder`` stay (hard-linked).

Temporary names carry the writer's pid (``.NAME.tmp-PID-XXXX``); a later write removes those
whose process is gone, so a killed run leaves nothing behind for long.

>>> import tempfile
>>> d = Path(tempfile.mkdtemp())
>>> with output_set(d / "out", ["a.txt"]) as tmp:
...     _ = (tmp / "a.txt").write_text("new")
>>> sorted(p.name for p in d.iterdir()), (d / "out" / "a.txt").read_text()
(['out'], 'new')
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from geopolgraph.errors import InputError

__all__ = ["atomic_path", "check_output_folder", "clean_stale", "output_set"]

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _temp_prefix(name: str) -> str:
    return f".{name}.tmp-"


def clean_stale(folder: Path, name: str) -> int:
    """Remove the temporaries ``.NAME.tmp-PID-…`` in ``folder`` whose writer is gone; return
    how many. A lost old output set (``.NAME.old-PID-…``) is put back first if NAME is missing.
    """
    removed = 0
    try:
        entries = list(folder.iterdir())
    except OSError:
        return 0
    target = folder / name
    for entry in entries:
        for marker in (".tmp-", ".old-"):
            head = f".{name}{marker}"
            if not entry.name.startswith(head):
                continue
            pid = entry.name[len(head):].split("-", 1)[0]
            if not pid.isdigit() or _alive(int(pid)):
                continue
            if marker == ".old-" and not target.exists() and not target.is_symlink():
                with contextlib.suppress(OSError):
                    os.rename(entry, target)  # a swap killed half way: the old set is back
                    continue
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                with contextlib.suppress(OSError):
                    entry.unlink()
            removed += 1
    return removed


def _umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask


def _public_mode() -> int:
    """The mode a plain ``open()`` would give a new file (0644 under umask 022)."""
    return 0o666 & ~_umask()


@contextlib.contextmanager
def atomic_path(target: str | Path) -> Iterator[Path]:
    """A temporary path beside ``target`` that replaces it only if the block succeeds."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    clean_stale(target.parent, target.name)
    fd, tmp = tempfile.mkstemp(
        prefix=f"{_temp_prefix(target.name)}{os.getpid()}-", dir=target.parent
    )
    os.close(fd)
    try:
        yield Path(tmp)
        # mkstemp makes the file private; outputs get the usual mode (0644 under umask 022)
        os.chmod(tmp, _public_mode())
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two paths (Linux renameat2); False where the system cannot."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    done = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    return done == 0


def _link_tree(src: Path, dst: Path) -> None:
    """``src`` (a file, link or folder) into ``dst`` by hard links: no byte is copied."""
    if src.is_symlink():
        os.symlink(os.readlink(src), dst)
    elif src.is_dir():
        shutil.copytree(src, dst, symlinks=True, copy_function=os.link)
    else:
        os.link(src, dst)


def check_output_folder(folder: str | Path, names: Sequence[str]) -> None:
    """``InputError`` unless ``folder`` can take the set ``names``: not empty, not the current
    folder or ``/`` (the set is swapped in as a whole folder), not a file, and none of the
    names an existing folder inside it.

    >>> check_output_folder("", ["a.txt"])
    Traceback (most recent call last):
    ...
    geopolgraph.errors.InputError: --out: give a folder for the outputs (e.g. out/), not ''
    """
    if not str(folder).strip():
        raise InputError(f"--out: give a folder for the outputs (e.g. out/), not {str(folder)!r}")
    folder = Path(folder)
    try:
        where = folder.resolve()
    except (OSError, RuntimeError) as exc:  # a symlink loop
        raise InputError(f"{folder}: cannot be resolved ({exc})") from exc
    if where in (Path.cwd().resolve(), Path(where.anchor)):
        raise InputError(f"--out {str(folder)!r}: give a folder of its own (e.g. out/), not "
                         "the current folder or the root")
    if folder.exists() and not folder.is_dir():
        raise InputError(f"{folder}: exists and is not a folder")
    for name in names:
        path = folder / name
        if path.is_dir() and not path.is_symlink():
            raise InputError(f"{path}: is a folder; move it away or choose another --out")


@contextlib.contextmanager
def output_set(folder: str | Path, names: Sequence[str]) -> Iterator[Path]:
    """A fresh folder to write the files ``names`` into; when the block succeeds the set
    replaces those files in ``folder`` at once (other files there stay). On an error nothing in
    ``folder`` changes and the temporary folder is removed.
    """
    check_output_folder(folder, names)
    folder = Path(folder)
    if folder.is_symlink():  # swap the folder it names, not the link
        folder = folder.resolve()
    parent = folder.absolute().parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        clean_stale(parent, folder.name)
        tmp = Path(tempfile.mkdtemp(prefix=f"{_temp_prefix(folder.name)}{os.getpid()}-",
                                    dir=parent))
    except OSError as exc:
        raise InputError(f"cannot write {folder}: {exc.strerror or exc}") from exc
    try:
        yield tmp
        for name in names:  # mkdtemp's folder is private; outputs get the usual modes
            if (tmp / name).is_file():
                os.chmod(tmp / name, _public_mode())
        os.chmod(tmp, 0o777 & ~_umask())
        _swap_in(tmp, folder.absolute(), names)
    except OSError as exc:
        raise InputError(f"cannot write {folder}: {exc.strerror or exc}") from exc
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def _swap_in(tmp: Path, folder: Path, names: Sequence[str]) -> None:
    """Make ``tmp`` (the new set) the content of ``folder``, keeping folder's other files."""
    if not folder.exists():
        os.rename(tmp, folder)
        return
    keep = set(names)
    for entry in folder.iterdir():
        stale = any(entry.name.startswith(_temp_prefix(n)) for n in names)
        if entry.name not in keep and not stale and not (tmp / entry.name).exists():
            _link_tree(entry, tmp / entry.name)
    os.chmod(tmp, folder.stat().st_mode & 0o7777)
    if _exchange(tmp, folder):
        return  # tmp now holds the old set; the caller removes it
    old = folder.parent / f".{folder.name}.old-{os.getpid()}-{os.urandom(3).hex()}"
    os.rename(folder, old)  # a kill here leaves no folder; clean_stale puts `old` back
    os.rename(tmp, folder)
    shutil.rmtree(old, ignore_errors=True)
