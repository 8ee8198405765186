"""``geopolgraph spark extract|gdelt|load``: the extraction as an Apache Spark job.

Needs ``pip install 'geopolgraph[spark]'`` and Java 17. On a cluster, the same commands run
through ``spark-submit geopolgraph/spark/submit.py …`` (docs/scale.md).
"""

from __future__ import annotations

import argparse

from geopolgraph.errors import InputError

__all__ = ["register", "run"]


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def _session_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--master", default=None,
                   help="Spark master (default local[2]; under spark-submit, its own)")
    p.add_argument("--driver-memory", default="2g", metavar="SIZE",
                   help="driver memory for a local session (default 2g)")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "spark", help="extract with Apache Spark into Parquet, and load Parquet into Neo4j",
        description="The extraction as a Spark job (the optional extra geopolgraph[spark], "
                    "Java 17): the same triples as `extract`, written as Parquet tables "
                    "(triples by date, articles, actors, errors) under --out; a run skips the "
                    "articles the output already has.",
    )
    sub = parser.add_subparsers(dest="spark_command", metavar="STEP", required=True)
    for step, what in (("extract", "articles (folders, .txt, .jsonl, .csv, Parquet)"),
                       ("gdelt", "GDELT 2.0 event exports (.export.CSV, .export.CSV.zip)")):
        p = sub.add_parser(step, help=f"{what} to Parquet tables",
                           description=f"Extract {what} with Spark into Parquet tables.")
        p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (or URIs)")
        p.add_argument("--out", required=True, metavar="DIR", help="output folder (or URI)")
        p.add_argument("--partitions", type=_positive, default=None, metavar="N",
                       help="tasks to spread the articles over (default 4 per core)")
        _session_options(p)
        p.set_defaults(func=run)
    p = sub.add_parser("load", help="write the Parquet tables of DIR into Neo4j (idempotent)",
                       description="MERGE the triples, actors and articles under DIR into "
                                   "Neo4j partition by partition: NEO4J_URI/NEO4J_USERNAME/"
                                   "NEO4J_PASSWORD/NEO4J_DATABASE, else the local server.")
    p.add_argument("out", metavar="DIR", help="the --out folder of `spark extract`")
    p.add_argument("--batch-size", type=_positive, default=1000,
                   help="rows per UNWIND transaction (1000)")
    _session_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from geopolgraph.spark.session import check_environment

    check_environment()  # pyspark and Java, or one line saying what to install
    if args.spark_command == "load":
        from geopolgraph.spark.load import load_job

        print(load_job(args.out, master=args.master, batch_size=args.batch_size,
                       driver_memory=args.driver_memory))
        return 0
    from geopolgraph.spark.job import run_job

    if args.out in args.paths:
        raise InputError(f"{args.out}: the output folder is also an input")
    summary = run_job(args.spark_command, args.paths, args.out, master=args.master,
                      partitions=args.partitions, driver_memory=args.driver_memory)
    print(summary)
    if summary.counts.errors:
        print(f"{summary.counts.errors} inputs could not be read or extracted: see "
              f"{args.out.rstrip('/')}/errors")
    return 0
