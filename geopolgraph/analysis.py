"""Analyst helpers over triples and the mirror: DataFrames, dyad timelines, centrality,
communities and what changed between two date windows (what the notebooks call).

Every function takes triples, a triples DataFrame or the mirror and returns a pandas object,
so a notebook only chains calls and plots.

>>> from geopolgraph.graph.mirror import build_mirror
>>> from geopolgraph.model import Triple
>>> ts = [Triple("RUS", "VISITS", "PRK", date="2024-06-19", goldstein=1.9, quad_class=1,
...              article_id="a", sentence=1),
...       Triple("USA", "WARNS", "RUS", date="2024-06-20", goldstein=-4.4, quad_class=3,
...              article_id="a", sentence=2),
...       Triple("USA", "WARNS", "RUS", date="2024-07-02", goldstein=-4.4, quad_class=3,
...              article_id="b", sentence=1)]
>>> df = triples_frame(ts)
>>> df[["source", "relation", "target", "month", "quad"]].head(2)
  source relation target    month                quad
0    RUS   VISITS    PRK  2024-06  verbal cooperation
1    USA    WARNS    RUS  2024-06     verbal conflict
>>> goldstein_by_month(df)  # doctest: +NORMALIZE_WHITESPACE
dyad     RUS–USA  PRK–RUS
month
2024-06     -4.4      1.9
2024-07     -4.4      0.0
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import fields
from typing import TypeAlias

import networkx as nx
import pandas as pd

from geopolgraph.actors import resolve_actor_id
from geopolgraph.draw.style import QUAD_STYLES
from geopolgraph.graph.mirror import triples_from_mirror
from geopolgraph.graph.subgraph import parse_date
from geopolgraph.model import Triple

__all__ = [
    "QUAD_LABELS",
    "actor_graph",
    "actor_year",
    "biggest_changes",
    "busiest_year",
    "centrality",
    "changes_between",
    "communities",
    "dyad_timeline",
    "goldstein_by_month",
    "month_index",
    "monthly_balance",
    "partners",
    "relation_summary",
    "triples_frame",
]

#: quad class → label (1 verbal cooperation … 4 material conflict, 0 uncoded).
QUAD_LABELS: dict[int, str] = {k: v["label"] for k, v in QUAD_STYLES.items()}
_COLUMNS = [f.name for f in fields(Triple)]

#: What the helpers accept: Triple records, the mirror, or a :func:`triples_frame` result.
Triples: TypeAlias = Iterable[Triple] | nx.MultiDiGraph | pd.DataFrame


def triples_frame(data: Triples, include_negated: bool = False) -> pd.DataFrame:
    """One row per triple, one column per Triple field, plus ``day`` (a datetime, NaT when
    undated), ``month`` (``YYYY-MM`` or ``""``), ``quad`` (the quad class label), ``dyad``
    (the two actor ids sorted, joined by an en dash) and, from a mirror, ``source_name`` and
    ``target_name``. Negated triples are dropped unless ``include_negated``.

    >>> triples_frame([Triple("USA", "WARNS", "RUS")]).loc[0, ["dyad", "month", "quad"]].tolist()
    ['RUS–USA', '', 'uncoded']
    """
    names: dict[str, str] = {}
    if isinstance(data, pd.DataFrame):
        df = data.copy()
    else:
        records: Iterable[Triple] = data
        if isinstance(data, nx.MultiDiGraph):
            names = {str(n): str(d.get("name", n)) for n, d in data.nodes(data=True)}
            records = triples_from_mirror(data)
        df = pd.DataFrame([t.as_dict() for t in records], columns=_COLUMNS)
    if not include_negated and "negated" in df:
        df = df[~df["negated"].astype(bool)]
    df = df.reset_index(drop=True)
    dates = df["date"].fillna("").astype(str)
    df["day"] = pd.to_datetime(dates.where(dates != ""), format="%Y-%m-%d", errors="coerce")
    df["month"] = dates.str.slice(0, 7)
    df["quad"] = df["quad_class"].map(lambda q: QUAD_LABELS.get(int(q), QUAD_LABELS[0]))
    df["dyad"] = [
        "–".join(sorted((str(s), str(t)))) for s, t in zip(df["source"], df["target"], strict=True)
    ]
    if names:
        df["source_name"] = df["source"].map(names)
        df["target_name"] = df["target"].map(names)
    return df


def _frame(data: Triples) -> pd.DataFrame:
    if isinstance(data, pd.DataFrame) and "dyad" in data:
        return data
    return triples_frame(data)


def relation_summary(data: Triples) -> pd.DataFrame:
    """Triples per relation and quad class, with their summed and mean Goldstein score,
    most frequent first.

    >>> relation_summary([Triple("USA", "WARNS", "RUS", quad_class=3, goldstein=-4.4)])
      relation             quad  triples  goldstein  mean_goldstein
    0    WARNS  verbal conflict        1       -4.4            -4.4
    """
    df = _frame(data)
    out = (
        df.groupby(["relation", "quad"], as_index=False)
        .agg(triples=("id", "size"), goldstein=("goldstein", "sum"),
             mean_goldstein=("goldstein", "mean"))
        .sort_values(["triples", "relation"], ascending=[False, True], kind="stable")
        .reset_index(drop=True)
    )
    return out.round({"goldstein": 3, "mean_goldstein": 3})


def dyad_timeline(data: Triples, freq: str = "month") -> pd.DataFrame:
    """Per dyad (unordered pair) and period: cooperation and conflict counts (quad classes
    1–2 and 3–4), triples and the summed Goldstein score. ``freq`` is ``"month"`` or ``"day"``;
    undated triples are left out.

    >>> dyad_timeline([Triple("USA", "WARNS", "RUS", date="2024-06-20", quad_class=3,
    ...                       goldstein=-4.4)])
          dyad   period  cooperation  conflict  triples  goldstein
    0  RUS–USA  2024-06            0         1        1       -4.4
    """
    if freq not in ("month", "day"):
        raise ValueError(f"freq: expected 'month' or 'day', got {freq!r}")
    df = _frame(data)
    df = df[df["date"].astype(str) != ""].copy()
    df["period"] = df["month"] if freq == "month" else df["date"].astype(str)
    df["cooperation"] = df["quad_class"].isin([1, 2]).astype(int)
    df["conflict"] = df["quad_class"].isin([3, 4]).astype(int)
    out = (
        df.groupby(["dyad", "period"], as_index=False)
        .agg(cooperation=("cooperation", "sum"), conflict=("conflict", "sum"),
             triples=("id", "size"), goldstein=("goldstein", "sum"))
        .sort_values(["dyad", "period"], kind="stable")
        .reset_index(drop=True)
    )
    return out.round({"goldstein": 3})


def goldstein_by_month(
    data: Triples, dyads: Sequence[str] | None = None, top: int = 5, freq: str = "month"
) -> pd.DataFrame:
    """Summed Goldstein score per period (rows) and dyad (columns), 0 where nothing happened:
    ready for ``.plot()``. Without ``dyads``, the ``top`` dyads with the most dated triples
    (ties by name). Positive is net cooperation, negative net conflict.
    """
    timeline = dyad_timeline(data, freq=freq)
    if dyads is None:
        totals = timeline.groupby("dyad")["triples"].sum()
        ranked = sorted(totals.items(), key=lambda item: (-item[1], item[0]))
        dyads = [d for d, _ in ranked[:top]]
    chosen = timeline[timeline["dyad"].isin(list(dyads))]
    table = chosen.pivot_table(index="period", columns="dyad", values="goldstein",
                               aggfunc="sum", fill_value=0.0)
    table = table.reindex(columns=[d for d in dyads if d in table.columns])
    table.index.name = freq
    table.columns.name = "dyad"
    return table.astype(float)


def actor_graph(G: nx.MultiDiGraph, directed: bool = True) -> nx.DiGraph | nx.Graph:
    """The mirror collapsed to one edge per actor pair, ``weight`` = its non-negated triples
    (self-loops dropped). Undirected when ``directed`` is false (for communities).

    >>> from geopolgraph.graph.mirror import build_mirror
    >>> G = build_mirror([Triple("USA", "WARNS", "RUS", sentence=1),
    ...                   Triple("RUS", "DENIES", "USA", sentence=2)], {})
    >>> actor_graph(G, directed=False).edges(data=True)
    EdgeDataView([('USA', 'RUS', {'weight': 2})])
    """
    counts: Counter[tuple[str, str]] = Counter()
    for u, v, d in G.edges(data=True):
        if u == v or d.get("negated"):
            continue
        a, b = (u, v) if directed else sorted((u, v))
        counts[(a, b)] += 1
    H: nx.DiGraph | nx.Graph = nx.DiGraph() if directed else nx.Graph()
    H.add_nodes_from((n, dict(d)) for n, d in G.nodes(data=True))
    H.add_weighted_edges_from((u, v, w) for (u, v), w in sorted(counts.items()))
    return H


def centrality(G: nx.MultiDiGraph, top: int | None = 10) -> pd.DataFrame:
    """The most central actors: triples in and out, PageRank (weighted by triple counts) and
    betweenness (on the undirected actor graph), highest PageRank first.

    >>> from geopolgraph.graph.mirror import build_mirror
    >>> G = build_mirror([Triple("USA", "WARNS", "RUS", sentence=1),
    ...                   Triple("RUS", "VISITS", "PRK", sentence=2)], {})
    >>> centrality(G)[["id", "degree", "betweenness"]]
        id  degree  betweenness
    0  PRK       1          0.0
    1  RUS       2          1.0
    2  USA       1          0.0
    """
    D = actor_graph(G, directed=True)
    D.remove_nodes_from([n for n in list(D) if D.degree(n) == 0])
    if D.number_of_nodes() == 0:
        return pd.DataFrame(columns=["id", "name", "kind", "out_degree", "in_degree", "degree",
                                     "pagerank", "betweenness"])
    pagerank = nx.pagerank(D, weight="weight")
    betweenness = nx.betweenness_centrality(D.to_undirected(), normalized=True)
    rows = [
        {
            "id": n, "name": D.nodes[n].get("name", n), "kind": D.nodes[n].get("kind", ""),
            "out_degree": int(D.out_degree(n, weight="weight")),
            "in_degree": int(D.in_degree(n, weight="weight")),
            "degree": int(D.degree(n, weight="weight")),
            "pagerank": round(float(pagerank[n]), 6),
            "betweenness": round(float(betweenness[n]), 6),
        }
        for n in D
    ]
    df = pd.DataFrame(rows).sort_values(["pagerank", "id"], ascending=[False, True],
                                        kind="stable")
    if top is not None:
        df = df.head(top)
    return df.reset_index(drop=True)


def communities(G: nx.MultiDiGraph, seed: int = 7, resolution: float = 1.0) -> pd.DataFrame:
    """Louvain communities of the undirected actor graph (weights = triple counts), with a
    fixed ``seed`` so the answer is the same every run; largest first, one row each.

    >>> from geopolgraph.graph.mirror import build_mirror
    >>> G = build_mirror([Triple("USA", "WARNS", "RUS", sentence=1),
    ...                   Triple("VNM", "VISITS", "CHN", sentence=2)], {})
    >>> communities(G)[["community", "size", "actors"]]
       community  size    actors
    0          1     2  CHN, VNM
    1          2     2  RUS, USA
    """
    U = actor_graph(G, directed=False)
    U.remove_nodes_from([n for n in list(U) if U.degree(n) == 0])
    found = nx.community.louvain_communities(U, weight="weight", resolution=resolution,
                                             seed=seed)
    groups = sorted((sorted(c) for c in found), key=lambda c: (-len(c), c))
    rows = [
        {"community": i, "size": len(members), "actors": ", ".join(members),
         "names": ", ".join(str(U.nodes[m].get("name", m)) for m in members),
         "internal_triples": int(U.subgraph(members).size(weight="weight"))}
        for i, members in enumerate(groups, start=1)
    ]
    return pd.DataFrame(rows, columns=["community", "size", "actors", "names",
                                       "internal_triples"])


def _window(df: pd.DataFrame, window: tuple[str | None, str | None]) -> pd.DataFrame:
    since, until = (parse_date(w, "window") for w in window)
    dates = df["date"].astype(str)
    keep = dates != ""
    if since:
        keep &= dates >= since
    if until:
        keep &= dates <= until
    return df[keep]


def changes_between(
    data: Triples,
    window_a: tuple[str | None, str | None],
    window_b: tuple[str | None, str | None],
) -> pd.DataFrame:
    """What changed from window A to window B (each ``(since, until)``, inclusive ISO dates,
    ``None`` for open): one row per source–relation–target seen in either, with its triples
    in each, the difference and a status (``new``, ``gone``, ``more``, ``fewer``, ``same``);
    new and gone first, then by the size of the change.

    >>> ts = [Triple("USA", "WARNS", "RUS", date="2024-05-01", sentence=1),
    ...       Triple("RUS", "VISITS", "PRK", date="2024-06-19", sentence=2)]
    >>> changes_between(ts, ("2024-05-01", "2024-05-31"), ("2024-06-01", "2024-06-30"))
      source relation target  triples_a  triples_b  change status
    0    RUS   VISITS    PRK          0          1       1    new
    1    USA    WARNS    RUS          1          0      -1   gone
    """
    df = _frame(data)
    key = ["source", "relation", "target"]
    a = _window(df, window_a).groupby(key).size().rename("triples_a")
    b = _window(df, window_b).groupby(key).size().rename("triples_b")
    out = pd.concat([a, b], axis=1).fillna(0).astype(int).reset_index()
    if out.empty:
        return pd.DataFrame(columns=[*key, "triples_a", "triples_b", "change", "status"])
    out["change"] = out["triples_b"] - out["triples_a"]
    out["status"] = [
        "new" if x == 0 else "gone" if y == 0 else "more" if y > x else "fewer" if y < x
        else "same"
        for x, y in zip(out["triples_a"], out["triples_b"], strict=True)
    ]
    order = {"new": 0, "gone": 1, "more": 2, "fewer": 2, "same": 3}
    out = out.assign(_o=out["status"].map(order), _c=-out["change"].abs())
    out = out.sort_values(["_o", "_c", *key], kind="stable").drop(columns=["_o", "_c"])
    return out.reset_index(drop=True)


# --- one actor's year -------------------------------------------------------------------------


def month_index(periods: Iterable[str]) -> pd.DatetimeIndex:
    """``YYYY-MM`` labels → the first day of each month, for a date axis drawn to scale.

    >>> list(month_index(["2024-06", "2024-09"]).strftime("%Y-%m-%d"))
    ['2024-06-01', '2024-09-01']
    """
    return pd.DatetimeIndex(pd.to_datetime(list(periods), format="%Y-%m"), name="month")


def busiest_year(data: Triples, actor: str) -> int:
    """The calendar year with the most dated triples of ``actor`` (ties: the later year).

    >>> busiest_year([Triple("USA", "WARNS", "RUS", date="2024-06-20")], "RUS")
    2024
    """
    df = _frame(data)
    actor = resolve_actor_id(actor)  # a name, alias or person also works (geopolgraph.actors)
    years = df.loc[(df["source"] == actor) | (df["target"] == actor), "day"].dt.year.dropna()
    if years.empty:
        raise ValueError(f"{actor}: no dated triples")
    counts = years.astype(int).value_counts()
    return int(max(counts.index, key=lambda y: (counts[y], y)))


def actor_year(data: Triples, actor: str, year: int | None = None) -> pd.DataFrame:
    """The dated triples of ``actor`` in ``year`` (default: :func:`busiest_year`), each with
    ``partner`` (the other end), ``direction`` (``out`` when the actor is the source) and
    ``side`` (``cooperation`` for quad classes 1–2, ``conflict`` for 3–4, else ``other``).

    >>> ts = [Triple("USA", "WARNS", "RUS", date="2024-06-20", quad_class=3)]
    >>> actor_year(ts, "Rusia")[["partner", "direction", "side"]].values.tolist()
    [['USA', 'in', 'conflict']]
    """
    df = _frame(data)
    actor = resolve_actor_id(actor)  # "Rusia", "Russia", "Putin" (with a note) -> RUS
    year = busiest_year(df, actor) if year is None else year
    mine = df[((df["source"] == actor) | (df["target"] == actor)) & (df["day"].dt.year == year)]
    mine = mine.copy()
    mine["direction"] = (mine["source"] == actor).map({True: "out", False: "in"})
    mine["partner"] = mine["target"].where(mine["source"] == actor, mine["source"])
    mine["side"] = mine["quad_class"].map(
        lambda q: "cooperation" if q in (1, 2) else "conflict" if q in (3, 4) else "other"
    )
    mine.attrs.update(actor=actor, year=year)
    return mine.sort_values(["day", "id"], kind="stable").reset_index(drop=True)


def partners(year: pd.DataFrame, top: int | None = 15) -> pd.DataFrame:
    """Per partner in an :func:`actor_year` frame: triples, cooperation, conflict, the summed
    Goldstein score and the first and last date; busiest first.

    >>> ts = [Triple("USA", "WARNS", "RUS", date="2024-06-20", quad_class=3, goldstein=-4.0)]
    >>> partners(actor_year(ts, "RUS"))[["partner", "triples", "conflict", "goldstein"]]
      partner  triples  conflict  goldstein
    0     USA        1         1       -4.0
    """
    names = dict(zip(year["source"], year.get("source_name", year["source"]), strict=True))
    names.update(zip(year["target"], year.get("target_name", year["target"]), strict=True))
    out = (
        year.assign(cooperation=year["side"].eq("cooperation").astype(int),
                    conflict=year["side"].eq("conflict").astype(int))
        .groupby("partner", as_index=False)
        .agg(triples=("id", "size"), cooperation=("cooperation", "sum"),
             conflict=("conflict", "sum"), goldstein=("goldstein", "sum"),
             first=("date", "min"), last=("date", "max"))
        .sort_values(["triples", "partner"], ascending=[False, True], kind="stable")
    )
    out.insert(1, "name", out["partner"].map(names))
    out = out.round({"goldstein": 3}).reset_index(drop=True)
    return out if top is None else out.head(top)


def monthly_balance(year: pd.DataFrame) -> pd.DataFrame:
    """Per month of the year (all twelve, indexed by the month's first day): cooperation and
    conflict counts, ``balance`` (cooperation − conflict) and the summed Goldstein score.

    >>> ts = [Triple("USA", "WARNS", "RUS", date="2024-06-20", quad_class=3, goldstein=-4.0)]
    >>> monthly_balance(actor_year(ts, "RUS")).loc["2024-06-01"].tolist()
    [0.0, 1.0, -1.0, -4.0]
    """
    months = pd.date_range(f"{year.attrs['year']}-01-01", periods=12, freq="MS", name="month")
    start = year["day"].dt.to_period("M").dt.to_timestamp()
    table = pd.DataFrame({
        "cooperation": year["side"].eq("cooperation").groupby(start).sum(),
        "conflict": year["side"].eq("conflict").groupby(start).sum(),
        "goldstein": year["goldstein"].groupby(start).sum(),
    })
    table = table.reindex(months, fill_value=0).astype(float)
    table.insert(2, "balance", table["cooperation"] - table["conflict"])
    return table.round(3)


def biggest_changes(year: pd.DataFrame, top: int = 10) -> pd.DataFrame:
    """The largest month-to-month swings of the summed Goldstein score per partner (a month
    without triples counts 0): partner, month, the score then and the month before, change.

    >>> ts = [Triple("USA", "VISITS", "RUS", date="2024-05-02", quad_class=1, goldstein=2.0),
    ...       Triple("USA", "WARNS", "RUS", date="2024-06-20", quad_class=3, goldstein=-4.0)]
    >>> biggest_changes(actor_year(ts, "RUS"))[["partner", "month", "before", "after", "change"]]
      partner    month  before  after  change
    0     USA  2024-06     2.0   -4.0    -6.0
    1     USA  2024-07    -4.0    0.0     4.0
    2     USA  2024-05     0.0    2.0     2.0
    """
    columns = ["partner", "month", "before", "after", "change"]
    if year.empty:
        return pd.DataFrame(columns=columns)
    table = year.pivot_table(index="month", columns="partner", values="goldstein",
                             aggfunc="sum", fill_value=0.0)
    first = table.index.min()
    span = pd.period_range(pd.Period(first, "M") - 1, pd.Period(table.index.max(), "M") + 1)
    table = table.reindex(span.strftime("%Y-%m"), fill_value=0.0)
    change = table.diff().iloc[1:]
    rows = [
        {"partner": p, "month": m, "before": float(table.loc[m, p] - change.loc[m, p]),
         "after": float(table.loc[m, p]), "change": float(change.loc[m, p])}
        for m in change.index for p in change.columns if change.loc[m, p] != 0
    ]
    out = pd.DataFrame(rows, columns=columns)
    if year.attrs.get("year") is not None:  # stay inside the year
        out = out[out["month"].str.startswith(str(year.attrs["year"]))]
    out = out.assign(_size=-out["change"].abs()).sort_values(["_size", "partner", "month"],
                                                             kind="stable")
    return out.drop(columns="_size").round(3).head(top).reset_index(drop=True)
