"""The offline importer's CSV files, written column-wise from a ``columns.TripleTable``.

What the files hold is exactly what ``Store.write_graph`` stores (``graph.rows``): the same
validation (an unknown relation, an empty actor id, a malformed date is an ``InputError`` naming
the triple), the same properties (measures absent at their default, ``date`` absent when empty,
``sentence_id`` when there is evidence), bare ``Actor`` and ``Article`` nodes for ids the triples
name but the inputs lack. Nothing goes row by row through Python: columns are numpy views of the
table's dictionary codes, distinct values are checked once, and ``pyarrow.csv`` writes whole
columns (strings always quoted, so ``""`` stays a string; absent values empty and unquoted, so
no property; dates unquoted ISO). The derived actor properties come from one ``pandas`` group-by
per actor pair (:func:`pair_rows_of`), the same pair rows the store aggregates.

>>> import tempfile
>>> from geopolgraph.model import Triple
>>> files = write_import_csvs(tempfile.mkdtemp(), [Triple("USA", "WARNS", "RUS", article_id="a",
...                                                        date="2024-06-10")], {}, [])
>>> sorted(p.name for p in files.values())
['actors.csv', 'articles.csv', 'mentions.csv', 'sentences.csv', 'triples.csv']
>>> files["actors"].read_text().splitlines()[1:]  # importer number, then the id
['0,"USA",,,,"Actor"', '1,"RUS",,,,"Actor"']
>>> files["triples"].read_text().splitlines()[1].split(",")[:4]
['0', '1', '"WARNS"', '""']
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import fields
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

from geopolgraph.columns import TripleTable
from geopolgraph.errors import InputError
from geopolgraph.graph.derived import PairRow
from geopolgraph.graph.rows import REL_PROPS, actor_rows, sentence_key
from geopolgraph.model import RELATIONS, Actor, Article, Triple

__all__ = ["ARRAY_DELIMITER", "as_table", "pair_rows_of", "write_import_csvs"]

_KIND = {f.name: str(f.type) for f in fields(Triple)}
_DEFAULTS = {f.name: f.default for f in fields(Triple)}
_ARTICLE_FIELDS = [f.name for f in fields(Article) if f.name != "text"]
#: Event measures, stored only when they differ from their default (as ``rows.triple_rows``).
_MEASURES = ("tone", "num_mentions", "num_sources", "num_articles", "geo_country", "geo_lat",
             "geo_long")
_TYPES = {"str": "", "int": ":long", "float": ":double", "bool": ":boolean"}
_ARROW = {"int": pa.int64(), "float": pa.float64(), "bool": pa.bool_()}
_OPTIONS = pacsv.WriteOptions(include_header=False, batch_size=65536)
#: Between the items of an array property (``--array-delimiter``): no actor id holds it.
ARRAY_DELIMITER = "\x1f"


def as_table(triples: Sequence[Triple]) -> TripleTable:
    """``triples`` column-wise (a table as it is, anything else copied into one)."""
    return triples if isinstance(triples, TripleTable) else TripleTable(triples)


class _Columns:
    """The validated columns of a table, decoded to Arrow arrays on demand."""

    def __init__(self, table: TripleTable) -> None:
        self.table = table
        self.n = len(table)
        # one id space for both ends, so pairs and mentions can be keyed by integers
        src_codes, src_values = table.codes("source")
        tgt_codes, tgt_values = table.codes("target")
        index = {v: i for i, v in enumerate(src_values)}
        for value in tgt_values:
            index.setdefault(value, len(index))
        self.actor_values = list(index)
        remap = np.fromiter((index[v] for v in tgt_values), dtype=np.int32, count=len(tgt_values))
        self.source = src_codes
        self.target = remap[tgt_codes] if self.n else tgt_codes
        self._check()
        self.dates = self._dates()

    def first_row(self, mask: np.ndarray) -> str:
        return str(self.table.ids()[int(np.flatnonzero(mask)[0])])

    def _check(self) -> None:
        codes, values = self.table.codes("relation")
        bad = [i for i, v in enumerate(values) if v not in RELATIONS]
        if bad and (mask := np.isin(codes, bad)).any():
            row = int(np.flatnonzero(mask)[0])
            raise InputError(f"triple {self.table.ids()[row]}: relation "
                             f"{values[codes[row]]!r} is not in the vocabulary (model.RELATIONS)")
        empty = self.actor_values.index("") if "" in self.actor_values else -1
        if empty >= 0 and ((mask := (self.source == empty) | (self.target == empty)).any()):
            raise InputError(f"triple {self.first_row(mask)}: source and target actor ids "
                             "must not be empty")

    def _dates(self) -> pa.Array:
        codes, values = self.table.codes("date")
        parsed: list[dt.date | None] = []
        for i, value in enumerate(values):
            try:
                parsed.append(dt.date.fromisoformat(value) if value else None)
            except ValueError:
                mask = codes == i
                if mask.any():
                    raise InputError(f"triple {self.first_row(mask)}: date {value!r} is not an "
                                     "ISO date (YYYY-MM-DD)") from None
                parsed.append(None)
        return pa.array(parsed, pa.date32()).take(pa.array(codes))

    def strings(self, name: str) -> pa.Array:
        codes, values = self.table.codes(name)
        return pa.array(values, pa.string()).take(pa.array(codes))

    def actors(self, codes: np.ndarray) -> pa.Array:
        return pa.array(self.actor_values, pa.string()).take(pa.array(codes))

    def prop(self, name: str) -> pa.Array:
        """One relationship property, null where it is not stored."""
        if name == "date":
            return self.dates
        if name == "id":
            return pa.array(self.table.ids(), pa.string())
        if _KIND[name] == "str":
            array = self.strings(name)
            default = pa.scalar(_DEFAULTS[name], pa.string())
        else:
            values = self.table.numbers(name)
            array = pa.array(values, _ARROW[_KIND[name]])
            default = pa.scalar(_DEFAULTS[name], _ARROW[_KIND[name]])
        if name in _MEASURES:
            import pyarrow.compute as pc

            array = pc.if_else(pc.equal(array, default), pa.scalar(None, array.type), array)
        return array

    def sentences(self) -> tuple[pa.Array, pa.Table]:
        """Each triple's ``sentence_id`` (null without evidence) and the Sentence rows."""
        art_codes, art_values = self.table.codes("article_id")
        ev_codes, ev_values = self.table.codes("evidence")
        keys = art_codes.astype(np.int64) * max(len(ev_values), 1) + ev_codes
        _, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
        articles = [art_values[art_codes[i]] for i in first]
        texts = [ev_values[ev_codes[i]] for i in first]
        ids = [sentence_key(a, t) if t else None for a, t in zip(articles, texts, strict=True)]
        per_row = pa.array(ids, pa.string()).take(pa.array(inverse.reshape(-1)))
        kept = [i for i, t in enumerate(texts) if t]
        rows = pa.table({
            "id": pa.array([ids[i] for i in kept], pa.string()),
            "text": pa.array([texts[i] for i in kept], pa.string()),
            "article": pa.array([articles[i] for i in kept], pa.string()),
            "label": pa.array(["Sentence"] * len(kept), pa.string()),
        })
        return per_row, rows

    def mentions(self) -> tuple[list[str], pa.Table]:
        """The distinct (article, actor) pairs, and the article ids triples name."""
        art_codes, art_values = self.table.codes("article_id")
        width = max(len(self.actor_values), 1)
        keys = np.concatenate([art_codes.astype(np.int64) * width + self.source,
                               art_codes.astype(np.int64) * width + self.target])
        unique = np.unique(keys)
        articles, actors = unique // width, unique % width
        named = np.unique(art_codes)
        empty = art_values.index("") if "" in art_values else -1
        keep = articles != empty
        article_ids = pa.array(art_values, pa.string())
        rows = pa.table({
            "start": article_ids.take(pa.array(articles[keep])),
            "end": self.actors(actors[keep]),
            "type": pa.array(["MENTIONS"] * int(keep.sum()), pa.string()),
        })
        return [art_values[i] for i in named if i != empty], rows

    def pairs(self) -> list[PairRow]:
        """One row per ordered actor pair, as ``derived.actor_metrics`` takes them."""
        import pandas as pd

        negated = self.table.numbers("negated")
        frame = pd.DataFrame({"s": self.source, "t": self.target, "keep": ~negated,
                              "w": np.abs(self.table.numbers("goldstein"))})
        date = self.dates.to_numpy(zero_copy_only=False)
        frame["date"] = pd.Series(date).astype("datetime64[s]")
        kept = frame[frame["keep"]]
        agg = kept.groupby(["s", "t"], sort=False).agg(
            n=("w", "size"), w=("w", "sum"), first=("date", "min"), last=("date", "max"))
        every = frame.groupby(["s", "t"], sort=False).size().index
        agg = agg.reindex(every)
        out: list[PairRow] = []
        names = self.actor_values
        for (s, t), n, w, first, last in zip(agg.index, agg["n"], agg["w"], agg["first"],
                                            agg["last"], strict=True):
            if pd.isna(n):
                out.append((names[s], names[t], 0, 0.0, "", ""))
            else:
                out.append((names[s], names[t], int(n), float(w),
                            "" if pd.isna(first) else first.date().isoformat(),
                            "" if pd.isna(last) else last.date().isoformat()))
        return out


def pair_rows_of(triples: Sequence[Triple]) -> list[PairRow]:
    """``derived.triple_pair_rows`` column-wise: one row per ordered actor pair.

    >>> pair_rows_of([Triple("USA", "WARNS", "RUS", goldstein=-4.0, date="2024-06-10"),
    ...               Triple("RUS", "WARNS", "USA", negated=True)])
    [('USA', 'RUS', 1, 4.0, '2024-06-10', '2024-06-10'), ('RUS', 'USA', 0, 0.0, '', '')]
    """
    return _Columns(as_table(triples)).pairs()


def _write(path: Path, header: list[str], table: pa.Table) -> None:
    with path.open("wb") as stream:
        stream.write((",".join(header) + "\n").encode("utf-8"))
        if table.num_rows:
            pacsv.write_csv(table, stream, write_options=_OPTIONS)


def _numbers(ids: pa.Array | pa.ChunkedArray, nodes: pa.Array) -> pa.Array:
    """``ids`` as the importer's integer ids of ``nodes`` (their row numbers in the node file).

    Node files carry a number as the importer's id and the string id as a plain ``id``
    property (``--id-type=integer``): the importer then maps numbers, not strings, which took
    its node and relationship phases for 1M GDELT triples from 14 + 21 s to 9 + 12 s (load 7-9).

    >>> _numbers(pa.array(["b", "a", "b"]), pa.array(["a", "b"])).to_pylist()
    [1, 0, 1]
    """
    numbers = pc.index_in(ids, value_set=nodes)
    if numbers.null_count:
        raise InputError("bulk import: a relationship names a node the node files lack")
    return numbers


def _with_numbers(header: list[str], table: pa.Table, space: str) -> tuple[list[str], pa.Table]:
    """``table`` with its row numbers first, as the importer id of the ``space`` id space."""
    numbered = table.add_column(0, ":ID", pa.array(np.arange(table.num_rows), pa.int64()))
    return [f":ID({space})", *("id" if h == f"id:ID({space})" else h for h in header)], numbered


def _node_table(rows: list[dict[str, Any]], keys: list[str], label: str,
                types: Mapping[str, pa.DataType]) -> pa.Table:
    data = {k: pa.array([r.get(k) for r in rows], types.get(k, pa.string())) for k in keys}
    data[":LABEL"] = pa.array([label] * len(rows), pa.string())
    return pa.table(data)


def write_import_csvs(
    folder: str | Path,
    triples: Sequence[Triple],
    actors: Mapping[str, Actor],
    articles: Iterable[Article],
    actor_extra: Mapping[str, Mapping[str, Any]] | None = None,
) -> dict[str, Path]:
    """The importer's CSV files for exactly what ``write_graph`` would store.

    ``actor_extra`` adds properties to Actor nodes (derived values: ``pagerank`` …), by id.
    """
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    files = {name: out / f"{name}.csv"
             for name in ("actors", "articles", "triples", "mentions", "sentences")}
    columns = _Columns(as_table(triples))
    actor_ids = _write_actors(files["actors"], columns, actors, actor_extra or {})
    named, mentions = columns.mentions()
    article_ids = _write_articles(files["articles"], articles, named)
    _write(files["mentions"], [":START_ID(Article)", ":END_ID(Actor)", ":TYPE"], pa.table(
        [_numbers(mentions["start"], article_ids), _numbers(mentions["end"], actor_ids),
         mentions["type"]], names=["start", "end", "type"]))
    sentence_ids, sentences = columns.sentences()
    props = {n: (sentence_ids if n == "sentence_id" else columns.prop(n)) for n in REL_PROPS}
    relations = columns.strings("relation")
    header = [":START_ID(Actor)", ":END_ID(Actor)", ":TYPE",
              *(n + (":date" if n == "date" else _TYPES[_KIND.get(n, "str")])
                for n in REL_PROPS)]
    _write(files["triples"], header, pa.table(
        [_numbers(columns.actors(columns.source), actor_ids),
         _numbers(columns.actors(columns.target), actor_ids), relations,
         *props.values()], names=header))
    # No relationship names a Sentence, so its id is a plain property, not an importer id
    # space: the importer skips mapping 1M strings it would never look up (node import of 1M
    # GDELT triples 23.5 -> 14.3 s). The rows are distinct by construction (``sentences``), and
    # the ``sentence_id`` constraint the server creates after the import would refuse a repeat.
    _write(files["sentences"], ["id", "text", "article", ":LABEL"], sentences)
    return files


def _write_actors(path: Path, columns: _Columns, actors: Mapping[str, Actor],
                  extra: Mapping[str, Mapping[str, Any]]) -> pa.Array:
    """The Actor node file; returns the actor ids in its row order."""
    rows = {row["id"]: row for row in actor_rows(actors)}
    used = np.unique(np.concatenate([columns.source, columns.target]))
    for code in used:
        rows.setdefault(columns.actor_values[code], {"id": columns.actor_values[code]})
    keys = sorted({k for props in extra.values() for k in props})
    header = ["id:ID(Actor)", "name", "kind", "country"]
    types: dict[str, pa.DataType] = {}
    lists = set()
    for key in keys:
        sample = next((p[key] for p in extra.values() if p.get(key) is not None), "")
        if isinstance(sample, list):  # an array property: joined, split by the importer
            lists.add(key)
            kind = type(sample[0]).__name__
            header.append(f"{key}{_TYPES[kind] or ':string'}[]")
        else:
            kind = type(sample).__name__
            types[key] = _ARROW.get(kind, pa.string())
            header.append(key + _TYPES[kind])
    header.append(":LABEL")
    merged = []
    for ident, row in rows.items():
        props = {**row, **extra.get(ident, {})}
        for key in lists:
            if props.get(key) is not None:
                props[key] = ARRAY_DELIMITER.join(map(str, props[key]))
        merged.append(props)
    table = _node_table(merged, ["id", "name", "kind", "country", *keys], "Actor", types)
    _write(path, *_with_numbers(header, table, "Actor"))
    return table.column("id").combine_chunks()


def _write_articles(path: Path, articles: Iterable[Article], named: list[str]) -> pa.Array:
    """The Article node file; returns the article ids in its row order."""
    listed = list(articles)
    columns: dict[str, list[Any]] = {n: [getattr(a, n) or "" for a in listed]
                                     for n in _ARTICLE_FIELDS}
    if "" in columns["id"]:
        raise InputError("an article has an empty id")
    # later duplicates win, as in rows.article_rows; then the bare articles triples name
    last = {ident: i for i, ident in enumerate(columns["id"])}
    order = sorted(last.values())
    bare = [ident for ident in named if ident not in last]
    published: list[dt.date | None] = []
    parsed: dict[str, dt.date | None] = {"": None}
    for i in order:
        value = columns["published"][i]
        if value not in parsed:
            try:
                parsed[value] = dt.date.fromisoformat(value)
            except ValueError:
                raise InputError(f"article {columns['id'][i]}: date {value!r} is not an ISO "
                                 "date (YYYY-MM-DD)") from None
        published.append(parsed[value])
    data: dict[str, pa.Array] = {}
    for name in _ARTICLE_FIELDS:
        if name == "published":
            data[name] = pa.array(published + [None] * len(bare), pa.date32())
        elif name == "id":
            data[name] = pa.array([columns["id"][i] for i in order] + bare, pa.string())
        else:
            data[name] = pa.array([columns[name][i] for i in order] + [None] * len(bare),
                                  pa.string())
    data[":LABEL"] = pa.array(["Article"] * (len(order) + len(bare)), pa.string())
    header = ["id:ID(Article)", *(("published:date" if n == "published" else n)
                                  for n in _ARTICLE_FIELDS if n != "id"), ":LABEL"]
    table = pa.table([data["id"], *(data[n] for n in _ARTICLE_FIELDS if n != "id"),
                      data[":LABEL"]], names=header)
    _write(path, *_with_numbers(header, table, "Article"))
    return data["id"]
