"""Triples held column-wise: a compact ``Sequence[Triple]`` for millions of triples.

A list of a million frozen ``Triple`` objects takes about 800 MB (one object, and often one
string per field, per triple). :class:`TripleTable` keeps one column per field instead: strings
dictionary-encoded (a 4-byte code per row, each distinct value once), numbers in typed arrays,
ids as one list. It is still a sequence of Triples (``table[i]``, ``for t in table``,
``len(table)``): a Triple is made when asked for. The mirror can refer to rows of a table
instead of copying their values (``mirror.build_mirror``), and ``to_frame`` gives a pandas
DataFrame with categorical string columns.

>>> table = TripleTable([Triple("USA", "WARNS", "RUS", date="2024-06-10"),
...                      Triple("USA", "WARNS", "CHN", date="2024-06-10")])
>>> len(table), table[1].target, table.value(0, "date"), table[0] == Triple("USA", "WARNS", "RUS",
...                                                                         date="2024-06-10")
(2, 'CHN', '2024-06-10', True)
>>> table.distinct("date")
1
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import fields
from typing import Any, overload

from geopolgraph.model import Triple

__all__ = ["TripleTable"]

_FIELDS = [f for f in fields(Triple)]
_NAMES = tuple(f.name for f in _FIELDS)
_KIND = {f.name: str(f.type) for f in _FIELDS}
_STRINGS = tuple(n for n in _NAMES if _KIND[n] == "str" and n != "id")
_ARRAYS = {"int": "i", "float": "d", "bool": "b"}  # ints: offsets, counts, line numbers


class _Strings:
    """One dictionary-encoded string column."""

    __slots__ = ("codes", "lookup", "values")

    def __init__(self) -> None:
        self.codes = array("i")
        self.values: list[str] = []
        self.lookup: dict[str, int] | None = {}

    def code(self, value: str) -> int:
        if self.lookup is None:  # compacted: rebuilt on the first new value
            self.lookup = {v: i for i, v in enumerate(self.values)}
        code = self.lookup.get(value)
        if code is None:
            code = self.lookup[value] = len(self.values)
            self.values.append(value)
        return code


class TripleTable(Sequence[Triple]):
    """Triples column-wise (see the module docstring); append, extend and replace rows."""

    def __init__(self, triples: Iterable[Triple] = ()) -> None:
        self._strings = {name: _Strings() for name in _STRINGS}
        self._numbers = {n: array(_ARRAYS[_KIND[n]]) for n in _NAMES if _KIND[n] in _ARRAYS}
        self._ids: list[str] = []
        self.extend(triples)

    # --- building ---------------------------------------------------------------------------

    def append(self, triple: Triple) -> None:
        for name, column in self._strings.items():
            column.codes.append(column.code(getattr(triple, name)))
        for name, numbers in self._numbers.items():
            numbers.append(getattr(triple, name))
        self._ids.append(triple.id)

    def extend(self, triples: Iterable[Triple]) -> None:
        if isinstance(triples, TripleTable):
            for name, column in self._strings.items():
                other = triples._strings[name]
                remap = array("i", (column.code(v) for v in other.values))
                column.codes.extend(remap[c] for c in other.codes)
            for name, numbers in self._numbers.items():
                numbers.extend(triples._numbers[name])
            self._ids.extend(triples._ids)
            return
        for triple in triples:
            self.append(triple)

    def __setitem__(self, index: int, triple: Triple) -> None:
        """Replace row ``index`` (its id included)."""
        for name, column in self._strings.items():
            column.codes[index] = column.code(getattr(triple, name))
        for name, numbers in self._numbers.items():
            numbers[index] = getattr(triple, name)
        self._ids[index] = triple.id

    def compact(self) -> TripleTable:
        """Drop the value→code lookups (rebuilt if rows are added later); returns self."""
        for column in self._strings.values():
            column.lookup = None
        return self

    # --- reading ----------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._ids)

    def value(self, index: int, name: str) -> Any:
        """One field of one row, without making the Triple."""
        column = self._strings.get(name)
        if column is not None:
            return column.values[column.codes[index]]
        if name == "id":
            return self._ids[index]
        value = self._numbers[name][index]
        return bool(value) if _KIND[name] == "bool" else value

    def getter(self, name: str) -> Callable[[int], Any]:
        """A fast ``row → value`` function for one field."""
        column = self._strings.get(name)
        if column is not None:
            values, codes = column.values, column.codes
            return lambda i: values[codes[i]]
        if name == "id":
            return self._ids.__getitem__
        numbers = self._numbers[name]
        if _KIND[name] == "bool":
            return lambda i: bool(numbers[i])
        return numbers.__getitem__

    def distinct(self, name: str) -> int:
        """How many distinct values a string column holds."""
        return len(self._strings[name].values)

    @overload
    def __getitem__(self, index: int) -> Triple: ...

    @overload
    def __getitem__(self, index: slice) -> list[Triple]: ...

    def __getitem__(self, index: int | slice) -> Triple | list[Triple]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("TripleTable index out of range")
        return Triple(**{name: self.value(index, name) for name in _NAMES})

    def __iter__(self) -> Iterator[Triple]:
        getters = [(name, self.getter(name)) for name in _NAMES]
        for i in range(len(self)):
            yield Triple(**{name: get(i) for name, get in getters})

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"TripleTable({len(self)} triples)"

    def to_frame(self) -> Any:
        """A pandas DataFrame, one column per Triple field (strings as categoricals)."""
        import pandas as pd

        data: dict[str, Any] = {}
        for name in _NAMES:
            if name in self._strings:
                codes, values = self.codes(name)
                data[name] = pd.Categorical.from_codes(
                    codes, categories=pd.Index(values, dtype=object))
            elif name == "id":
                data[name] = pd.Series(self._ids, dtype=object)
            else:
                data[name] = pd.Series(self.numbers(name), dtype=_KIND[name])
        return pd.DataFrame(data, columns=list(_NAMES))

    def codes(self, name: str) -> tuple[Any, list[str]]:
        """A string column's dictionary encoding without copying it: ``(codes, values)``, the
        codes a numpy int32 view (row ``i`` holds ``values[codes[i]]``; values may include some
        no row uses any more).

        >>> codes, values = TripleTable([Triple("USA", "WARNS", "RUS")]).codes("target")
        >>> codes.tolist(), values
        ([0], ['RUS'])
        """
        import numpy as np

        column = self._strings[name]
        return np.frombuffer(column.codes, dtype=np.int32), column.values

    def numbers(self, name: str) -> Any:
        """A numeric column as a numpy view (``bool`` columns as numpy booleans).

        >>> TripleTable([Triple("USA", "WARNS", "RUS", goldstein=-4.0)]).numbers("goldstein")
        array([-4.])
        """
        import numpy as np

        numbers = self._numbers[name]
        kind = _KIND[name]
        view = np.frombuffer(numbers, dtype={"int": np.int32, "float": np.float64,
                                             "bool": np.int8}[kind])
        return view.astype(bool) if kind == "bool" else view

    def ids(self) -> list[str]:
        """The ``id`` column (the list itself: do not change it)."""
        return self._ids

    def nbytes(self) -> int:
        """The arrays' own size in bytes (codes and numbers; not the distinct strings)."""
        return sum(c.codes.itemsize * len(c.codes) for c in self._strings.values()) + sum(
            a.itemsize * len(a) for a in self._numbers.values()) + 8 * len(self._ids)

