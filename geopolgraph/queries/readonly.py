"""Ad-hoc Cypher that may only read: refused before it runs if it writes, then run read-only.

The check looks at the statement with its string literals, backticked names and comments
blanked out, so ``RETURN 'CREATE'`` is fine and ``MATCH (n) /* x */ DETACH DELETE n`` is not.
The read transaction is the second line of defence: the server refuses writes in it.

>>> write_reason("MATCH (a:Actor) RETURN a.name AS `set`, 'DELETE me' // CREATE")
>>> write_reason("MATCH (n) DETACH DELETE n")
'DETACH'
>>> write_reason("CALL db.createLabel('X')")
'CALL db.createLabel'
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from geopolgraph.errors import QueryError

if TYPE_CHECKING:  # pragma: no cover
    import neo4j

__all__ = ["blank_literals", "check_read_only", "run_read", "write_reason"]

_WRITE_WORDS = ("CREATE", "MERGE", "SET", "DELETE", "REMOVE", "DETACH", "FOREACH", "DROP")
_WORD_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_LOAD_CSV_RE = re.compile(r"\bLOAD\s+CSV\b", re.IGNORECASE)
_IN_TX_RE = re.compile(r"\bIN\s+(?:\d+\s+|\$\w+\s+)?(?:CONCURRENT\s+)?TRANSACTIONS\b", re.I)
_CALL_RE = re.compile(r"\bCALL\s+([A-Za-z_][\w.]*)", re.IGNORECASE)
#: Parts of a procedure name that mean it writes, or runs text that may (apoc.cypher.run…).
_WRITE_PROC_RE = re.compile(
    r"create|merge|set|delete|remove|drop|write|refactor|periodic|load|import|"
    r"cypher\.(?:run|do|parallel)|execute|clear|kill|terminate|upgrade|rename|"
    r"add|truncate|restore|(?:^|\.)do\b",
    re.IGNORECASE,
)


def blank_literals(text: str) -> str:
    """``text`` with string literals, backticked names and comments replaced by spaces.

    >>> blank_literals("RETURN 'it\\\\'s CREATE' /* SET */ // MERGE").split()
    ['RETURN']
    """
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in "'\"`":
            j = i + 1
            while j < n and text[j] != ch:
                j += 2 if text[j] == "\\" and ch != "`" else 1
            j = min(j + 1, n)
            out.append(" " * (j - i))
            i = j
        elif text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(" " * (j - i))
            i = j
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def write_reason(text: str) -> str | None:
    """What makes ``text`` a write (``"MERGE"``, ``"CALL apoc.create.node"``…), or ``None``."""
    code = blank_literals(text)
    for match in _CALL_RE.finditer(code):
        name = match.group(1)
        if _WRITE_PROC_RE.search(name):
            return f"CALL {name}"
    for match in _WORD_RE.finditer(code):
        word = match.group(0).upper()
        if word not in _WRITE_WORDS:
            continue
        before = code[: match.start()].rstrip()[-1:]
        after = code[match.end():].lstrip()[:1]
        # a property (n.set), label (:Merge), parameter ($set) or map key ({set: 1})
        if before in (".", ":", "$") or after == ":":
            continue
        return word
    if _LOAD_CSV_RE.search(code):
        return "LOAD CSV"
    if _IN_TX_RE.search(code):
        return "CALL { … } IN TRANSACTIONS"
    return None


def check_read_only(text: str) -> None:
    """Raise ``QueryError`` if ``text`` would write."""
    reason = write_reason(text)
    if reason is not None:
        raise QueryError(
            f"refused: the statement writes ({reason}); `geopolgraph cypher` is read-only"
        )


def run_read(
    driver: neo4j.Driver,
    text: str,
    params: Mapping[str, Any] | None = None,
    database: str | None = None,
) -> tuple[list[str], list[list[Any]]]:
    """Run ``text`` in a read transaction: ``(column names, rows)``; server errors → QueryError."""
    from neo4j.exceptions import Neo4jError

    import neo4j as _neo4j

    def work(tx: neo4j.ManagedTransaction) -> tuple[list[str], list[list[Any]]]:
        result = tx.run(text, dict(params or {}))
        keys = list(result.keys())
        return keys, [list(record.values()) for record in result]

    try:
        # notifications (e.g. "property key does not exist" on an empty store) are not errors
        with driver.session(
            database=database,
            default_access_mode=_neo4j.READ_ACCESS,
            notifications_min_severity="OFF",
        ) as session:
            return session.execute_read(work)
    except Neo4jError as exc:
        message = " ".join(str(exc.message or exc).split())
        raise QueryError(f"the server refused the statement: {message}") from exc
