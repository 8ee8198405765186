"""Replace the venv's spaCy with the same release compiled without Cython's profiling hooks.

spaCy's ``setup.py`` compiles every Cython function with ``profile=True`` on Python < 3.12
(``"profile": sys.version_info < (3, 12)``), so its PyPI wheels for 3.11 carry a profiling hook
in every ``cdef`` function, and a hook in a ``nogil`` function takes the GIL on each call. The
greedy parser calls such functions (``Vec.arg_max`` for each hidden unit, ``StateC.B``/``S``)
more than 80 times per transition: with the wheel, the parser component took 0.61 s of CPU on the
extraction benchmark's 24,773 candidate tokens, 0.22 s without the hooks; the parses are the same
(the benchmark's triples are identical by digest). See bench/results/extract.md.

What it does (``make venv`` runs it; nothing happens when the installed spaCy has no hooks, as on
Python >= 3.12): downloads the sdist of the installed spaCy release from the package index,
sets that one directive to ``False`` in its ``setup.py``, builds a wheel (a C++ compiler is
needed; about 5 minutes on 2 cores) into ``build/spacy/`` and installs it over the PyPI wheel. A
wheel built earlier for the same release is reused. Exit status 0 when done or nothing to do,
1 with a one-line reason otherwise (the venv then keeps the PyPI wheel: same parses, slower).

    python tools/unprofiled_spacy.py [--check]
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build" / "spacy"
DIRECTIVE = re.compile(r'"profile":.*$', re.MULTILINE)


def _pip(*args: str, env: dict[str, str] | None = None) -> None:
    """Run pip quietly; on failure show the end of its output (then the caller's one line)."""
    done = subprocess.run([sys.executable, "-m", "pip", "-q", *args], capture_output=True,
                          text=True, env=env)
    if done.returncode:
        print("\n".join((done.stdout + done.stderr).splitlines()[-15:]), file=sys.stderr)
        raise subprocess.CalledProcessError(done.returncode, ["pip", *args])


def profiled() -> bool:
    """Whether the installed spaCy's compiled functions carry profiling hooks (run in a fresh
    interpreter: an installed-over package must be seen as it is on disk)."""
    code = "from geopolgraph.models import spacy_profiled; print(spacy_profiled())"
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                         text=True, cwd=ROOT)
    return out.stdout.strip() == "True"


def _wheel(version: str) -> Path:
    """The unprofiled wheel of spaCy ``version``, built into build/spacy/ unless already there."""
    wheels = BUILD / "wheels"
    built = sorted(wheels.glob(f"spacy-{version}-*.whl"))
    if built:
        return built[-1]
    sdist_dir = BUILD / "sdist"
    _pip("download", "--no-deps", "--no-binary", "spacy", f"spacy=={version}", "-d",
         str(sdist_dir))
    sdist = sdist_dir / f"spacy-{version}.tar.gz"
    source = BUILD / "src" / f"spacy-{version}"
    with tarfile.open(sdist) as tar:
        tar.extractall(BUILD / "src", filter="data")
    setup = source / "setup.py"
    text = setup.read_text(encoding="utf-8")
    patched, n = DIRECTIVE.subn('"profile": False,', text)
    if n != 1:
        raise SystemExit(f"{setup}: no single \"profile\" compiler directive to switch off "
                         f"(found {n}); spaCy {version} is left as installed")
    setup.write_text(patched, encoding="utf-8")
    env = dict(os.environ, SPACY_NUM_BUILD_JOBS=str(os.cpu_count() or 1))
    print(f"building spaCy {version} without profiling hooks (a few minutes) ...", flush=True)
    _pip("wheel", "--no-deps", str(source), "-w", str(wheels), env=env)
    return sorted(wheels.glob(f"spacy-{version}-*.whl"))[-1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="only report whether the installed spaCy carries the hooks")
    args = parser.parse_args(argv)
    import spacy

    version = spacy.__version__
    if not profiled():
        print(f"spaCy {version}: compiled without profiling hooks")
        return 0
    if args.check:
        print(f"spaCy {version}: compiled with profiling hooks (run tools/unprofiled_spacy.py)")
        return 1
    try:
        wheel = _wheel(version)
        _pip("install", "--no-deps", "--force-reinstall", str(wheel))
    except subprocess.CalledProcessError as exc:
        print(f"unprofiled_spacy: {' '.join(exc.cmd[:2])} failed (exit {exc.returncode}); "
              f"spaCy {version} is left as installed", file=sys.stderr)
        return 1
    if profiled():
        print(f"unprofiled_spacy: {wheel.name} still carries profiling hooks", file=sys.stderr)
        return 1
    print(f"spaCy {version}: installed {wheel.relative_to(ROOT)} (no profiling hooks)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
