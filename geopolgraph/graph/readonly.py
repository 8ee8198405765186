"""Ad-hoc Cypher that may only read: three walls, the server's own parser being the authority.

1. A cheap text check (``write_reason``) refuses obvious writes with a readable reason. It looks
   at the statement with string literals, backticked names and comments blanked out, so
   ``RETURN 'CREATE'`` is fine and ``MATCH (n) /* x */ DETACH DELETE n`` is not. A text check
   always has gaps (a carriage return ends a ``//`` comment for Cypher; backticks hide a
   procedure's name), so passing it proves nothing.
2. The server plans the statement (``EXPLAIN``, inside the same read transaction, in
   ``graph.store.Store.run_read``) and
   ``plan_refusal`` accepts only query type ``r`` whose plan has no ``LoadCSV`` operator, no
   procedure outside ``READ_PROCEDURES``, and no command (``SHOW …``, ``TERMINATE …``, admin)
   outside ``READ_COMMANDS``. LOAD CSV is refused although it reads: it reads *files and URLs*
   (``/etc/passwd``, the server's password file, ``http://127.0.0.1:…``), not the graph.
3. The statement then runs in a read transaction, where the server refuses any write.

The launcher also sets ``dbms.security.allow_csv_import_from_file_urls=false``.

>>> write_reason("MATCH (a:Actor) RETURN a.name AS `set`, 'DELETE me' // CREATE")
>>> write_reason("MATCH (n) DETACH DELETE n")
'DETACH'
>>> write_reason("CALL db.createLabel('X')")
'CALL db.createLabel'
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from geopolgraph.errors import QueryRefused

__all__ = [
    "READ_COMMANDS",
    "READ_PROCEDURES",
    "blank_literals",
    "check_plan",
    "check_read_only",
    "plan_refusal",
    "write_reason",
]

#: Procedures a read-only statement may call: introspection of the schema, nothing else.
READ_PROCEDURES = frozenset({
    "db.labels",
    "db.relationshipTypes",
    "db.propertyKeys",
    "db.schema.visualization",
    "db.schema.nodeTypeProperties",
    "db.schema.relTypeProperties",
    "db.ping",
})
#: Command operators (``SHOW …``) that describe the schema only. ``SHOW TRANSACTIONS`` (other
#: sessions' query texts and parameters), ``SHOW SETTINGS``, ``TERMINATE …`` and every admin
#: command are refused.
READ_COMMANDS = frozenset({"ShowIndexes", "ShowConstraints", "ShowProcedures", "ShowFunctions"})
#: Operators refused wherever they appear in a plan.
_REFUSED_OPERATORS = {
    "LoadCSV": "LOAD CSV (reads files and URLs, not the graph)",
    "TransactionForeach": "CALL { … } IN TRANSACTIONS",
    "TransactionApply": "CALL { … } IN TRANSACTIONS",
    "Foreach": "FOREACH",
}

_WRITE_WORDS = ("CREATE", "MERGE", "SET", "DELETE", "REMOVE", "DETACH", "FOREACH", "DROP")
_WORD_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_LOAD_CSV_RE = re.compile(r"\bLOAD\s+CSV\b", re.IGNORECASE)
_IN_TX_RE = re.compile(r"\bIN\s+(?:\d+\s+|\$\w+\s+)?(?:CONCURRENT\s+)?TRANSACTIONS\b", re.I)
_LINE_END_RE = re.compile("[\n\r\x0b\x0c\x85\u2028\u2029]")
_CALL_RE = re.compile(r"\bCALL\s+([A-Za-z_][\w.]*)", re.IGNORECASE)
#: Parts of a procedure name that mean it writes, or runs text that may (apoc.cypher.run…).
_WRITE_PROC_RE = re.compile(
    r"create|merge|set|delete|remove|drop|write|refactor|periodic|load|import|"
    r"cypher\.(?:run|do|parallel)|execute|clear|kill|terminate|upgrade|rename|"
    r"add|truncate|restore|(?:^|\.)do\b",
    re.IGNORECASE,
)


def blank_literals(text: str, keep_names: bool = False) -> str:
    """``text`` with string literals, backticked names and comments replaced by spaces.

    With ``keep_names`` a backticked name keeps its letters (without the backticks), so a
    procedure's name cannot hide in them; the text then no longer lines up with ``text``.

    >>> blank_literals("RETURN 'it\\\\'s CREATE' /* SET */ // MERGE").split()
    ['RETURN']
    >>> blank_literals("CALL `db`.`clearQueryCaches`()", keep_names=True)
    'CALL db.clearQueryCaches()'
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
            if keep_names and ch == "`":
                out.append(text[i + 1 : j - 1])
            else:
                out.append(" " * (j - i))
            i = j
        elif text.startswith("//", i):
            # any line terminator ends it: ending too early only shows more text to the check
            end = _LINE_END_RE.search(text, i)
            j = n if end is None else end.start()
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
    for match in _CALL_RE.finditer(blank_literals(text, keep_names=True)):
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
    """Raise ``QueryRefused`` if the text check sees a write (the first, cheap wall)."""
    reason = write_reason(text)
    if reason is not None:
        raise QueryRefused(
            f"refused: the statement writes ({reason}); `geopolgraph cypher` is read-only"
        )


def _operators(plan: Mapping[str, Any]) -> Iterator[Mapping[str, Any]]:
    yield plan
    for child in plan.get("children") or ():
        yield from _operators(child)


def plan_refusal(query_type: str | None, plan: Mapping[str, Any] | None) -> str | None:
    """Why the server's plan of a statement is not a plain read, or ``None`` if it is.

    ``query_type`` and ``plan`` are what ``EXPLAIN`` reports (``ResultSummary.query_type`` and
    ``.plan``: ``{"operatorType", "args", "children"}``).

    >>> call = {"operatorType": "ProcedureCall@neo4j",
    ...         "args": {"Details": "db.clearQueryCaches() :: (value :: STRING)"}}
    >>> plan_refusal("s", {"operatorType": "ProduceResults@neo4j", "children": [call]})
    "query type 's' (only 'r', a read, is allowed)"
    >>> plan_refusal("r", {"operatorType": "ProduceResults@neo4j", "children": [call]})
    'procedure db.clearQueryCaches (allowed: db.labels, db.ping, ...)'
    >>> plan_refusal("r", {"operatorType": "LoadCSV@neo4j"})
    'LOAD CSV (reads files and URLs, not the graph)'
    >>> plan_refusal("r", {"operatorType": "NodeCountFromCountStore@neo4j"}) is None
    True
    """
    if query_type != "r":
        return f"query type {query_type!r} (only 'r', a read, is allowed)"
    if plan is None:
        return "the server gave no plan"
    for op in _operators(plan):
        name = str(op.get("operatorType", "")).split("@", 1)[0]
        if name in _REFUSED_OPERATORS:
            return _REFUSED_OPERATORS[name]
        if name == "ProcedureCall":
            details = str((op.get("args") or {}).get("Details", ""))
            procedure = details.split("(", 1)[0].strip().strip("`")
            if procedure not in READ_PROCEDURES:
                allowed = ", ".join(sorted(READ_PROCEDURES)[:2])
                return f"procedure {procedure or '?'} (allowed: {allowed}, ...)"
        elif (
            name.startswith(("Show", "Terminate")) or "Command" in name
        ) and name not in READ_COMMANDS:
            return f"command {name}"
    return None


def check_plan(query_type: str | None, plan: Mapping[str, Any] | None) -> None:
    """Raise ``QueryRefused`` unless the plan is a plain read (see ``plan_refusal``)."""
    reason = plan_refusal(query_type, plan)
    if reason is not None:
        raise QueryRefused(
            f"refused: the server plans this statement as more than a read: {reason}; "
            "`geopolgraph cypher` only reads the graph"
        )
