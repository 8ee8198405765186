"""The store is the one door to Neo4j: no module but it and its parts imports the driver, and
no Cypher is written outside ``graph/statements.py`` and the named ``queries/*.cypher`` files."""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "geopolgraph"
#: Modules allowed to import the driver: the store and its two parts, the connection under it
#: (settings, the driver, its errors) and the conversion of its answers. (The server launcher
#: helper only asks a Store whether the server answers, so it needs no import of its own.)
DRIVER_MODULES = {"graph/store.py", "graph/connection.py", "graph/answers.py"}
STATEMENT_MODULES = {"graph/statements.py"}
#: What only Cypher looks like: a clause opening a pattern or a parameter list.
CYPHER = re.compile(
    r"\b(?:OPTIONAL\s+MATCH|MATCH|MERGE|CREATE)\s*\(|\bUNWIND\s+\$|\bDETACH\s+DELETE\b"
    r"|\bCREATE\s+(?:CONSTRAINT|INDEX)\b|\bRETURN\s+[\w.()]+\s+AS\s+\w+|\bCALL\s*\(\s*\w*\s*\)\s*\{"
)


def _modules() -> list[tuple[str, ast.Module]]:
    return [
        (path.relative_to(PACKAGE).as_posix(), ast.parse(path.read_text(encoding="utf-8")))
        for path in sorted(PACKAGE.rglob("*.py"))
    ]


def _docstrings(tree: ast.Module) -> set[int]:
    """ids of the docstring constants (doctests show Cypher as examples; they send nothing)."""
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                out.add(id(body[0].value))
    return out


def test_only_the_store_imports_the_driver():
    found = []
    for name, tree in _modules():
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module or ""]
            else:
                continue
            if any(n == "neo4j" or n.startswith("neo4j.") for n in names):
                found.append(f"{name}:{node.lineno}")
    assert found and all(f.split(":")[0] in DRIVER_MODULES for f in found), found


def test_no_cypher_outside_the_statements_module():
    stray = []
    for name, tree in _modules():
        if name in STATEMENT_MODULES:
            continue
        docs = _docstrings(tree)
        for node in ast.walk(tree):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str)
                    and id(node) not in docs and CYPHER.search(node.value)):
                stray.append(f"{name}:{node.lineno}: {node.value.strip()[:60]!r}")
    assert stray == []


def test_the_checker_would_see_cypher():
    for text in ("MATCH (a) RETURN a", "UNWIND $rows AS row", "CALL () { RETURN 1 AS x }",
                 "CREATE CONSTRAINT x", "RETURN count(n) AS n"):
        assert CYPHER.search(text), text
    for text in ("geopolgraph: refused (CREATE, MERGE, SET)", "match the actor's name"):
        assert not CYPHER.search(text), text
