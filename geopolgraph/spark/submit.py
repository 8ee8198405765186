"""The entry-point file for ``spark-submit``: the ``geopolgraph spark`` commands on a cluster.

::

    spark-submit --master yarn --deploy-mode cluster \\
        --archives geopolgraph-env.tar.gz#env --conf spark.pyspark.python=./env/bin/python \\
        geopolgraph/spark/submit.py extract s3a://news/2026-11/ --out s3a://graph/news

The arguments are those of ``geopolgraph spark``; master, memory and executors come from
``spark-submit`` (``--master`` here only overrides them). See docs/scale.md.

>>> main(["extract"])  # doctest: +SKIP
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``geopolgraph spark ARGV…`` (one-line errors and exit 2, as the CLI)."""
    from geopolgraph.cli import main as cli_main

    return cli_main(["spark", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    sys.exit(main())
