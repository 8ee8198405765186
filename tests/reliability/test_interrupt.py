"""Interruptions: ``kill -9`` of build or draw mid-write leaves either the old or the new
outputs, never a truncated file or a mix; ``kill -9`` of the Neo4j server mid-load, restart,
rerun equals a clean load; two concurrent loads equal the two run one after the other."""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import networkx as nx
import pytest
import relkit

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
GOOD = "TRIBUNNEWS.COM - Amerika Serikat memperingatkan Rusia pada Senin (10/6/2024).\n"
KILLS = 3  # kill points per command


def _digest(folder: Path, names: list[str]) -> dict[str, str]:
    return {n: hashlib.sha256((folder / n).read_bytes()).hexdigest()
            for n in names if (folder / n).is_file()}


def _cli(*args: object) -> list[str]:
    return [sys.executable, "-m", "geopolgraph", "-q", *map(str, args)]


def _kill_when(proc: subprocess.Popen[bytes], appeared: Callable[[], bool], delay: float) -> bool:
    """SIGKILL ``proc`` ``delay`` s after ``appeared()`` first holds; False if it ended first."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if appeared():
            time.sleep(delay)
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                proc.wait()
                return True
            return False
        time.sleep(0.002)
    proc.wait()
    return False


def _temps(parent: Path, name: str) -> list[Path]:
    return [p for p in parent.iterdir() if p.name.startswith(f".{name}.tmp-")]


def test_kill_9_of_build_mid_write(tried, tmp_path):
    names = ["triples.csv", "triples.parquet", "graph.graphml", "graph.html"]
    small = tmp_path / "small"
    small.mkdir()
    (small / "good.txt").write_text(GOOD, encoding="utf-8")
    ref_old, ref_new = tmp_path / "ref-old", tmp_path / "ref-new"
    tried("interrupt", "reference build (old set)", ["build", small, "--out", ref_old],
          allow=(relkit.OK,), tmp=tmp_path)
    tried("interrupt", "reference build (new set)", ["build", SEEDS, "--out", ref_new],
          allow=(relkit.OK,), tmp=tmp_path)
    old, new = _digest(ref_old, names), _digest(ref_new, names)
    assert old != new
    for i in range(KILLS):
        out = tmp_path / f"out{i}"
        shutil.copytree(ref_old, out)
        (out / "notes.md").write_text("the user's own file\n", encoding="utf-8")
        proc = subprocess.Popen(_cli("build", SEEDS, "--out", out), stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        killed = _kill_when(proc, lambda o=out: bool(_temps(o.parent, o.name)), 0.05 * i)
        now = _digest(out, names)
        intact = now in (old, new) and (out / "notes.md").is_file()
        tried.record("interrupt", f"kill -9 of build, {0.05 * i:.2f} s into writing",
                     "build seeds --out OUT (over an old set)",
                     relkit.OK if intact else relkit.DATA_LOST,
                     ("killed: " if killed else "finished first: ")
                     + ("old set" if now == old else "new set" if now == new else "MIXED"))
        assert intact, f"mixed or truncated outputs after kill {i}: {now}"
    # the next build removes the killed ones' temporaries and writes the new set
    tried("interrupt", "build after the kills", ["build", SEEDS, "--out", tmp_path / "out0"],
          allow=(relkit.OK,), tmp=tmp_path)
    assert _digest(tmp_path / "out0", names) == new
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out0.tmp-")] == []


def test_kill_9_of_draw_mid_write(tried, tmp_path):
    page = tmp_path / "page.html"
    small = tmp_path / "small"
    small.mkdir()
    (small / "good.txt").write_text(GOOD, encoding="utf-8")
    tried("interrupt", "reference page (old)", ["draw", small, "--out", page],
          allow=(relkit.OK,), tmp=tmp_path)
    old = page.read_bytes()
    ref = tmp_path / "ref.html"
    tried("interrupt", "reference page (new)", ["draw", SEEDS, "--out", ref, "--title", "t"],
          allow=(relkit.OK,), tmp=tmp_path)
    new = ref.read_bytes()
    for i in range(KILLS):
        page.write_bytes(old)
        proc = subprocess.Popen(_cli("draw", SEEDS, "--out", page, "--title", "t"),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        killed = _kill_when(proc, lambda: bool(_temps(tmp_path, page.name)), 0.01 * i)
        now = page.read_bytes()
        intact = now in (old, new)
        tried.record("interrupt", f"kill -9 of draw, {0.01 * i:.2f} s into writing",
                     "draw seeds --out PAGE (over an old page)",
                     relkit.OK if intact else relkit.DATA_LOST,
                     ("killed: " if killed else "finished first: ")
                     + ("old page" if now == old else "new page" if now == new else "TRUNCATED"))
        assert intact
    tried("interrupt", "draw after the kills", ["draw", SEEDS, "--out", page, "--title", "t"],
          allow=(relkit.OK,), tmp=tmp_path)
    assert page.read_bytes() == new and _temps(tmp_path, page.name) == []


# --- the server: a private one, so killing it disturbs nothing else --------------------------


@pytest.fixture(scope="module")
def private_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """A throw-away local Neo4j (own folder, free port); yields its connection environment."""
    from geopolgraph.errors import ServerError
    from geopolgraph.graph import server

    folder = tmp_path_factory.mktemp("neo4j")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    saved = {k: os.environ.get(k) for k in ("GEOPOLGRAPH_NEO4J_DIR", "NEO4J_URI",
                                            "NEO4J_PASSWORD", "NEO4J_USERNAME", "NEO4J_DATABASE")}
    for key in saved:
        os.environ.pop(key, None)
    os.environ["GEOPOLGRAPH_NEO4J_DIR"] = str(folder)
    try:
        try:
            uri = server.start(port=port, timeout=240, heap="512m", pagecache="64m")
        except ServerError as exc:
            if os.environ.get("CI", "").lower() == "true":
                pytest.fail(str(exc))
            pytest.skip(str(exc))
        password = (folder / "password").read_text(encoding="utf-8").strip()
        yield {"NEO4J_URI": uri, "NEO4J_PASSWORD": password, "GEOPOLGRAPH_NEO4J_DIR": str(folder),
               "GEOPOLGRAPH_NEO4J_PORT": str(port)}
    finally:
        server.stop(timeout=30)
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


LOADER = """
import pickle, sys
from geopolgraph.errors import GeopolgraphError
from geopolgraph.graph.store import Store
from geopolgraph.graph.sync import mirror_to_neo4j
with open(sys.argv[1], "rb") as fh:
    G = pickle.load(fh)
try:
    with Store() as store:
        print(mirror_to_neo4j(G, store, batch_size=int(sys.argv[2])), flush=True)
except GeopolgraphError as exc:
    print(f"geopolgraph: error: {exc}", file=sys.stderr)
    sys.exit(2)
"""


def _graph(n: int, seed: int, prefix: str) -> nx.MultiDiGraph:
    from geopolgraph.queries.synthetic import prefixed, synthetic_graph

    return prefixed(synthetic_graph(n, n_actors=max(20, n // 40), seed=seed), prefix)


def _loader(tmp: Path, G: nx.MultiDiGraph, env: dict[str, str], batch: int = 100,
            name: str = "g") -> subprocess.Popen[str]:
    data = tmp / f"{name}.pickle"
    data.write_bytes(pickle.dumps(G))
    script = tmp / "load.py"
    script.write_text(LOADER, encoding="utf-8")
    return subprocess.Popen([sys.executable, str(script), str(data), str(batch)],
                            env={**os.environ, **env}, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _distinct(G: nx.MultiDiGraph, tag: str) -> nx.MultiDiGraph:
    """``G`` with its triple and article ids tagged (actor ids kept)."""
    H = nx.MultiDiGraph()
    H.graph["articles"] = {tag + k: {**v, "id": tag + k}
                           for k, v in G.graph.get("articles", {}).items()}
    H.add_nodes_from(G.nodes(data=True))
    for u, v, k, d in G.edges(keys=True, data=True):
        H.add_edge(u, v, key=tag + str(k), **{**d, "article_id": tag + d["article_id"]}
                   if d.get("article_id") else d)
    return H


def _mine(store: object, prefix: str) -> tuple[dict[str, int], dict, dict]:
    """Counts and property maps of the ids under ``prefix``, with the prefix taken off (and
    PageRank, which depends on the whole store, left out)."""
    G = store.read_graph()  # type: ignore[attr-defined]
    cut = len(prefix)

    def bare(value: object) -> object:
        return value.replace(prefix, "") if isinstance(value, str) else value

    def plain(d: dict) -> dict:
        return {k: bare(v) for k, v in d.items() if k != "pagerank"}

    nodes = {str(n)[cut:]: plain(d) for n, d in G.nodes(data=True) if str(n).startswith(prefix)}
    edges = {bare(str(k)): (str(u)[cut:], str(v)[cut:], plain(d))
             for u, v, k, d in G.edges(keys=True, data=True) if str(u).startswith(prefix)}
    return store.counts(prefix), nodes, edges  # type: ignore[attr-defined]


def _difference(a: tuple, b: tuple) -> str:
    if a[0] != b[0]:
        return f"counts {a[0]} != {b[0]}"
    for part, x, y in (("nodes", a[1], b[1]), ("edges", a[2], b[2])):
        for key in sorted(set(x) | set(y)):
            if x.get(key) != y.get(key):
                return f"{part} {key}: {x.get(key)} != {y.get(key)}"
    return "same"


@pytest.mark.neo4j
@pytest.mark.slow
def test_kill_9_of_the_server_mid_load_then_rerun(tried, tmp_path, private_server):
    from geopolgraph.graph import server
    from geopolgraph.graph.store import Store

    env = private_server
    G = _graph(2000, seed=5, prefix="killed:")
    proc = _loader(tmp_path, G, env)
    store = Store()
    # wait until some batches are in, then kill the server's JVM with SIGKILL
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and store.counts("killed:")["relationships"] < 300:
        time.sleep(0.05)
    store.close()
    pid = server.status().pid
    assert pid and proc.poll() is None, "the load ended before the server could be killed"
    os.kill(pid, signal.SIGKILL)
    _, err = proc.communicate(timeout=120)
    outcome = relkit.classify(proc.returncode, err, [], None)
    said = next((line for line in err.splitlines() if "error:" in line), err.strip())
    tried.record("interrupt", "kill -9 of the server mid-load", "load (a 2,000-triple graph)",
                 outcome, said[:160])
    assert proc.returncode == 2 and "Traceback" not in err, err
    time.sleep(0.5)
    server.start(port=int(env["GEOPOLGRAPH_NEO4J_PORT"]), timeout=240, heap="512m",
                 pagecache="64m")
    rerun = _loader(tmp_path, G, env)
    assert rerun.wait(timeout=300) == 0, rerun.stderr.read() if rerun.stderr else ""
    clean = _loader(tmp_path, _graph(2000, seed=5, prefix="clean:"), env, name="clean")
    assert clean.wait(timeout=300) == 0
    with Store() as store:
        after, clean_state = _mine(store, "killed:"), _mine(store, "clean:")
    same = after == clean_state
    tried.record("interrupt", "restart after kill -9, rerun the load",
                 "load (same graph) vs a clean load", relkit.OK if same else relkit.DATA_LOST,
                 f"counts {after[0]} vs {clean_state[0]}")
    assert same, _difference(after, clean_state)


@pytest.mark.neo4j
@pytest.mark.slow
def test_two_concurrent_loads_equal_two_sequential(tried, tmp_path, private_server):
    from geopolgraph.graph.store import Store

    env = private_server
    # the two inputs share actors (the same synthetic cast), so their MERGEs contend; their
    # triples and articles are distinct
    a, b = (_distinct(_graph(1000, seed=s, prefix=""), f"in{s}-") for s in (1, 2))
    from geopolgraph.queries.synthetic import prefixed

    running = [_loader(tmp_path, prefixed(g, "conc:"), env, name=f"c{i}")
               for i, g in enumerate((a, b))]
    codes = [p.wait(timeout=300) for p in running]
    errors = [p.stderr.read() if p.stderr else "" for p in running]
    for i, g in enumerate((a, b)):
        seq = _loader(tmp_path, prefixed(g, "seq:"), env, name=f"s{i}")
        assert seq.wait(timeout=300) == 0
    with Store() as store:
        conc, seq_state = _mine(store, "conc:"), _mine(store, "seq:")
    same = codes == [0, 0] and conc == seq_state
    tried.record("interrupt", "two concurrent loads of different inputs",
                 "load A & load B at once vs one after the other",
                 relkit.OK if same else relkit.DATA_LOST,
                 f"exit {codes}, counts {conc[0]} vs {seq_state[0]} {' '.join(errors)[:80]}")
    assert same, (errors, _difference(conc, seq_state))
