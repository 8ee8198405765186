"""``python -m bench``: run every ``bench/bench_*.py`` module's ``main()``.

Results go to bench/results/.

``python -m bench extract draw`` runs only the named ones.
"""

from __future__ import annotations

import importlib
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(names: list[str]) -> int:
    sys.path.insert(0, str(HERE.parent))
    modules = sorted(p.stem for p in HERE.glob("bench_*.py"))
    chosen = [m for m in modules if not names or m.removeprefix("bench_") in names]
    failed = 0
    for name in chosen:
        print(f"== {name}", flush=True)
        started = time.perf_counter()
        argv, sys.argv = sys.argv, [f"bench/{name}.py"]  # a module's own options: defaults
        try:
            importlib.import_module(f"bench.{name}").main()
        except Exception as exc:  # one failing benchmark should not hide the others
            failed += 1
            print(f"!! {name} failed: {exc!r}", file=sys.stderr)
        finally:
            sys.argv = argv
        print(f"== {name} done in {time.perf_counter() - started:.1f}s", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
