"""Matplotlib charts of the analysis tables, with time drawn to scale (what the notebooks show).

Each function takes a table from :mod:`geopolgraph.analysis` and an optional ``ax`` and returns
the axes, so a notebook cell is one call. Months and days sit on a real date axis: a gap of a
year between two months looks like a year, and empty months are shown as zero.

>>> import matplotlib
>>> matplotlib.use("Agg")
>>> from geopolgraph.analysis import goldstein_by_month
>>> from geopolgraph.model import Triple
>>> ax = plot_goldstein_over_time(goldstein_by_month(
...     [Triple("USA", "WARNS", "RUS", date="2014-02-18", quad_class=3, goldstein=-4.0),
...      Triple("USA", "WARNS", "RUS", date="2015-02-18", quad_class=3, goldstein=-4.0)]))
>>> len(ax.lines[0].get_xdata())  # every month from Feb 2014 to Feb 2015
13
"""

from __future__ import annotations

from typing import Any

import pandas as pd

__all__ = ["COLORS", "on_date_axis", "plot_goldstein_over_time", "plot_monthly_balance",
           "plot_partners"]

#: Cooperation green, conflict red (the page's quad colours, darkened for print).
COLORS = {"cooperation": "#1e8449", "conflict": "#c0392b", "goldstein": "#34495e"}


def _axes(ax: Any, figsize: tuple[float, float] = (10, 4)) -> Any:
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    return plt.subplots(figsize=figsize)[1]


def on_date_axis(table: pd.DataFrame) -> pd.DataFrame:
    """``table`` indexed by ``YYYY-MM`` or ``YYYY-MM-DD`` labels → indexed by real dates, with
    every month (or day) between the first and the last present (0 where nothing happened).

    >>> t = pd.DataFrame({"x": [1.0, 2.0]}, index=["2024-01", "2024-04"])
    >>> on_date_axis(t)["x"].tolist()
    [1.0, 0.0, 0.0, 2.0]
    """
    if table.empty:
        return table
    labels = [str(i) for i in table.index]
    monthly = all(len(label) == 7 for label in labels)
    index = pd.to_datetime(labels, format="%Y-%m" if monthly else "%Y-%m-%d")
    dated = table.set_axis(index)
    full = pd.date_range(index.min(), index.max(), freq="MS" if monthly else "D")
    return dated.reindex(full, fill_value=0).rename_axis(table.index.name or "date")


def _date_ticks(ax: Any) -> None:
    import matplotlib.dates as mdates

    locator = mdates.AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))


def plot_goldstein_over_time(table: pd.DataFrame, ax: Any = None, title: str = "") -> Any:
    """One line per dyad of :func:`analysis.goldstein_by_month` on a date axis to scale."""
    ax = _axes(ax)
    dated = on_date_axis(table)
    for column in dated.columns:
        ax.plot(dated.index, dated[column], marker="o", markersize=4, label=str(column))
    ax.axhline(0, color="black", linewidth=0.8)
    ax.set_ylabel("Goldstein sum (+ cooperation, − conflict)")
    ax.set_title(title or "Goldstein sum per period")
    if len(dated.columns):
        ax.legend(fontsize="small")
    _date_ticks(ax)
    return ax


def _align_zero(left: Any, right: Any, values: pd.Series) -> None:
    """Put the right axis's zero at the height of the left axis's zero."""
    low, high = left.get_ylim()
    scale = max([v / high for v in (values.max(),) if high > 0 and v > 0]
                + [v / low for v in (values.min(),) if low < 0 and v < 0] + [0.0])
    if scale > 0:
        right.set_ylim(low * scale * 1.05, high * scale * 1.05)


def plot_monthly_balance(balance: pd.DataFrame, ax: Any = None, title: str = "") -> Any:
    """Cooperation up, conflict down per month (bars), the Goldstein sum as a line on a
    second axis: the table of :func:`analysis.monthly_balance`."""
    ax = _axes(ax)
    width = pd.Timedelta(days=20)
    ax.bar(balance.index, balance["cooperation"], width=width, color=COLORS["cooperation"],
           label="cooperation")
    ax.bar(balance.index, -balance["conflict"], width=width, color=COLORS["conflict"],
           label="conflict")
    ax.axhline(0, color="black", linewidth=0.8)
    ax.set_ylabel("triples (conflict below zero)")
    right = ax.twinx()
    right.plot(balance.index, balance["goldstein"], color=COLORS["goldstein"], marker="o",
               markersize=4, label="Goldstein sum")
    right.set_ylabel("Goldstein sum")
    _align_zero(ax, right, balance["goldstein"])
    handles = ax.get_legend_handles_labels()
    more = right.get_legend_handles_labels()
    ax.legend(handles[0] + more[0], handles[1] + more[1], fontsize="small", loc="upper left")
    ax.set_title(title or "Cooperation and conflict per month")
    _date_ticks(ax)
    return ax


def plot_partners(table: pd.DataFrame, ax: Any = None, title: str = "") -> Any:
    """Cooperation and conflict triples per partner (stacked bars, busiest on top): the table
    of :func:`analysis.partners`."""
    ax = _axes(ax, figsize=(7, max(2.5, 0.35 * len(table))))
    shown = table.iloc[::-1]
    labels = [f"{p} {n}" if n and n != p else str(p)
              for p, n in zip(shown["partner"], shown["name"], strict=True)]
    ax.barh(labels, shown["cooperation"], color=COLORS["cooperation"], label="cooperation")
    ax.barh(labels, shown["conflict"], left=shown["cooperation"], color=COLORS["conflict"],
            label="conflict")
    ax.set_xlabel("triples")
    ax.set_title(title or "Partners")
    ax.legend(fontsize="small")
    return ax
