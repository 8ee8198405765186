"""Write synthetic GDELT 2.0 exports resampled from a real one (for benchmarks).

    python tools/synth_gdelt.py OUT_DIR N [--source EXPORT] [--files 96] [--seed 0] [--coded]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from geopolgraph.loaders.gdelt_synth import write_synthetic_exports

SHARED = Path(__file__).resolve().parents[2] / "shared"
REAL = SHARED / "data" / "gdelt" / "20150218230000.export.CSV"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("out")
    p.add_argument("n", type=int)
    p.add_argument("--source", default=str(REAL))
    p.add_argument("--files", type=int, default=96)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--coded", action="store_true", help="resample rows that become triples")
    args = p.parse_args(argv)
    paths = write_synthetic_exports(args.out, args.n, source=args.source, files=args.files,
                                    seed=args.seed, pool="coded" if args.coded else "all")
    print(f"wrote {len(paths)} files, {args.n} events, in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
