"""Spark and Arrow schemas of the job's tables, built from the project's dataclasses.

One column per dataclass field, typed from its annotation (``str`` → string, ``int`` → long,
``float`` → double, ``bool`` → boolean), so a field added to :class:`~geopolgraph.model.Triple`
becomes a column without touching this module.

>>> [f.name for f in TRIPLE_SPARK.fields][:3], TRIPLE_ARROW.field("quad_class").type
(['source', 'relation', 'target'], DataType(int64))
>>> [f.name for f in ARTICLE_RECORD_ARROW][-3:]
['error', 'error_file', 'error_line']
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

import pyarrow as pa
from pyspark.sql import types as T

from geopolgraph.model import Actor, Article, Triple

__all__ = [
    "ACTOR_ARROW",
    "ACTOR_SPARK",
    "ARTICLE_META",
    "ARTICLE_RECORD_ARROW",
    "ARTICLE_RECORD_SPARK",
    "ARTICLE_TABLE_SPARK",
    "ERROR_SPARK",
    "EXTRACTED_ARROW",
    "EXTRACTED_SPARK",
    "TRIPLE_ARROW",
    "TRIPLE_SPARK",
    "spark_to_arrow",
]

_SPARK_TYPES: dict[str, T.DataType] = {
    "str": T.StringType(),
    "int": T.LongType(),
    "float": T.DoubleType(),
    "bool": T.BooleanType(),
}
_ARROW_TYPES: dict[type[T.DataType], pa.DataType] = {
    T.StringType: pa.string(),
    T.LongType: pa.int64(),
    T.DoubleType: pa.float64(),
    T.BooleanType: pa.bool_(),
}


def _struct(cls: Any, skip: tuple[str, ...] = ()) -> T.StructType:
    return T.StructType(
        [
            T.StructField(f.name, _SPARK_TYPES[str(f.type)], nullable=True)
            for f in fields(cls)
            if f.name not in skip
        ]
    )


def spark_to_arrow(schema: T.StructType) -> pa.Schema:
    """The Arrow schema ``mapInArrow`` must yield for a Spark ``schema`` (nested types too)."""
    return pa.schema([pa.field(f.name, _arrow_type(f.dataType)) for f in schema.fields])


def _arrow_type(dtype: T.DataType) -> pa.DataType:
    if isinstance(dtype, T.StructType):
        return pa.struct([pa.field(f.name, _arrow_type(f.dataType)) for f in dtype.fields])
    if isinstance(dtype, T.ArrayType):
        return pa.list_(_arrow_type(dtype.elementType))
    return _ARROW_TYPES[type(dtype)]


def _with(schema: T.StructType, *extra: tuple[str, T.DataType]) -> T.StructType:
    return T.StructType([*schema.fields, *(T.StructField(n, t, True) for n, t in extra)])


TRIPLE_SPARK = _struct(Triple)
TRIPLE_ARROW = spark_to_arrow(TRIPLE_SPARK)
ACTOR_SPARK = _struct(Actor)
ACTOR_ARROW = spark_to_arrow(ACTOR_SPARK)
#: Article metadata (every field but the text): what the articles table and Neo4j keep.
ARTICLE_META = _struct(Article, skip=("text",))

_ERROR_COLUMNS = (("error", T.StringType()), ("error_file", T.StringType()),
                  ("error_line", T.LongType()))
#: An article as read (text included), or the error that stopped it being read.
ARTICLE_RECORD_SPARK = _with(_struct(Article), *_ERROR_COLUMNS)
ARTICLE_RECORD_ARROW = spark_to_arrow(ARTICLE_RECORD_SPARK)

#: One row per article after extraction: metadata, its triples and actors, or its error.
EXTRACTED_SPARK = _with(
    ARTICLE_META,
    *_ERROR_COLUMNS,
    ("stage", T.StringType()),
    ("triples", T.ArrayType(TRIPLE_SPARK)),
    ("actors", T.ArrayType(ACTOR_SPARK)),
)
EXTRACTED_ARROW = spark_to_arrow(EXTRACTED_SPARK)

#: The articles table: metadata, the number of triples and the run that extracted it.
ARTICLE_TABLE_SPARK = _with(ARTICLE_META, ("triples", T.LongType()), ("run", T.StringType()))
#: The errors table: which article (id when known), where, at which stage, and why.
ERROR_SPARK = T.StructType(
    [
        T.StructField("article_id", T.StringType(), True),
        T.StructField("file", T.StringType(), True),
        T.StructField("line", T.LongType(), True),
        T.StructField("stage", T.StringType(), True),
        T.StructField("error", T.StringType(), True),
        T.StructField("run", T.StringType(), True),
    ]
)
