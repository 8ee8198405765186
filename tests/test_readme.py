"""The README carries the generated docs (named queries, notebooks) and the files it names exist."""

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_readme_is_in_step_with_docs():
    result = subprocess.run([sys.executable, str(ROOT / "tools/sync_readme.py"), "--check"],
                            cwd=ROOT, check=False)
    assert result.returncode == 0, "run: .venv/bin/python tools/sync_readme.py"


def test_every_named_query_has_an_example_in_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for path in sorted((ROOT / "geopolgraph/queries").glob("*.cypher")):
        assert f"$ geopolgraph query {path.stem}" in readme, path.stem


def test_paths_named_in_readme_exist():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in re.findall(r"`((?:docs|bench|tools|notebooks|neo4j|seeds)/[\w./-]+)`", readme):
        if "*" in name:
            continue
        assert (ROOT / name).exists(), name
