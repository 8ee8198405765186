"""The analyst notebooks run top to bottom, and are committed clean (no outputs, no counts).

Each notebook is executed with nbclient in the venv's ``python3`` kernel (ipykernel installs
that kernelspec into the venv, and jupyter_client starts it with the running interpreter), with
``notebooks/`` as the working directory, as ``make notebook`` opens them.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK_DIR = ROOT / "notebooks"
NOTEBOOKS = sorted(NOTEBOOK_DIR.glob("*.ipynb"))
NEEDS_NEO4J = {"02-cypher-with-neo4j.ipynb"}
CELL_TIMEOUT = 120  # seconds per cell


def _require_neo4j(monkeypatch: pytest.MonkeyPatch) -> None:
    """Skip (fail when CI=true) unless Neo4j answers with the settings the notebook uses."""
    # The notebook runs in notebooks/ and looks for the local server's record at the root.
    if not os.environ.get("GEOPOLGRAPH_NEO4J_DIR"):
        monkeypatch.setenv("GEOPOLGRAPH_NEO4J_DIR", str(ROOT / ".geopolgraph" / "neo4j"))
    from geopolgraph.errors import GeopolgraphError
    from geopolgraph.graph.store import Store

    try:
        Store().connect().close()
    except GeopolgraphError as exc:
        message = f"{exc} (run make neo4j-start)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)


def test_there_are_notebooks():
    assert [p.name for p in NOTEBOOKS] == [
        "01-quickstart.ipynb", "02-cypher-with-neo4j.ipynb", "03-dyads-and-timelines.ipynb",
        "04-one-actors-year.ipynb",
    ]


@pytest.mark.notebook
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from nbclient import NotebookClient

    if path.name in NEEDS_NEO4J:
        _require_neo4j(monkeypatch)
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb, timeout=CELL_TIMEOUT, kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOK_DIR)}},
    )
    started = time.perf_counter()
    client.execute()  # raises CellExecutionError with the failing cell and traceback
    elapsed = time.perf_counter() - started
    print(f"{path.name}: {elapsed:.1f} s")
    errors = [out for cell in nb.cells if cell.cell_type == "code"
              for out in cell.get("outputs", []) if out.get("output_type") == "error"]
    assert not errors


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_is_committed_clean(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    dirty = [i for i, cell in enumerate(nb.cells) if cell.cell_type == "code"
             and (cell.get("outputs") or cell.get("execution_count") is not None)]
    assert not dirty, f"{path.name}: cells {dirty} have outputs or execution counts; clear them"
    first = nb.cells[0]
    assert first.cell_type == "markdown"
    lines = [line for line in first.source.splitlines() if line.strip()]
    assert len(lines) == 2 and lines[0].startswith("# "), (
        f"{path.name}: the first cell is a title and one line saying what it answers"
    )


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_uses_only_the_library(path: Path) -> None:
    """Imports come from geopolgraph and a few analyst libraries; no function is defined."""
    allowed = {"geopolgraph", "pathlib", "os", "networkx", "matplotlib", "pandas"}
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        for line in cell.source.splitlines():
            words = line.split()
            if words[:1] in (["import"], ["from"]) and len(words) > 1:
                assert words[1].split(".")[0] in allowed, f"{path.name}: {line}"
            assert not line.lstrip().startswith(("def ", "class ")), (
                f"{path.name}: logic belongs in the library: {line}"
            )


def _outputs(nb: nbformat.NotebookNode) -> list[dict]:
    return [out for cell in nb.cells if cell.cell_type == "code" for out in cell.outputs]


@pytest.mark.notebook
def test_progress_shows_in_a_notebook_cell(tmp_path: Path) -> None:
    """tqdm's widget (with its text form) is what a cell that extracts articles displays."""
    from nbclient import NotebookClient

    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(
        "from geopolgraph.pipeline import extract_paths\n"
        f"articles, triples, actors = extract_paths([{str(ROOT / 'seeds')!r}])\n"
        "print(len(articles), len(triples))"
    )])
    NotebookClient(nb, timeout=CELL_TIMEOUT, kernel_name="python3",
                   resources={"metadata": {"path": str(tmp_path)}}).execute()
    outputs = _outputs(nb)
    bars = [o for o in outputs if o.output_type == "display_data"
            and "application/vnd.jupyter.widget-view+json" in o.data]
    assert bars, outputs
    assert "extract" in bars[0].data["text/plain"] and "file" in bars[0].data["text/plain"]
    assert any(o.output_type == "stream" and o.text.startswith("1 ") for o in outputs)


@pytest.mark.notebook
def test_the_year_chart_has_a_real_date_axis() -> None:
    """Notebook 03's and 04's charts come from geopolgraph.plots (dates to scale), not from
    DataFrame.plot.bar over month labels."""
    for name in ("03-dyads-and-timelines.ipynb", "04-one-actors-year.ipynb"):
        source = "\n".join(c.source for c in nbformat.read(NOTEBOOK_DIR / name, 4).cells)
        assert "from geopolgraph.plots import" in source, name
        assert ".plot.bar(" not in source, name
