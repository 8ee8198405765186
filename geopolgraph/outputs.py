"""Write triples as CSV, JSON Lines or Parquet (files atomically: ``geopolgraph.atomic``).

>>> import io
>>> from geopolgraph.model import Triple
>>> buf = io.StringIO()
>>> write_triples_csv([Triple(source="USA", relation="WARNS", target="RUS")], buf)
>>> buf.getvalue().splitlines()[0].split(",")[:3]
['source', 'relation', 'target']
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Mapping
from dataclasses import fields
from pathlib import Path
from typing import IO, Any

from geopolgraph.atomic import atomic_path
from geopolgraph.model import Actor, Triple

#: The Python type of each Triple field (the dataclass annotations are strings).
TRIPLE_FIELD_TYPES: dict[str, type] = {
    f.name: {"str": str, "int": int, "float": float, "bool": bool}[str(f.type)]
    for f in fields(Triple)
}

__all__ = [
    "PARQUET_META_KEY",
    "TRIPLE_FIELD_TYPES",
    "atomic_path",
    "write_triples_csv",
    "write_triples_jsonl",
    "write_triples_parquet",
]

#: Key of the Parquet schema metadata holding the actors and articles (JSON).
PARQUET_META_KEY = b"geopolgraph"


def write_triples_csv(triples: Iterable[Triple], stream: IO[str]) -> None:
    """One row per triple, one column per Triple field."""
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(Triple.field_names())
    for t in triples:
        writer.writerow([getattr(t, name) for name in Triple.field_names()])


def write_triples_jsonl(triples: Iterable[Triple], stream: IO[str]) -> None:
    """One JSON object per triple with every Triple field."""
    for t in triples:
        stream.write(json.dumps(t.as_dict(), ensure_ascii=False) + "\n")


def write_triples_parquet(
    triples: Iterable[Triple],
    path: str | Path,
    actors: Mapping[str, Actor] | None = None,
    articles: Mapping[str, Mapping[str, str]] | None = None,
) -> None:
    """One row per triple, one typed column per Triple field; the actors' names and kinds and
    the articles' metadata ride along as JSON in the schema metadata (``PARQUET_META_KEY``),
    so that ``geopolgraph.open`` rebuilds the mirror without the lexicon."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    kinds = {int: pa.int64(), float: pa.float64(), bool: pa.bool_(), str: pa.string()}
    names = Triple.field_names()
    columns: dict[str, list[Any]] = {name: [] for name in names}
    for t in triples:
        for name in names:
            columns[name].append(getattr(t, name))
    schema = pa.schema([(f.name, kinds[TRIPLE_FIELD_TYPES[f.name]]) for f in fields(Triple)])
    meta = {
        "actors": {k: a.as_dict() for k, a in (actors or {}).items()},
        "articles": dict(articles or {}),
    }
    schema = schema.with_metadata({PARQUET_META_KEY: json.dumps(meta, ensure_ascii=False)})
    pq.write_table(pa.table(columns, schema=schema), str(path))

