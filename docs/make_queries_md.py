"""Regenerate docs/queries.md: every named query, its parameters and its answer on seeds/."""

from pathlib import Path

from geopolgraph.cli.query_cmd import render
from geopolgraph.pipeline import build_graph
from geopolgraph.queries.catalog import load_catalog
from geopolgraph.progress import set_quiet
from geopolgraph.queries.runner import run_query

set_quiet(True)
G = build_graph(["seeds/"])
EXAMPLES = {
    "ego": ["actor=UN", "hops=2", "relations=MONITORS,INVESTIGATES,VISITS"],
    "between": ["a=USA", "b=RUS"],
    "who-does": ["relation=WARNS"],
    "supply-chains": ["actor=PRK"],
    "path": ["source=UN", "target=USA"],
    "dyad-balance": ["actor=RUS"],
    "top-actors": ["limit=5"],
    "evidence": ["source=RUS", "relation=VISITS", "target=PRK"],
    "new-since": ["since=2024-06-01"],
    "timeline": ["actor=PRK"],
}
SHOW = {  # columns shown in the docs (the CLI prints them all)
    "ego": ["source", "relation", "target", "date", "goldstein", "quad_class", "negated"],
    "between": ["date", "source", "relation", "target", "goldstein", "modality", "evidence"],
    "evidence": ["date", "article_id", "published", "line", "modality", "evidence"],
    "timeline": ["date", "direction", "source", "relation", "target", "goldstein", "modality"],
}
out = [
    "# Named queries",
    "",
    "The questions analysts ask, one `.cypher` file each under `geopolgraph/queries/`. Every",
    "query runs on Neo4j (`--backend neo4j`, the default) or is computed on the NetworkX mirror",
    "(`--backend mirror`, built from `--articles PATH`, default `seeds/`, or reopened from what",
    "`build` wrote with `--graph out/graph.graphml`, `triples.parquet`, `triples.csv` or a GDELT",
    "export, in seconds and without extraction); both give the same table (same columns, dtypes",
    "and order; the parity tests check it). From Python:",
    "",
    "```python",
    "from geopolgraph.queries.runner import run_query, list_queries, run_cypher",
    "df = run_query(\"between\", {\"a\": \"USA\", \"b\": \"RUS\"}, backend=\"mirror\", graph=G)",
    "```",
    "",
    "- `geopolgraph query --list` lists them with their parameters; `-p key=value` sets one",
    "  (lists comma-separated: `-p relations=WARNS,ACCUSES`; `null` = not given).",
    "- `--format table|csv|json` (JSON is one record per line).",
    "- Bad input is one line on stderr and exit 2: an unknown query, parameter or relation",
    "  lists the valid ones; an unknown actor id lists the closest ids.",
    "- An actor parameter (`-p actor=…`, `draw --actor …`, `run_query(…, {\"actor\": …})`) takes an",
    "  id, a name or alias in Indonesian or English (`Kamboja`, `Cambodia`, `Korea Utara`, `AS`,",
    "  `PBB`), or a person, who stands for the state of their latest role with a one-line note on",
    "  stderr (`Putin` → RUS, `PM Wong` → SGP). A name that fits several (`Wong`, `Kim`) lists the",
    "  candidates and exits 2. `geopolgraph actors --search TEXT` shows what a name resolves to;",
    "  in `cypher`, `-p a=actor:Kamboja` (or `list[actor]:Putin,Korea Utara`) does the same.",
    "- A value may carry its type: `-p since=date:1 Juli 2025`, `-p n=int:5`,",
    "  `-p ids=list:USA,RUS` (types `str int float bool date datetime list list[int]",
    "  list[float] list[date] json actor list[actor]`); a named query types its parameters by",
    "  its header anyway. Dates are read by dateparser in Indonesian and English, day first",
    "  (`10/6/2024` is 10 June; `15 Juni 2024`, `June 15, 2024` and ISO work).",
    "- `ego`, `between`, `timeline` (and the counting queries) take `limit` (1,000 rows by",
    "  default for the listings); when more rows match, the answer is cut there and a one-line",
    "  warning says so (`ego: more than 1,000 rows match; showing the first 1,000`).",
    "- `date` columns are ISO `YYYY-MM-DD`, `\"\"` when the text gave none. A date",
    "  window (`since`/`until`) leaves undated relations out. Counting queries (`who-does`,",
    "  `dyad-balance`, `new-since`, `top-actors`) skip negated triples; listing queries show them",
    "  with `negated`.",
    "- `geopolgraph cypher \"MATCH …\" [-p key=value]` runs ad-hoc Cypher in a read transaction,",
    "  only if the server's own plan of it (`EXPLAIN`) is a plain read: query type `r`, no",
    "  `LOAD CSV` (it reads files and URLs), no procedure but schema introspection (`db.labels`,",
    "  `db.relationshipTypes`, `db.propertyKeys`, `db.schema.*`, `db.ping`), no command but",
    "  `SHOW INDEXES|CONSTRAINTS|PROCEDURES|FUNCTIONS`. Writes, `TERMINATE TRANSACTIONS`, admin",
    "  commands and several statements are refused before they run; the local server also has",
    "  `LOAD CSV` from `file:` URLs switched off. Neo4j's warnings come back as one line each",
    "  on stderr (`geopolgraph: warning: Neo4j: property key does not exist. The property",
    "  `nmae` does not exist. …`), and an untyped `-p since=2025-07-01` warns that it is sent as",
    "  text (stored dates are Neo4j dates): write `-p since=date:2025-07-01`.",
    "",
    "Outputs below are on the seed article (`seeds/`, mirror backend); some wide columns are",
    "left out here. Regenerate with `.venv/bin/python docs/make_queries_md.py`.",
    "",
]
cat = load_catalog()
for name, q in cat.items():
    ps = EXAMPLES[name]
    out += [f"### `{name}`", "", q.description, ""]
    out += ["| parameter | type | default | meaning |", "|---|---|---|---|"]
    for p in q.params:
        kind = p.signature().split(": ", 1)[1].split(" = ")[0]
        default = "required" if p.required else f"`{p.signature().split(' = ', 1)[1]}`"
        kind = kind.replace("|", "\\|")  # a pipe inside a table cell
        out.append(f"| `{p.name}` | `{kind}` | {default} | {p.doc} |")
    cols = ", ".join(f"`{c}`" for c in q.column_names)
    out += ["", f"Columns: {cols}.", ""]
    cmd = f"geopolgraph query {name} " + " ".join(f"-p {x}" for x in ps) + " --backend mirror"
    params = dict(x.split("=", 1) for x in ps)
    df = run_query(name, params, backend="mirror", graph=G)
    if name in SHOW:
        df = df[SHOW[name]]
    out += ["```console", f"$ {cmd}", render(df, "table").rstrip("\n"), "```", ""]
Path("docs/queries.md").write_text("\n".join(out), encoding="utf-8")
