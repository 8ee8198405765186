"""The extraction as an Apache Spark job: articles to Parquet tables, Parquet to Neo4j.

Needs the optional extra ``geopolgraph[spark]`` (pyspark, pyarrow) and Java 17. The job calls
the same library functions as the single-process pipeline (the readers of
:mod:`geopolgraph.loaders.articles`, :func:`~geopolgraph.loaders.extract.extract_article_triples`,
:func:`~geopolgraph.pipeline.actors_for`, :func:`~geopolgraph.loaders.gdelt.parse_gdelt`, the
batched MERGE writer), inside ``mapInArrow``/``foreachPartition`` on the executors, so its
triples are exactly the pipeline's.

Modules, executor side first:

- :mod:`~geopolgraph.spark.schema`: Spark and Arrow schemas built from the dataclasses;
- :mod:`~geopolgraph.spark.records`: file bytes to article records or error records (pure);
- :mod:`~geopolgraph.spark.work`: the per-partition functions (read, extract, GDELT, load);
- :mod:`~geopolgraph.spark.session`: a bounded SparkSession (driver memory, UI off);
- :mod:`~geopolgraph.spark.inputs`: paths (folders, .txt/.jsonl/.csv, Parquet) to a DataFrame;
- :mod:`~geopolgraph.spark.tables`: the output folder's tables (triples by date, articles,
  actors, errors) and how they are read back;
- :mod:`~geopolgraph.spark.job`: ``extract`` and ``gdelt`` (incremental by article id);
- :mod:`~geopolgraph.spark.load`: the Parquet tables into Neo4j, partition by partition;
- :mod:`~geopolgraph.spark.submit`: the entry-point file for ``spark-submit``.

Nothing here imports pyspark at package import time.
"""
