"""Copy docs/queries.md and docs/notebooks.md into README.md between their markers.

The README carries every named query with its example and output on the seed article; the
docs files are regenerated from the code (docs/make_queries_md.py), so this keeps the README in
step. tests/test_readme.py fails when they drift. Run: .venv/bin/python tools/sync_readme.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# name -> (file, demote headings one level: queries.md starts at '#', notebooks.md at '##')
SECTIONS = {
    "queries": (ROOT / "docs/queries.md", True),
    "notebooks": (ROOT / "docs/notebooks.md", False),
}


def demote(markdown: str) -> str:
    """Headings one level deeper, so a doc's '#' title becomes a README '##' section."""
    return re.sub(r"^(#+) ", lambda m: "#" + m.group(1) + " ", markdown, flags=re.M)


def synced(readme: str) -> str:
    for name, (path, lower) in SECTIONS.items():
        body = path.read_text(encoding="utf-8").strip()
        body = demote(body) if lower else body
        start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
        pattern = re.compile(re.escape(start) + ".*?" + re.escape(end), re.S)
        if not pattern.search(readme):
            raise SystemExit(f"README.md: missing markers {start} … {end}")
        replacement = f"{start}\n{body}\n{end}"
        readme = pattern.sub(lambda _m, text=replacement: text, readme)
    return readme


def main() -> int:
    readme_path = ROOT / "README.md"
    readme = readme_path.read_text(encoding="utf-8")
    new = synced(readme)
    if "--check" in sys.argv:
        return 0 if new == readme else 1
    readme_path.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
